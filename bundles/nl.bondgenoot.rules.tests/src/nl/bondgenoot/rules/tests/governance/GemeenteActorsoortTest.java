package nl.bondgenoot.rules.tests.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.Reikwijdte;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.tests.TestModels;

/**
 * The rules know the gemeente by its typed actor kind, not by its name or by free text: an actor
 * named "Gemeente Venlo" of kind gemeente (or centrumgemeente) is a gemeente for NET-4, GOV-2 and
 * GOV-19/20; the soort text "Gemeente", which names no kind, makes no gemeente and GOV-25 asks for the
 * kind; a gemeenschappelijke regeling belongs to the gemeente without being one.
 */
class GemeenteActorsoortTest {

    private final TestModels t = new TestModels();

    private Actor overheid(String naam, String soort) {
        Actor a = t.actor(naam, ActorCategorie.OVERHEID);
        a.setSoort(ActorSoortId.valueOf(soort));
        return a;
    }

    /** A NAO whose regisseur also serves as uitvoerder Wmo: NET-4 for a gemeente, NET-3 for any other. */
    private Netwerk naoGeregisseerdDoor(Actor regisseur) {
        Netwerk n = t.netwerk("Netwerk Venlo", regisseur, t.organisatie("Welzijn Venlo"), t.organisatie("MEE"));
        n.setVorm(Netwerkvorm.NAO);
        Netwerkregisseur r = TestModels.F.createNetwerkregisseur();
        r.setActor(regisseur);
        n.setRegisseur(r);
        t.rol(n, regisseur, RolSoort.UITVOERDER_WMO, false);
        return n;
    }

    @Test
    void gemeenteVenloOfKindGemeenteIsTheGemeenteForNet4() {
        Actor venlo = overheid("Gemeente Venlo", "gemeente");
        Netwerk n = naoGeregisseerdDoor(venlo);
        List<Finding> net4 = t.findings("NET-4");
        assertEquals(1, net4.size(), net4::toString);
        assertSame(n, net4.get(0).element());
        assertTrue(t.findings("GOV-25").isEmpty(), t.findings("GOV-25")::toString);
    }

    @Test
    void aCentrumgemeenteIsAGemeente() {
        Actor venlo = overheid("Venlo", "centrumgemeente");
        assertTrue(ActorKinds.isGemeente(venlo));
        naoGeregisseerdDoor(venlo);
        assertEquals(1, t.findings("NET-4").size());
        assertTrue(t.findings("NET-3").isEmpty(), "one conflict, one finding");
    }

    @Test
    void aGemeenschappelijkeRegelingBelongsToTheGemeenteButIsNoGemeente() {
        Actor gr = overheid("GR Sociaal Domein Noord-Limburg", "gemeenschappelijke regeling");
        assertTrue(ActorKinds.hoortBijGemeente(gr), "its sturing and financing are the gemeenten's");
        assertFalse(ActorKinds.isGemeente(gr));
        naoGeregisseerdDoor(gr);
        assertTrue(t.findings("NET-4").isEmpty(), "NET-4 is about the gemeente itself");
        assertEquals(1, t.findings("NET-3").size(), "as any regisseur it stays out of the primary process");
    }

    @Test
    void theSoortTextGemeenteWithoutKindMakesNoGemeenteAndIsAskedFor() {
        Actor venlo = overheid("Gemeente Venlo", "Gemeente");
        assertFalse(ActorKinds.isGemeente(venlo), "free text is not a kind, whatever the name says");
        naoGeregisseerdDoor(venlo);
        assertTrue(t.findings("NET-4").isEmpty());
        List<Finding> gov25 = t.findings("GOV-25");
        assertEquals(1, gov25.size(), gov25::toString);
        assertSame(venlo, gov25.get(0).element());
        assertEquals(Severity.INFO, gov25.get(0).severity());
        assertTrue(gov25.get(0).message().contains("heeft soort 'Gemeente', en dat is geen bekende actorsoort"),
                gov25.get(0).message());
        assertEquals("kies de actorsoort 'Gemeente' (id 'gemeente')", gov25.get(0).quickFixHint());

        venlo.setSoort(ActorSoortId.valueOf("gemeente"));
        assertEquals(1, t.findings("NET-4").size(), "with the kind chosen NET-4 sees the gemeente");
        assertTrue(t.findings("GOV-25").isEmpty());
    }

    @Test
    void aSoortNamingNoKindGetsAHintWithoutAGuess() {
        Actor a = overheid("Gemeente Venlo", "gemeente Venlo");
        List<Finding> gov25 = t.findings("GOV-25");
        assertEquals(1, gov25.size(), gov25::toString);
        assertSame(a, gov25.get(0).element());
        assertTrue(gov25.get(0).quickFixHint().startsWith("kies een actorsoort"), gov25.get(0).quickFixHint());
    }

    @Test
    void aSoortOutsideTheListIsNotAskedForWhereNoRuleReadsIt() {
        Actor projectleider = t.actor("Projectleider MJD", ActorCategorie.PROFESSIONAL);
        projectleider.setSoort(ActorSoortId.valueOf("projectleider"));
        assertTrue(t.findings("GOV-25").isEmpty(), "a professional is no gemeente whatever its soort: "
                + t.findings("GOV-25"));
        projectleider.setCategorie(ActorCategorie.ONBEKEND);
        assertEquals(2, t.findings("GOV-25").size(), "without categorie the kind would give it one");
    }

    @Test
    void gov19And20SeeTheGemeenteByItsKindOnly() {
        t.model.setReikwijdte(Reikwijdte.GEMEENTE);
        Actor venlo = overheid("Gemeente Venlo", "Gemeente");
        assertTrue(t.findings("GOV-19").isEmpty(), "no gemeente known: GOV-25 asks for the kind");
        assertTrue(t.findings("GOV-20").isEmpty());
        venlo.setSoort(ActorSoortId.valueOf("gemeente"));
        assertEquals(3, t.findings("GOV-19").size() + t.findings("GOV-20").size(), "as GemeentemodelTest counts them");
    }

    @Test
    void gov2DoesNotCallAnOverheidOfUnknownSoortNoGemeente() {
        Actor venlo = overheid("Gemeente Venlo", "gemeente");
        Actor afdeling = overheid("Afdeling Wmo", "Afdeling");
        Netwerk n = t.netwerk("Integraal beleid", venlo, afdeling);
        GovModels.typeer(n, Governancetype.INTEGRALE_BELEIDSSTURING, false);
        assertTrue(t.findings("GOV-2").isEmpty(), () -> "may be a gemeentelijke afdeling: " + t.findings("GOV-2"));
        afdeling.setSoort(ActorSoortId.valueOf("welzijn"));
        afdeling.setCategorie(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        GovModels.only(t.findings("GOV-2"), n, "Actor 'Afdeling Wmo' is geen gemeente(lijke afdeling)");
        afdeling.setSoort(ActorSoortId.valueOf("afdeling"));
        afdeling.setCategorie(ActorCategorie.OVERHEID);
        assertTrue(t.findings("GOV-2").isEmpty(), "the kind afdeling is part of the gemeente");
    }
}

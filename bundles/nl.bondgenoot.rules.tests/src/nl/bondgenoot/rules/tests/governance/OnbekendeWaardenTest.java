package nl.bondgenoot.rules.tests.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.tests.TestModels;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * A categorie, soort or type that was never chosen is ONBEKEND (model version 2.0): no rule builds a
 * finding on a guess of it, and GOV-25 asks for it.
 */
class OnbekendeWaardenTest {

    private final TestModels t = new TestModels();

    private Actor zonderCategorie(String naam) {
        Actor a = TestModels.named(TestModels.F.createActor(), naam);
        t.model.getActoren().add(a);
        return a;
    }

    @Test
    void anActorWithoutCategorieIsNoOrganisationForNet1AndGov25AsksForIt() {
        Actor onbekend = zonderCategorie("Stichting X");
        assertEquals(ActorCategorie.ONBEKEND, onbekend.getCategorie(), "no longer read as an overheid");
        Netwerk netwerk = t.netwerk("Wijknetwerk", t.gemeente("Gemeente Zwolle"), t.organisatie("Travers"), onbekend);
        List<Finding> net1 = t.findings("NET-1");
        assertEquals(1, net1.size(), net1::toString);
        assertSame(netwerk, net1.get(0).element());
        assertTrue(net1.get(0).text().contains("heeft 2 organisaties"), net1.get(0).text());

        List<Finding> gov25 = t.findings("GOV-25");
        assertEquals(1, gov25.size(), gov25::toString);
        assertSame(onbekend, gov25.get(0).element());
        assertEquals(Severity.INFO, gov25.get(0).severity());
        assertTrue(gov25.get(0).text().startsWith("[GOV-25] Actor 'Stichting X' heeft geen categorie"), gov25.get(0).text());

        onbekend.setCategorie(ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
        assertTrue(t.findings("NET-1").isEmpty(), "three organisations once the categorie is chosen");
        assertTrue(t.findings("GOV-25").isEmpty());
    }

    @Test
    void anActorOfARegisteredKindHasItsKindsCategorie() {
        Actor gemeente = zonderCategorie("Gemeente Peel en Maas");
        gemeente.setSoort(ActorSoortId.valueOf("gemeente"));
        assertEquals(ActorCategorie.OVERHEID, ActorKinds.categorie(gemeente), "the kind gemeente is an overheid");
        assertTrue(ActorKinds.isGemeente(gemeente));
        assertTrue(t.findings("GOV-25").isEmpty(), "the kind says the categorie");
        Actor vrij = zonderCategorie("Buurtbrigade");
        vrij.setSoort(ActorSoortId.valueOf("buurtbrigade"));
        assertEquals(ActorCategorie.ONBEKEND, ActorKinds.categorie(vrij), "a free-text soort says nothing");
        assertEquals(2, t.findings("GOV-25").size(), "no categorie, and a soort that is no known kind");
    }

    @Test
    void aSturingsrelatieOrRolWithoutSoortIsAskedFor() {
        Actor gemeente = t.gemeente("Gemeente Zwolle");
        Actor travers = t.organisatie("Travers");
        Netwerk netwerk = t.netwerk("Wijknetwerk", gemeente, travers);
        Sturingsrelatie relatie = t.relatie(gemeente, travers, SturingsrelatieSoort.SUBSIDIE);
        Rol rol = t.rol(netwerk, travers, RolSoort.DIENSTVERLENER, true);
        assertTrue(t.findings("GOV-25").isEmpty());

        relatie.setSoort(SturingsrelatieSoort.ONBEKEND); // as a new relation has it
        rol.setSoort(RolSoort.ONBEKEND);
        assertEquals(SturingsrelatieSoort.ONBEKEND, relatie.getSoort());
        assertEquals(RolSoort.ONBEKEND, rol.getSoort());
        List<Finding> gov25 = t.findings("GOV-25");
        assertEquals(java.util.Set.of(relatie, rol), java.util.Set.copyOf(gov25.stream().map(Finding::element).toList()));
        assertEquals(2, gov25.size());
        gov25.forEach(f -> assertTrue(f.text().contains("heeft geen soort"), f.text()));
    }

    @Test
    void aTyperingWithoutTypeIsNoGovernancetype() {
        Actor gemeente = t.gemeente("Gemeente Zwolle");
        Netwerk netwerk = t.netwerk("Wijknetwerk", gemeente, t.organisatie("Travers"), t.organisatie("Dimence"));
        Governancetypering typering = TestModels.F.createGovernancetypering();
        netwerk.getGovernancetypen().add(typering);
        assertEquals(Governancetype.ONBEKEND, typering.getType(), "no longer read as integrale beleidssturing");
        assertTrue(t.findings("GOV-2").isEmpty(), "GOV-2 judges only a network typed integrale beleidssturing");
        List<Finding> gov25 = t.findings("GOV-25");
        assertEquals(1, gov25.size(), gov25::toString);
        assertSame(typering, gov25.get(0).element());

        typering.setType(Governancetype.INTEGRALE_BELEIDSSTURING);
        assertTrue(t.findings("GOV-25").isEmpty());
        assertTrue(!t.findings("GOV-2").isEmpty(), "a network of three organisations is no integrale beleidssturing");
    }

    private Governancetypering typeer(Netwerk netwerk, Governancetype type) {
        Governancetypering typering = TestModels.F.createGovernancetypering();
        typering.setType(type);
        netwerk.getGovernancetypen().add(typering);
        return typering;
    }

    @Test
    void anActorOfUnknownCategorieIsNotSaidToBeOfTheWrongKindNorMissing() {
        Actor onbekend = zonderCategorie("Team Wonen");
        Netwerk integraal = t.netwerk("Beleidsoverleg", t.gemeente("Gemeente Zwolle"), onbekend);
        typeer(integraal, Governancetype.INTEGRALE_BELEIDSSTURING);
        assertTrue(t.findings("GOV-2").stream().noneMatch(f -> f.text().contains("is geen")),
                "Team Wonen may be a gemeentelijke afdeling: " + t.findings("GOV-2"));
        onbekend.setCategorie(ActorCategorie.MARKTPARTIJ);
        assertTrue(t.findings("GOV-2").stream().anyMatch(f -> f.text().contains("Actor 'Team Wonen' is geen")),
                t.findings("GOV-2")::toString);

        Actor expert = zonderCategorie("Kenniscentrum");
        Netwerk experts = t.netwerk("Expertoverleg", t.gemeente("Gemeente Kampen"), expert);
        typeer(experts, Governancetype.EXPERTSTURING);
        assertTrue(t.findings("GOV-3").stream().noneMatch(f -> f.element() == experts && f.text().contains("geen van de leden")),
                "the Kenniscentrum may be the maatschappelijke organisatie GOV-3 asks for");
        expert.setCategorie(ActorCategorie.PROFESSIONAL);
        assertTrue(t.findings("GOV-3").stream().anyMatch(f -> f.element() == experts && f.text().contains("geen van de leden")),
                t.findings("GOV-3")::toString);
    }

    @Test
    void net12DoesNotSayAnUitvoeringsorganisatieOrTheSamenwerkingIsMissingWhileAnUnknownMayBeIt() {
        Actor gemeente = t.gemeente("Gemeente Oss");
        Actor ggz = t.organisatie("GGZ Oost Brabant");
        Actor onbekend = zonderCategorie("Stichting X");
        Netwerk netwerk = t.netwerk("Aanbod", gemeente, ggz, onbekend);
        netwerk.setAanbodOverGemeentenVerspreid(true);
        Sturingsrelatie relatie = t.relatie(gemeente, netwerk, SturingsrelatieSoort.ONBEKEND);
        assertTrue(t.findings("NET-12").isEmpty(), () -> "Stichting X may be the second uitvoeringsorganisatie and the"
                + " relation of unknown soort the samenwerking: " + t.findings("NET-12"));

        relatie.setSoort(SturingsrelatieSoort.SUBSIDIE);
        List<Finding> net12 = t.findings("NET-12");
        assertEquals(1, net12.size(), net12::toString);
        assertTrue(net12.get(0).text().contains("multiorganisatienetwerk: er is geen gemeentelijke samenwerking ("), net12.get(0).text());

        onbekend.setCategorie(ActorCategorie.BURGER);
        net12 = t.findings("NET-12");
        assertEquals(1, net12.size(), net12::toString);
        assertTrue(net12.get(0).text().contains("er is geen gemeentelijke samenwerking en het heeft 1"
                + " uitvoeringsorganisatie(s) in plaats van minstens 2"), net12.get(0).text());
    }

    @Test
    void gov24DoesNotCountARoleOfUnknownSoortAsActive() {
        Netwerk netwerk = t.netwerk("Wijknetwerk", t.gemeente("Gemeente Zwolle"));
        for (int i = 1; i <= 8; i++) {
            t.rol(netwerk, t.organisatie("Partner " + i), RolSoort.DIENSTVERLENER, true);
        }
        Rol onbekend = t.rol(netwerk, t.organisatie("Partner 9"), RolSoort.ONBEKEND, false);
        assertTrue(t.findings("GOV-24").isEmpty(), () -> "the ninth partner's role may be a passive one: " + t.findings("GOV-24"));
        onbekend.setSoort(RolSoort.DIENSTVERLENER);
        assertEquals(1, t.findings("GOV-24").size(), "nine active partners once the ninth role is known to be active");
    }
}

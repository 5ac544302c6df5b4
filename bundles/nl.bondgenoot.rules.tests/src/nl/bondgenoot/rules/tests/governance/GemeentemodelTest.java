package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Reikwijdte;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Orientatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.tests.TestModels;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** GOV-19 and GOV-20: what the Wmo asks of a gemeente (S3:1211-1213, 1279-1282, 1297-1298). */
class GemeentemodelTest {

    private final TestModels t = gemeentemodel();
    private final Actor gemeente = t.gemeente("Gemeente Peel en Maas");

    /** A model of the gemeente's Wmo policy as a whole: the scope GOV-19 and GOV-20 speak of. */
    private static TestModels gemeentemodel() {
        TestModels m = new TestModels();
        m.model.setReikwijdte(Reikwijdte.GEMEENTE);
        return m;
    }

    @Test
    void aProjectModelIsNotHeldToWhatTheWmoAsksOfTheGemeenteAsAWhole() {
        t.model.setReikwijdte(Reikwijdte.PROJECT);
        assertTrue(t.findings("GOV-19").isEmpty());
        assertTrue(t.findings("GOV-20").isEmpty());
        t.model.setReikwijdte(Reikwijdte.REGIO);
        assertEquals(3, t.findings("GOV-19").size() + t.findings("GOV-20").size());
    }

    @Test
    void anUnknownReikwijdteSaysAsInfoWhatAGemeenteModelWouldLackAndAsksForTheReikwijdte() {
        t.model.setReikwijdte(Reikwijdte.ONBEKEND);
        Finding f19 = only(t.findings("GOV-19"), t.model, "Governancemodel 'Testmodel' heeft een gemeente maar legt"
                + " niet vast of het over het Wmo-beleid van de gemeente als geheel gaat (reikwijdte onbekend); is dat"
                + " zo, dan ontbreken een adviesorgaan van burgers zoals een Wmo-raad en een vierjaarlijks"
                + " Wmo-beleidsplan");
        assertEquals(Severity.INFO, f19.severity(), "no warning on a guessed reikwijdte");
        assertEquals("leg de reikwijdte van het model vast (gemeente, regio of project)", f19.quickFixHint());
        Finding f20 = only(t.findings("GOV-20"), t.model, "(reikwijdte onbekend); is dat zo, dan ontbreekt een"
                + " verantwoordingsrelatie van de gemeente naar de burgers");
        assertEquals(Severity.INFO, f20.severity());

        Actor wmoRaad = t.actor("Wmo-raad", ActorCategorie.VERTEGENWOORDIGEND_ORGAAN);
        only(t.findings("GOV-19"), t.model, "dan ontbreken een adviesrelatie van Actor 'Wmo-raad' met de gemeente"
                + " en een vierjaarlijks Wmo-beleidsplan");
        t.relatie(wmoRaad, gemeente, SturingsrelatieSoort.ADVIES);
        only(t.findings("GOV-19"), t.model, "dan ontbreekt een vierjaarlijks Wmo-beleidsplan");
        t.model.setVierjaarlijksBeleidsplan(true);
        assertTrue(t.findings("GOV-19").isEmpty(), "nothing lacking, nothing to ask");
        t.relatie(gemeente, t.burger("Inwoners"), SturingsrelatieSoort.VERANTWOORDING)
                .setOrientatie(Orientatie.HORIZONTAAL);
        assertTrue(t.findings("GOV-20").isEmpty());
    }

    @Test
    void aProfileThatRaisesGov19DoesNotMakeTheUnknownReikwijdteAWarning(@TempDir Path dir) throws Exception {
        t.model.setReikwijdte(Reikwijdte.ONBEKEND);
        Path profiel = Files.writeString(dir.resolve(RuleProfile.FILE_NAME), "GOV-19 = FOUT\n");
        List<Finding> findings = Rules.engine(RuleProfile.load(profiel)).validate(t.model).stream()
                .filter(f -> f.ruleId().equals("GOV-19")).toList();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(Severity.INFO, findings.get(0).severity());
    }

    @Test
    void aGemeenteModelHasAWmoRaadWithAnAdviceRelation() {
        t.model.setVierjaarlijksBeleidsplan(true);
        Finding f = only(t.findings("GOV-19"), t.model, "Governancemodel 'Testmodel' heeft een gemeente maar geen"
                + " adviesorgaan van burgers zoals een Wmo-raad");
        assertEquals(Severity.WARNING, f.severity());
        Actor wmoRaad = t.actor("Wmo-raad", ActorCategorie.VERTEGENWOORDIGEND_ORGAAN);
        only(t.findings("GOV-19"), wmoRaad, "Actor 'Wmo-raad' heeft geen adviesrelatie met de gemeente");
        t.relatie(wmoRaad, gemeente, SturingsrelatieSoort.ADVIES);
        assertTrue(t.findings("GOV-19").isEmpty());
    }

    @Test
    void anActorOfUnknownCategorieMayBeTheWmoRaadAndARelationOfUnknownSoortTheAdvice() {
        t.model.setVierjaarlijksBeleidsplan(true);
        Actor raad = TestModels.named(TestModels.F.createActor(), "Adviesraad sociaal domein");
        t.model.getActoren().add(raad);
        assertTrue(t.findings("GOV-19").isEmpty(), "no finding on a guess: GOV-25 asks for the categorie");
        raad.setCategorie(ActorCategorie.VERTEGENWOORDIGEND_ORGAAN);
        Sturingsrelatie r = t.relatie(raad, gemeente, SturingsrelatieSoort.ONBEKEND);
        assertTrue(t.findings("GOV-19").isEmpty(), "the relation of unknown soort may be the advice");
        r.setSoort(SturingsrelatieSoort.VERANTWOORDING);
        assertEquals(1, t.findings("GOV-19").size());
    }

    @Test
    void gov20ARelationOfUnknownSoortOrToAnActorOfUnknownCategorieMayBeTheVerantwoording() {
        Actor inwoners = TestModels.named(TestModels.F.createActor(), "Inwoners van Peel en Maas");
        t.model.getActoren().add(inwoners);
        Sturingsrelatie r = t.relatie(gemeente, inwoners, SturingsrelatieSoort.VERANTWOORDING);
        r.setOrientatie(Orientatie.HORIZONTAAL);
        assertTrue(t.findings("GOV-20").isEmpty(), "the inwoners may be the burgers: " + t.findings("GOV-20"));
        inwoners.setCategorie(ActorCategorie.BURGER);
        r.setSoort(SturingsrelatieSoort.ONBEKEND);
        assertTrue(t.findings("GOV-20").isEmpty(), "the relation may be the verantwoording: " + t.findings("GOV-20"));
        r.setSoort(SturingsrelatieSoort.ADVIES);
        assertEquals(1, t.findings("GOV-20").size(), "no verantwoording to the burgers");
    }

    @Test
    void theAdviceRelationMayRunEitherWay() {
        t.model.setVierjaarlijksBeleidsplan(true);
        Actor wmoRaad = t.actor("Wmo-raad", ActorCategorie.VERTEGENWOORDIGEND_ORGAAN);
        Sturingsrelatie r = t.relatie(gemeente, wmoRaad, SturingsrelatieSoort.TOEZICHT);
        assertEquals(1, t.findings("GOV-19").size());
        r.setSoort(SturingsrelatieSoort.ADVIES);
        assertTrue(t.findings("GOV-19").isEmpty());
    }

    @Test
    void aGemeenteModelLaysDownAFourYearlyPlan() {
        Actor wmoRaad = t.actor("Wmo-raad", ActorCategorie.VERTEGENWOORDIGEND_ORGAAN);
        t.relatie(wmoRaad, gemeente, SturingsrelatieSoort.ADVIES);
        only(t.findings("GOV-19"), t.model, "legt geen vierjaarlijks Wmo-beleidsplan vast");
    }

    @Test
    void aModelWithoutGemeenteIsNoGemeenteModel() {
        TestModels zonder = gemeentemodel();
        zonder.organisatie("Zorgaanbieder");
        assertTrue(zonder.findings("GOV-19").isEmpty());
        assertTrue(zonder.findings("GOV-20").isEmpty());
    }

    @Test
    void theGemeenteAccountsToTheBurgers() {
        Finding f = only(t.findings("GOV-20"), t.model, "heeft geen verantwoordingsrelatie van de gemeente naar de"
                + " burgers");
        assertEquals(Severity.INFO, f.severity());
        t.relatie(gemeente, t.burger("Inwoners"), SturingsrelatieSoort.VERANTWOORDING)
                .setOrientatie(Orientatie.HORIZONTAAL);
        assertTrue(t.findings("GOV-20").isEmpty());
    }

    @Test
    void accountingToTheRijkIsNoLongerWhatTheWmoAsks() {
        Actor rijk = t.actor("Ministerie van VWS", ActorCategorie.OVERHEID);
        Sturingsrelatie r = t.relatie(gemeente, rijk, SturingsrelatieSoort.VERANTWOORDING);
        t.relatie(gemeente, t.actor("Wmo-raad", ActorCategorie.VERTEGENWOORDIGEND_ORGAAN),
                SturingsrelatieSoort.VERANTWOORDING);
        only(t.findings("GOV-20"), r, "de gemeente legt verantwoording af aan Actor 'Ministerie van VWS'; onder de"
                + " Wmo legt zij verantwoording af aan de burgers, niet meer aan de centrale overheid");
    }

    @Test
    void accountingToBurgersIsHorizontal() {
        Netwerk bewoners = t.netwerk("Bewoners Kamperpoort", t.burger("Bewoner 1"), t.burger("Bewoner 2"));
        Sturingsrelatie r = t.relatie(gemeente, bewoners, SturingsrelatieSoort.VERANTWOORDING);
        r.setOrientatie(Orientatie.VERTICAAL);
        Finding f = only(t.findings("GOV-20"), r, "is verticaal; de verantwoording aan burgers over het Wmo-beleid"
                + " is horizontaal");
        assertEquals("zet de oriëntatie op horizontaal", f.quickFixHint());
    }

    @Test
    void accountingInsideTheGemeenteIsNotJudged() {
        Actor raad = t.actor("Gemeenteraad", ActorCategorie.OVERHEID);
        raad.setSoort(ActorSoortId.valueOf("gemeenteraad"));
        t.relatie(gemeente, raad, SturingsrelatieSoort.VERANTWOORDING);
        t.relatie(gemeente, t.burger("Inwoners"), SturingsrelatieSoort.VERANTWOORDING);
        assertTrue(t.findings("GOV-20").isEmpty());
    }
}

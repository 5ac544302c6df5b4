package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.model.Beleidsfase.EVALUATIE;
import static nl.bondgenoot.model.Beleidsfase.KADERSTELLING_CONTRACTERING;
import static nl.bondgenoot.model.Beleidsfase.UITVOERING_VERANTWOORDING;
import static nl.bondgenoot.model.Beleidsfase.VERKENNING;
import static nl.bondgenoot.rules.tests.governance.GovModels.beleidscyclus;
import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.rol;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beleidscyclus;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** GOV-16, GOV-17, GOV-18: roles per phase of the beleidscyclus (S3 Figure 4). */
class BeleidscyclusTest {

    private final TestModels t = new TestModels();
    private final Actor gemeente = t.gemeente("Gemeente Utrecht");
    private final Actor welzijnA = t.organisatie("Welzijn A");
    private final Actor welzijnB = t.organisatie("Welzijn B");
    private final Netwerk netwerk = t.netwerk("Sociaal Makelaarschap", gemeente, welzijnA, welzijnB);

    @Test
    void anAdviserWhoLaterCompetesForTheOpdrachtIsATension() {
        rol(t, netwerk, welzijnA, RolSoort.ADVISEUR, VERKENNING);
        rol(t, netwerk, welzijnA, RolSoort.OFFERTE_INDIENER, KADERSTELLING_CONTRACTERING);
        rol(t, netwerk, welzijnB, RolSoort.OFFERTE_INDIENER, KADERSTELLING_CONTRACTERING);
        Finding f = only(t.findings("GOV-16"), netwerk, "Actor 'Welzijn A' adviseert in de verkenning en"
                + " concurreert in de kaderstelling om de opdracht");
        assertEquals(Severity.INFO, f.severity());
        assertNull(f.quickFixHint());
    }

    @Test
    void continuingWithTheSameOrganisationIsAFluentTransition() {
        rol(t, netwerk, welzijnA, RolSoort.BELANGHEBBENDE, VERKENNING);
        rol(t, netwerk, welzijnA, RolSoort.OFFERTE_INDIENER, KADERSTELLING_CONTRACTERING);
        assertTrue(t.findings("GOV-16").isEmpty());
    }

    @Test
    void competitorsWhoDidNotAdviseAreNoTension() {
        rol(t, netwerk, welzijnA, RolSoort.OFFERTE_INDIENER, KADERSTELLING_CONTRACTERING);
        rol(t, netwerk, welzijnB, RolSoort.OFFERTE_INDIENER, KADERSTELLING_CONTRACTERING);
        rol(t, netwerk, welzijnA, RolSoort.ADVISEUR, EVALUATIE);
        assertTrue(t.findings("GOV-16").isEmpty());
    }

    @Test
    void onlyKaderstellingAndUitvoeringIsTheKleineCyclus() {
        Beleidscyclus cyclus = beleidscyclus(t, KADERSTELLING_CONTRACTERING, UITVOERING_VERANTWOORDING);
        Finding f = only(t.findings("GOV-17"), cyclus, "Governancemodel 'Testmodel' modelleert alleen de fasen"
                + " kaderstelling / contractering en uitvoering / verantwoording: dat is de kleine cyclus");
        assertEquals(Severity.WARNING, f.severity());
        cyclus.getFasen().add(VERKENNING);
        assertTrue(t.findings("GOV-17").isEmpty());
    }

    @Test
    void successiveDatedCyclesAreJudgedWhileTheyHoldWithTheirDatedFasen() {
        Beleidscyclus eerste = nl.bondgenoot.rules.tests.TestModels.F.createBeleidscyclus();
        eerste.setPeriode(nl.bondgenoot.rules.tests.TestModels.periode("2008-01-01", "2012-12-31"));
        for (var fase : java.util.List.of(KADERSTELLING_CONTRACTERING, UITVOERING_VERANTWOORDING)) {
            var dated = nl.bondgenoot.rules.tests.TestModels.F.createFaseperiode();
            dated.setFase(fase);
            eerste.getFaseperioden().add(dated);
        }
        t.model.getBeleidscycli().add(eerste);
        java.time.LocalDate in2011 = java.time.LocalDate.of(2011, 1, 1);
        only(t.findings("GOV-17", in2011), eerste, "modelleert alleen de fasen");
        assertTrue(t.findings("GOV-17").isEmpty(), "today the cycle of 2008-2012 no longer holds");

        var evaluatie = nl.bondgenoot.rules.tests.TestModels.F.createFaseperiode();
        evaluatie.setFase(EVALUATIE);
        eerste.getFaseperioden().add(evaluatie);
        only(t.findings("GOV-18", in2011), eerste, "de evaluatie voedt de verkenning van de volgende cyclus niet");
        assertTrue(t.findings("GOV-18").isEmpty(), "a cycle that no longer holds is not judged");
        eerste.setEvaluatieVoedtVerkenning(true);
        assertTrue(t.findings("GOV-18", in2011).isEmpty());
    }

    @Test
    void withoutBeleidscyclusThePhasesOfTheRolesCount() {
        rol(t, netwerk, gemeente, RolSoort.OPDRACHTGEVER, KADERSTELLING_CONTRACTERING);
        rol(t, netwerk, welzijnA, RolSoort.OPDRACHTNEMER, UITVOERING_VERANTWOORDING);
        only(t.findings("GOV-17"), t.model, "kleine cyclus");
        rol(t, netwerk, gemeente, RolSoort.REGISSEUR, EVALUATIE);
        assertTrue(t.findings("GOV-17").isEmpty());
    }

    @Test
    void aModelWithoutPhasesIsNotAKleineCyclus() {
        t.rol(netwerk, welzijnA, RolSoort.DIENSTVERLENER, true);
        assertTrue(t.findings("GOV-17").isEmpty());
    }

    @Test
    void theEvaluatieFeedsTheNextVerkenning() {
        Beleidscyclus cyclus = beleidscyclus(t, VERKENNING, KADERSTELLING_CONTRACTERING, UITVOERING_VERANTWOORDING,
                EVALUATIE);
        Finding f = only(t.findings("GOV-18"), cyclus, "De beleidscyclus van Governancemodel 'Testmodel' heeft een"
                + " evaluatiefase, maar de evaluatie voedt de verkenning van de volgende cyclus niet");
        assertEquals(Severity.INFO, f.severity());
        cyclus.setEvaluatieVoedtVerkenning(true);
        assertTrue(t.findings("GOV-18").isEmpty());
    }

    @Test
    void withoutEvaluatieThereIsNothingToFeed() {
        beleidscyclus(t, VERKENNING, KADERSTELLING_CONTRACTERING);
        assertTrue(t.findings("GOV-18").isEmpty());
    }
}

package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static nl.bondgenoot.rules.tests.governance.GovModels.sturingsmodel;
import static nl.bondgenoot.rules.tests.governance.GovModels.typeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** GOV-12 and GOV-13: having and using doorzettingsmacht (S3:831-853). */
class DoorzettingsmachtTest {

    private final TestModels t = new TestModels();
    private final Actor gemeente = t.gemeente("Gemeente Hengelo");
    private final Actor welzijn = t.organisatie("Welzijn Hengelo");
    private final Actor zorg = t.organisatie("AWBZ-zorgaanbieder");

    {
        welzijn.setGefinancierdDoorGemeente(true);
    }

    private Sturingsrelatie met(Actor van, Netwerk naar, Doorzettingsmacht heeft) {
        Sturingsrelatie r = t.relatie(van, naar, SturingsrelatieSoort.REGIE_TAAKVERDELING);
        r.setDoorzettingsmachtHeeft(heeft);
        return r;
    }

    @Test
    void noDoorzettingsmachtTowardsAnOrganisationTheGemeenteDoesNotFinance() {
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.HIERARCHISCH);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        Finding f = only(t.findings("GOV-12"), r, "geeft de gemeente doorzettingsmacht, maar Actor"
                + " 'AWBZ-zorgaanbieder' wordt niet door de gemeente gefinancierd: daar moet zij overtuigen en"
                + " verleiden");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("zet doorzettingsmacht op niet en de soort op overtuigen / verleiden", f.quickFixHint());
    }

    @Test
    void doorzettingsmachtTowardsAFinancedOrganisationIsFine() {
        t.relatie(gemeente, welzijn, SturingsrelatieSoort.SUBSIDIE).setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.SUBSIDIE);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        zorg.getFinanciers().add(gemeente);
        assertTrue(t.findings("GOV-12").isEmpty());
    }

    @Test
    void persuadingWithoutDoorzettingsmachtIsFine() {
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.OVERTUIGEN_VERLEIDEN);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.NIET);
        assertTrue(t.findings("GOV-12").isEmpty());
    }

    @Test
    void theRuleIsAboutTheGemeente() {
        Actor zorgkantoor = t.actor("Zorgkantoor", ActorCategorie.OVERHEID);
        zorgkantoor.setSoort(ActorSoortId.valueOf("zorgkantoor"));
        t.relatie(zorgkantoor, welzijn, SturingsrelatieSoort.CONTRACT).setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        assertTrue(t.findings("GOV-12").isEmpty());
    }

    @Test
    void towardsANetworkTheUnfinancedMembersCount() {
        Actor afdeling = GovModels.afdeling(t, gemeente, "Afdeling Welzijn");
        Netwerk berfloEs = t.netwerk("Sleutelteam Berflo Es", afdeling, welzijn, zorg, t.burger("Bewoner"));
        Sturingsrelatie r = met(afdeling, berfloEs, Doorzettingsmacht.NAUWELIJKS);
        only(t.findings("GOV-12"), r, "maar Actor 'AWBZ-zorgaanbieder' wordt niet");
    }

    @Test
    void usingDoorzettingsmachtInAGovernanceProjectIsWarned() {
        Netwerk project = t.netwerk("Activerend Huisbezoek", welzijn, zorg);
        sturingsmodel(project, Sturingsmodel.GOVERNANCE, true);
        Sturingsrelatie r = met(gemeente, project, Doorzettingsmacht.WEL);
        r.setDoorzettingsmachtGebruik(Doorzettingsmacht.WEL);
        only(t.findings("GOV-13"), r, "gebruikt doorzettingsmacht in Netwerk 'Activerend Huisbezoek', dat als"
                + " governance wordt gestuurd");
        r.setAfdwingenSamenwerking(true);
        assertTrue(t.findings("GOV-13").isEmpty(), "enforcing cooperation serves governance (S3:1049-1052)");
    }

    @Test
    void usingItHardlyOrInAnNpmProjectIsFine() {
        Netwerk project = t.netwerk("Thuiszorg", welzijn, zorg);
        sturingsmodel(project, Sturingsmodel.NPM, true);
        sturingsmodel(project, Sturingsmodel.GOVERNANCE, false);
        Sturingsrelatie r = met(gemeente, project, Doorzettingsmacht.WEL);
        r.setDoorzettingsmachtGebruik(Doorzettingsmacht.WEL);
        assertTrue(t.findings("GOV-13").isEmpty());
        project.getSturingsmodellen().get(0).setDominant(false);
        r.setDoorzettingsmachtGebruik(Doorzettingsmacht.NAUWELIJKS);
        assertTrue(t.findings("GOV-13").isEmpty());
    }

    @Test
    void aRelationBetweenPartnersOfAGovernanceTypedProjectCounts() {
        Netwerk project = t.netwerk("Kantelen doe je samen!", gemeente, welzijn, zorg);
        typeer(project, Governancetype.NETWERK_KETENSTURING, true);
        Sturingsrelatie r = t.relatie(gemeente, welzijn, SturingsrelatieSoort.SUBSIDIE);
        r.setDoorzettingsmachtGebruik(Doorzettingsmacht.WEL);
        only(t.findings("GOV-13"), r, "in Netwerk 'Kantelen doe je samen!'");
    }

    @Test
    void thePhaseOfTheRelationSelectsTheSturingsmodel() {
        // Sociaal Makelaarschap: governance in the verkenning, NPM in opdrachtverlening (S3:3190-3193)
        Netwerk project = t.netwerk("Sociaal Makelaarschap", gemeente, welzijn);
        sturingsmodel(project, Sturingsmodel.GOVERNANCE, true).setFase(Beleidsfase.VERKENNING);
        sturingsmodel(project, Sturingsmodel.NPM, true).setFase(Beleidsfase.KADERSTELLING_CONTRACTERING);
        Sturingsrelatie r = t.relatie(gemeente, welzijn, SturingsrelatieSoort.CONTRACT);
        r.setDoorzettingsmachtGebruik(Doorzettingsmacht.WEL);
        r.setFase(Beleidsfase.KADERSTELLING_CONTRACTERING);
        assertTrue(t.findings("GOV-13").isEmpty());
        r.setFase(Beleidsfase.VERKENNING);
        assertEquals(1, t.findings("GOV-13").size());
    }
}

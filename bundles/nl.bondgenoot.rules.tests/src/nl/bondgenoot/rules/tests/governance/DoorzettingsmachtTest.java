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
        t.financiering(gemeente, welzijn);
    }

    private Sturingsrelatie met(Actor van, Netwerk naar, Doorzettingsmacht heeft) {
        Sturingsrelatie r = t.relatie(van, naar, SturingsrelatieSoort.REGIE_TAAKVERDELING);
        r.setDoorzettingsmachtHeeft(heeft);
        return r;
    }

    @Test
    void noDoorzettingsmachtTowardsAnOrganisationTheGemeenteDoesNotFinance() {
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.REGIE_TAAKVERDELING);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        Finding f = only(t.findings("GOV-12"), r, "geeft de gemeente doorzettingsmacht, maar Actor"
                + " 'AWBZ-zorgaanbieder' wordt niet gefinancierd door Actor 'Gemeente Hengelo': daar moet zij"
                + " overtuigen en verleiden");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("zet doorzettingsmacht op niet en de soort op overtuigen / verleiden, of leg de financiering vast",
                f.quickFixHint());
    }

    @Test
    void doorzettingsmachtTowardsAFinancedOrganisationIsFine() {
        t.relatie(gemeente, welzijn, SturingsrelatieSoort.SUBSIDIE).setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.SUBSIDIE);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        assertEquals(1, t.findings("GOV-12").size(), "the zorgaanbieder is not financed yet");
        t.financiering(GovModels.afdeling(t, gemeente, "Afdeling Zorg"), zorg);
        assertTrue(t.findings("GOV-12").isEmpty(), "a flow from a part of the gemeente is the gemeente's money");
    }

    @Test
    void moneyOfAnotherGemeenteGivesThisGemeenteNoDoorzettingsmacht() {
        // Buurtgeluk: Gemeente Kampen and Gemeente Zwolle in one coalition (S4:1790-1794)
        Actor kampen = t.gemeente("Gemeente Kampen");
        t.financiering(kampen, zorg);
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.REGIE_TAAKVERDELING);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        only(t.findings("GOV-12"), r, "niet gefinancierd door Actor 'Gemeente Hengelo'");
        Sturingsrelatie vanKampen = t.relatie(kampen, zorg, SturingsrelatieSoort.REGIE_TAAKVERDELING);
        vanKampen.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        assertTrue(t.findings("GOV-12").stream().noneMatch(f -> f.element() == vanKampen),
                "Kampen finances it, so Kampen has doorzettingsmacht");
    }

    @Test
    void aWethouderOfTheModelsOnlyGemeenteSpeaksForIt() {
        Actor wethouder = t.actor("Wethouder Zorg", ActorCategorie.OVERHEID);
        wethouder.setSoort(ActorSoortId.valueOf("wethouder"));
        Sturingsrelatie r = t.relatie(wethouder, welzijn, SturingsrelatieSoort.HIERARCHISCH);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        assertTrue(t.findings("GOV-12").isEmpty(), "Gemeente Hengelo finances Welzijn Hengelo");
    }

    @Test
    void financingTheNetworkIsNotFinancingEachMember() {
        Netwerk project = t.netwerk("Wijksteunpunt", welzijn, zorg);
        t.financiering(gemeente, project);
        Sturingsrelatie r = met(gemeente, project, Doorzettingsmacht.WEL);
        only(t.findings("GOV-12"), r, "maar Actor 'AWBZ-zorgaanbieder' wordt niet");
    }

    @Test
    void persuadingWithoutDoorzettingsmachtIsFine() {
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.OVERTUIGEN_VERLEIDEN);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.NIET);
        assertTrue(t.findings("GOV-12").isEmpty());
    }

    @Test
    void hardlyIsNoDoorzettingsmacht() {
        // "nauwelijks" describes its use in the cases (S3:1712, 1954, 2009), not having it
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.REGIE_TAAKVERDELING);
        r.setDoorzettingsmachtHeeft(Doorzettingsmacht.NAUWELIJKS);
        assertTrue(t.findings("GOV-12").isEmpty());
    }

    @Test
    void forcingAnOrganisationItDoesNotFinanceIsFound() {
        // "Zij moet deze instellingen dus overtuigen en verleiden om mee te doen" (S3:2883-2884)
        Sturingsrelatie r = t.relatie(gemeente, zorg, SturingsrelatieSoort.HIERARCHISCH);
        Finding f = only(t.findings("GOV-12"), r, "is van soort hiërarchisch, maar Actor 'AWBZ-zorgaanbieder' wordt"
                + " niet gefinancierd door Actor 'Gemeente Hengelo': daar moet zij overtuigen en verleiden");
        assertEquals("zet de soort op overtuigen / verleiden, of leg de financiering vast", f.quickFixHint());
        t.relatie(gemeente, welzijn, SturingsrelatieSoort.HIERARCHISCH);
        assertEquals(1, t.findings("GOV-12").size(), "the gemeente may direct what it finances");
        r.setSoort(SturingsrelatieSoort.ONBEKEND);
        assertTrue(t.findings("GOV-12").isEmpty(), "a relation of unknown soort is not judged");
    }

    @Test
    void theRuleIsAboutTheGemeente() {
        Actor zorgkantoor = t.actor("Zorgkantoor", ActorCategorie.OVERHEID);
        zorgkantoor.setSoort(ActorSoortId.valueOf("zorgkantoor"));
        t.relatie(zorgkantoor, zorg, SturingsrelatieSoort.HIERARCHISCH).setDoorzettingsmachtHeeft(Doorzettingsmacht.WEL);
        assertTrue(t.findings("GOV-12").isEmpty());
    }

    @Test
    void towardsANetworkTheUnfinancedMembersCount() {
        Actor afdeling = GovModels.afdeling(t, gemeente, "Afdeling Welzijn");
        Netwerk berfloEs = t.netwerk("Sleutelteam Berflo Es", afdeling, welzijn, zorg, t.burger("Bewoner"));
        Sturingsrelatie r = met(afdeling, berfloEs, Doorzettingsmacht.WEL);
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

package nl.bondgenoot.rules.tests.governance;

import static nl.bondgenoot.rules.tests.governance.GovModels.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BcfStap;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Probleemstatus;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** GOV-10, GOV-11, GOV-14, GOV-15: the instruments of a sturingsrelatie. */
class SturingsinstrumentenTest {

    private final TestModels t = new TestModels();
    private final Actor gemeente = t.gemeente("Gemeente Utrecht");
    private final Actor welzijn = t.organisatie("Welzijnsorganisatie");

    @Test
    void aContractForAContestedProblemIsNpmWhereGovernanceFitsBetter() {
        Opgave opgave = t.opgave("Eenzaamheid in de wijk", Vraagstuk.MEERVOUDIG);
        opgave.setProbleem(Probleemstatus.OMSTREDEN);
        Sturingsrelatie contract = t.relatie(gemeente, welzijn, SturingsrelatieSoort.CONTRACT);
        contract.setOpgave(opgave);
        only(t.findings("GOV-10"), contract, "is een contract voor Opgave 'Eenzaamheid in de wijk', waarvan het"
                + " probleem omstreden is");
        opgave.setProbleem(Probleemstatus.DUIDELIJK);
        assertTrue(t.findings("GOV-10").isEmpty());
    }

    @Test
    void cooperationOnAnUnclearProblemIsGovernance() {
        Opgave opgave = t.opgave("Sociaal makelaarschap", Vraagstuk.MEERVOUDIG);
        opgave.setProbleem(Probleemstatus.ONDUIDELIJK);
        t.relatie(gemeente, welzijn, SturingsrelatieSoort.SAMENWERKING).setOpgave(opgave);
        assertTrue(t.findings("GOV-10").isEmpty());
        t.relatie(gemeente, welzijn, SturingsrelatieSoort.UITBESTEDING).setOpgave(opgave);
        assertEquals(1, t.findings("GOV-10").size());
    }

    @Test
    void aContractStatesProductspecificatieIndicatorsAndTermijn() {
        Sturingsrelatie contract = t.relatie(gemeente, welzijn, SturingsrelatieSoort.CONTRACT);
        contract.setProductspecificatie("Huishoudelijke hulp, 3 uur per week");
        Finding f = only(t.findings("GOV-11"), contract,
                "is een contract zonder prestatie-indicatoren en termijn");
        assertEquals("vul prestatie-indicatoren en termijn in", f.quickFixHint());
        contract.setPrestatieIndicatoren("Aantal geleverde uren");
        contract.setTermijn("2012-2014");
        assertTrue(t.findings("GOV-11").isEmpty());
    }

    @Test
    void otherInstrumentsNeedNoProductspecificatie() {
        t.relatie(gemeente, welzijn, SturingsrelatieSoort.SUBSIDIE);
        assertTrue(t.findings("GOV-11").isEmpty());
    }

    @Test
    void anAanbestedingHasSeveralBidders() {
        Sturingsrelatie aanbesteding = t.relatie(gemeente, welzijn, SturingsrelatieSoort.AANBESTEDING);
        aanbesteding.getInschrijvers().add(welzijn);
        Finding f = only(t.findings("GOV-14"), aanbesteding, "is een aanbesteding met 1 inschrijver; bij een"
                + " aanbesteding dienen minstens 2 organisaties een offerte in");
        assertEquals(Severity.ERROR, f.severity());
        aanbesteding.getInschrijvers().add(t.organisatie("Thuiszorg West"));
        assertTrue(t.findings("GOV-14").isEmpty());
    }

    @Test
    void bcfFollowsBeleidOpdrachtOfferteOvereenkomstBeschikking() {
        Sturingsrelatie bcf = t.relatie(gemeente, welzijn, SturingsrelatieSoort.BCF);
        bcf.getBcfStappen().addAll(List.of(BcfStap.BELEID, BcfStap.OPDRACHT, BcfStap.OFFERTE));
        assertTrue(t.findings("GOV-15").isEmpty(), "a BCF under way is the start of the order");
        bcf.getBcfStappen().add(BcfStap.SUBSIDIEBESCHIKKING);
        only(t.findings("GOV-15"), bcf, "doorloopt de BCF-stappen beleid \u2192 opdracht \u2192 offerte \u2192"
                + " subsidiebeschikking; BCF volgt beleid \u2192 opdracht \u2192 offerte \u2192 overeenkomst \u2192"
                + " subsidiebeschikking");
    }

    @Test
    void bcfStepsInTheWrongOrderAreWarned() {
        Sturingsrelatie bcf = t.relatie(gemeente, welzijn, SturingsrelatieSoort.BCF);
        bcf.getBcfStappen().addAll(List.of(BcfStap.OPDRACHT, BcfStap.BELEID));
        only(t.findings("GOV-15"), bcf, "doorloopt de BCF-stappen opdracht \u2192 beleid");
        bcf.setSoort(SturingsrelatieSoort.SUBSIDIEOVEREENKOMST);
        assertTrue(t.findings("GOV-15").isEmpty());
    }
}

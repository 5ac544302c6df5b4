package nl.bondgenoot.rules.tests.agenda;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.rules.Severity;

/** AG-14: feedback says what is reported, to whom and when (S0:455-458, 1263-1266). */
class Ag14TerugmeldingTest {

    private final AgendaFixture x = new AgendaFixture();

    @Test
    void feedbackWithoutAnyTerugmeldingIsNoted() {
        assertNone(x.t.findings("AG-14"));
        x.uitvoering.getTerugmeldingen().clear();
        assertOne(x.t.findings("AG-14"), Severity.INFO, x.uitvoering,
                "Uitvoeringsagenda 'Aanpak gezinnen Kamperpoort' koppelt terug, maar zegt niet wat er wordt teruggemeld,"
                        + " aan wie en wanneer");
    }

    @Test
    void aTerugmeldingNamesWhatItLeavesOpen() {
        x.terugmelding.getAan().clear();
        x.terugmelding.setWanneer(" ");
        assertOne(x.t.findings("AG-14"), Severity.INFO, x.terugmelding,
                "De terugmelding 'de ervaringen van het OK-team' van Uitvoeringsagenda 'Aanpak gezinnen Kamperpoort'"
                        + " zegt niet aan wie en wanneer");
    }

    @Test
    void noFeedbackAtAllIsLeftToAg4() {
        x.uitvoering.getTerugkoppeling().clear();
        assertNone(x.t.findings("AG-4")); // the terugmelding is feedback
        x.uitvoering.getTerugmeldingen().clear();
        assertNone(x.t.findings("AG-14"));
        assertOne(x.t.findings("AG-4"), Severity.INFO, x.uitvoering, "koppelt niet terug");
    }
}

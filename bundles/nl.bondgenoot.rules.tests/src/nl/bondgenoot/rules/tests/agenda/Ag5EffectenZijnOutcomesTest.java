package nl.bondgenoot.rules.tests.agenda;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.rules.Severity;

class Ag5EffectenZijnOutcomesTest {

    private final AgendaFixture x = new AgendaFixture();

    @Test
    void anOutputGoalIsNoEffect() {
        Effect e = x.effect("35 huishoudens bereikt", Doelsoort.OUTPUT);
        AgendaFixture.indicator(e, "bereikte huishoudens", IndicatorSoort.OUTPUT, "0", "35");
        assertOne(x.t.findings("AG-5"), Severity.WARNING, e, "Effect '35 huishoudens bereikt' is een output-doel",
                "geen gewenst maatschappelijk effect");
    }

    @Test
    void anOutcomeWithoutIndicator() {
        Effect e = x.effect("De sociale cohesie is verbeterd", Doelsoort.OUTCOME);
        assertOne(x.t.findings("AG-5"), e, "heeft geen indicator");
    }

    @Test
    void anOutcomeMeasuredOnlyByCounts() {
        Effect e = x.effect("Meer burgers participeren", Doelsoort.OUTCOME);
        AgendaFixture.indicator(e, "aantal deelnemers", IndicatorSoort.OUTPUT, "100", "150");
        assertOne(x.t.findings("AG-5"), e, "wordt alleen gemeten met producttellingen");
    }

    @Test
    void wordsInTheNameSuggestAProductCount() {
        Effect e = x.effect("Aantal uren huishoudelijke hulp", Doelsoort.OUTCOME);
        AgendaFixture.indicator(e, "uren", IndicatorSoort.OUTCOME, "0", "1000");
        assertOne(x.t.findings("AG-5"), e, "klinkt als een producttelling ('aantal uren')");
    }

    @Test
    void wordsMatchOnlyAsWholeWords() {
        Effect e = x.effect("Buurtcohesie in Kamperpoort is toegenomen", Doelsoort.OUTCOME);
        AgendaFixture.indicator(e, "cohesiescore", IndicatorSoort.OUTCOME, "5,8", "6,5");
        assertNone(x.t.findings("AG-5"));
    }
}

package nl.bondgenoot.rules.tests.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Doelsoort;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.IndicatorSoort;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** AG-10 (nulmeting), AG-11 (output en outcome), AG-12 (klanttevredenheid), AG-13 (schijnexactheid). */
class Ag10To13IndicatorenTest {

    private final AgendaFixture x = new AgendaFixture();

    @Test
    void ag10AnIndicatorWithoutNulmeting() {
        Indicator i = x.zelfredzaam.getIndicatoren().get(0);
        i.setNulmeting(null);
        assertOne(x.t.findings("AG-10"), Severity.WARNING, i, "Indicator 'aandeel inwoners op"
                + " zelfredzaamheidsniveau 3' van Effect 'Meer inwoners zijn zelfredzaam' heeft geen nulmeting");
    }

    @Test
    void ag10OnlyConcernsIndicatorsOfEffects() {
        Netwerk n = x.t.netwerk("OK-team", x.gemeente, x.travers);
        n.getPrestatieIndicatoren().add(TestModels.named(TestModels.F.createIndicator(), "huisbezoeken"));
        assertNone(x.t.findings("AG-10"));
    }

    @Test
    void ag11OutcomesWithoutAnyOutputGoal() {
        x.zelfredzaam.getIndicatoren().remove(1);
        assertOne(x.t.findings("AG-11"), Severity.WARNING, x.ma, "heeft outcomedoelen maar geen outputdoelen");
    }

    @Test
    void ag11OnlyOutputGoals() {
        x.zelfredzaam.setSoort(Doelsoort.OUTPUT);
        assertOne(x.t.findings("AG-11"), x.ma, "heeft alleen outputdoelen en geen outcomedoelen");
    }

    @Test
    void ag11IsNotBuiltOnAGuessAnEffectOrIndicatorOfUnknownSoortMayBeTheMissingGoal() {
        x.zelfredzaam.setSoort(null); // no soort chosen: onbekend, no longer read as outcome
        assertEquals(Doelsoort.ONBEKEND, x.zelfredzaam.getSoort());
        x.zelfredzaam.getIndicatoren().removeIf(i -> i.getSoort() == IndicatorSoort.OUTPUT);
        assertNone(x.t.findings("AG-11"));
        x.zelfredzaam.setSoort(Doelsoort.OUTCOME);
        assertOne(x.t.findings("AG-11"), x.ma, "heeft outcomedoelen maar geen outputdoelen");
        AgendaFixture.indicator(x.zelfredzaam, "bereikte huishoudens", null, "0", "35");
        assertEquals(IndicatorSoort.ONBEKEND, x.zelfredzaam.getIndicatoren().get(1).getSoort());
        assertNone(x.t.findings("AG-11")); // the indicator of unknown soort may be the output goal
    }

    @Test
    void ag11AnOutputEffectAlsoCountsAsOutputGoal() {
        x.zelfredzaam.getIndicatoren().remove(1);
        x.effect("35 huishoudens bereikt", Doelsoort.OUTPUT);
        assertNone(x.t.findings("AG-11"));
    }

    @Test
    void ag12AnEffectMeasuredOnlyBySatisfaction() {
        Effect e = x.effect("Jongeren zijn effectief geholpen", Doelsoort.OUTCOME);
        AgendaFixture.indicator(e, "rapportcijfer cliënten", IndicatorSoort.KLANTTEVREDENHEID, "7,1", "7,5");
        assertOne(x.t.findings("AG-12"), Severity.INFO, e, "wordt alleen met klanttevredenheid gemeten");
        AgendaFixture.indicator(e, "recidive binnen een jaar", IndicatorSoort.OUTCOME, "30%", "20%");
        assertNone(x.t.findings("AG-12"));
    }

    @Test
    void ag13ASmartTargetMayBeSchijnexact() {
        Indicator i = x.zelfredzaam.getIndicatoren().get(0);
        assertNone(x.t.findings("AG-13"));
        i.setSmart(true);
        assertOne(x.t.findings("AG-13"), Severity.INFO, i, "is een SMART-doel", "schijnexactheid");
    }
}

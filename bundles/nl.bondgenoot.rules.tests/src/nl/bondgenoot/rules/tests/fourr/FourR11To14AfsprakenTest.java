package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Afspraakinhoud;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;

/** 4R-11 to 4R-13 (agreements per opdrachtvorm) and 4R-14 (toetsingskader). */
class FourR11To14AfsprakenTest {

    private final FourRFixture x = new FourRFixture();

    private static Opdrachtrelatie vorm(Opdrachtrelatie r, Opdrachtvorm vorm, Afspraakinhoud... afspraken) {
        r.setOpdrachtvorm(vorm);
        r.getAfspraken().addAll(List.of(afspraken));
        return r;
    }

    @Test
    void fourR11ABestekWithoutPricesAndQuality() {
        Opdrachtrelatie r = vorm(x.enkelvoudig(), Opdrachtvorm.VIA_BESTEK, Afspraakinhoud.AANTALLEN);
        assertOne(x.t.findings("4R-11"), Severity.WARNING, r, "(opdracht via bestek)",
                "maakt geen afspraken over prijzen, kwaliteit");
    }

    @Test
    void fourR11ACompleteBestek() {
        vorm(x.enkelvoudig(), Opdrachtvorm.VIA_BESTEK, Afspraakinhoud.AANTALLEN, Afspraakinhoud.PRIJZEN,
                Afspraakinhoud.KWALITEIT);
        vorm(x.meervoudig(), Opdrachtvorm.TUSSENVORM);
        assertNone(x.t.findings("4R-11"));
    }

    @Test
    void fourR12AnEffectOpdrachtThatAlsoFixesNumbers() {
        Opdrachtrelatie r = vorm(x.meervoudig(), Opdrachtvorm.VIA_MAATSCHAPPELIJK_EFFECT,
                Afspraakinhoud.TOTAALBUDGET, Afspraakinhoud.EFFECT, Afspraakinhoud.AANTALLEN);
        r.getRekenschap().getToetsingskader().add(x.meetbaarEffect("Meer gezinnen zelfredzaam"));
        assertOne(x.t.findings("4R-12"), Severity.WARNING, r, "maakt afspraken over aantallen",
                "alleen het totale budget en het gewenste effect");
    }

    @Test
    void fourR12WithoutEffectAgreementAndWithoutAMeasurableEffect() {
        Opdrachtrelatie r = vorm(x.meervoudig(), Opdrachtvorm.VIA_MAATSCHAPPELIJK_EFFECT,
                Afspraakinhoud.TOTAALBUDGET);
        r.getRekenschap().getToetsingskader().add(x.t.effect("Meer gezinnen zelfredzaam"));
        List<Finding> findings = x.t.findings("4R-12");
        assertEquals(2, findings.size());
        assertOne(findings.subList(0, 1), r, "maakt geen afspraken over effect");
        assertOne(findings.subList(1, 2), r, "noemt geen meetbare effectverschuiving");
    }

    @Test
    void fourR12BudgetAndAMeasurableEffectOfTheOpgaveIsFine() {
        Opdrachtrelatie r = vorm(x.meervoudig(), Opdrachtvorm.VIA_MAATSCHAPPELIJK_EFFECT,
                Afspraakinhoud.TOTAALBUDGET, Afspraakinhoud.EFFECT);
        FourRFixture.opgave(r).getVolgtUit().add(x.meetbaarEffect("Meer gezinnen zelfredzaam"));
        assertNone(x.t.findings("4R-12"));
    }

    @Test
    void fourR13AnOntwikkelteamThatPrescribesTheRoute() {
        Opdrachtrelatie r = vorm(x.meervoudig(), Opdrachtvorm.TUSSENVORM, Afspraakinhoud.TOTAALBUDGET,
                Afspraakinhoud.RESULTAAT, Afspraakinhoud.ROUTE);
        assertOne(x.t.findings("4R-13"), Severity.INFO, r, "(opdracht tussenvorm) maakt afspraken over route");
    }

    @Test
    void fourR13BudgetAndResultaatOnlyIsFine() {
        vorm(x.meervoudig(), Opdrachtvorm.TUSSENVORM, Afspraakinhoud.TOTAALBUDGET, Afspraakinhoud.RESULTAAT);
        assertNone(x.t.findings("4R-13"));
    }

    @Test
    void fourR14ARekenschapWithoutToetsingskader() {
        Opdrachtrelatie r = x.meervoudig();
        assertOne(x.t.findings("4R-14"), Severity.WARNING, r,
                "De rekenschap van Opdrachtrelatie 'Opdracht Multi-probleemgezin' verwijst naar geen enkel effect");
        r.getRekenschap().getToetsingskader().add(x.meetbaarEffect("Minder overlast"));
        assertNone(x.t.findings("4R-14"));
    }
}

package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.KapitaalgoedSoort;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;

/** 4R-6 (vraagstuk benoemd), 4R-7 (meer dan geld) and 4R-8 (kapitaalgoederen): rules on the opgave. */
class FourR6To8OpgaveTest {

    private final FourRFixture x = new FourRFixture();

    private Opgave meervoudigeOpgave() {
        Opgave o = FourRFixture.opgave(x.meervoudig());
        o.setAardEnOmvang("Circa 40 gezinnen met schulden, overlast en opvoedproblemen");
        return o;
    }

    @Test
    void fourR6AnOpgaveWithoutVraagstukAardEnOmvangOr4R() {
        Opgave o = x.t.opgave("Wijkgericht werken", Vraagstuk.ONBEKEND);
        assertOne(x.t.findings("4R-6"), Severity.ERROR, o, "Opgave 'Wijkgericht werken' benoemt niet:",
                "het vraagstuk (enkelvoudig, ingewikkeld of meervoudig)", "aard en omvang", "een opdrachtrelatie met de vier R's");
    }

    @Test
    void fourR6OnlyTheAardEnOmvangMissing() {
        Opgave o = FourRFixture.opgave(x.enkelvoudig());
        assertOne(x.t.findings("4R-6"), o, "benoemt niet: aard en omvang;");
        o.setAardEnOmvang("1200 cliënten");
        assertNone(x.t.findings("4R-6"));
    }

    @Test
    void fourR7AMeervoudigeOpgaveWithOnlyMoney() {
        Opgave o = meervoudigeOpgave();
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.GELD, x.gemeente);
        assertOne(x.t.findings("4R-7"), Severity.WARNING, o, "is meervoudig maar brengt alleen geld in");
    }

    @Test
    void fourR7ExpertiseBesidesMoneyOrAnEnkelvoudigeOpgaveIsFine() {
        Opgave o = meervoudigeOpgave();
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.GELD, x.gemeente);
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.EXPERTISE, x.deKern);
        Opgave enkel = FourRFixture.opgave(x.enkelvoudig());
        FourRFixture.kapitaalgoed(enkel, KapitaalgoedSoort.GELD, x.gemeente);
        assertNone(x.t.findings("4R-7"));
    }

    @Test
    void fourR7IsNotBuiltOnAGuessAKapitaalgoedOfUnknownSoortIsNoMoney() {
        Opgave o = meervoudigeOpgave();
        var onbekend = FourRFixture.kapitaalgoed(o, null, x.gemeente); // no soort chosen
        assertEquals(KapitaalgoedSoort.ONBEKEND, onbekend.getSoort(), "a kapitaalgoed has no soort until one is chosen");
        assertNone(x.t.findings("4R-7"));
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.GELD, x.gemeente);
        assertNone(x.t.findings("4R-7"));
        onbekend.setSoort(KapitaalgoedSoort.GELD);
        assertOne(x.t.findings("4R-7"), Severity.WARNING, o, "is meervoudig maar brengt alleen geld in");
    }

    @Test
    void fourR8NamesAKapitaalgoedOfUnknownSoortAsSuch() {
        Opgave o = meervoudigeOpgave();
        o.getKapitaalgoederen().add(nl.bondgenoot.rules.tests.TestModels.F.createKapitaalgoed());
        assertOne(x.t.findings("4R-8"), o, "kapitaalgoed van onbekende soort heeft geen aanbieder");
    }

    @Test
    void fourR7LeavesAnOpgaveWithoutKapitaalgoederenTo4R8() {
        Opgave o = meervoudigeOpgave();
        assertNone(x.t.findings("4R-7"));
        assertOne(x.t.findings("4R-8"), Severity.WARNING, o, "Opgave 'Multi-probleemgezin' noemt geen kapitaalgoederen");
    }

    @Test
    void fourR8AKapitaalgoedWithoutAanbieder() {
        Opgave o = meervoudigeOpgave();
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.GELD, x.gemeente);
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.EXPERTISE, null);
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.TIJD, null);
        List<Finding> findings = x.t.findings("4R-8");
        assertEquals(2, findings.size());
        assertOne(findings.subList(0, 1), o, "kapitaalgoed expertise heeft geen aanbieder");
        assertOne(findings.subList(1, 2), o, "kapitaalgoed tijd heeft geen aanbieder");
    }

    @Test
    void fourR8EveryKapitaalgoedWithItsAanbiederIsFine() {
        Opgave o = meervoudigeOpgave();
        FourRFixture.kapitaalgoed(o, KapitaalgoedSoort.EXPERTISE, x.deKern);
        assertNone(x.t.findings("4R-8"));
    }
}

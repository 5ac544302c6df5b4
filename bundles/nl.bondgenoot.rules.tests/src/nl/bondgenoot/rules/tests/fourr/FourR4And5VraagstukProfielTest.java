package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertContains;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.tests.TestModels;

/** 4R-4 (enkelvoudig) and 4R-5 (meervoudig): the 4R profile that fits the vraagstuk. */
class FourR4And5VraagstukProfielTest {

    private final FourRFixture x = new FourRFixture();

    @Test
    void theSeedsOwnExamplesFitTheirProfiles() {
        x.enkelvoudig();
        x.meervoudig();
        assertNone(x.t.findings("4R-4"));
        assertNone(x.t.findings("4R-5"));
    }

    @Test
    void anIngewikkeldVraagstukIsNamedButHeldToNeitherProfile() {
        // S1:439-442: 'redelijk eenvoudig', 'ingewikkelder', 'complex'; the seeds give the middle grade no profile
        for (Opdrachtrelatie r : java.util.List.of(x.enkelvoudig(), x.meervoudig())) {
            FourRFixture.opgave(r).setVraagstuk(Vraagstuk.INGEWIKKELD);
        }
        for (String rule : java.util.List.of("4R-4", "4R-5", "4R-9", "4R-10")) {
            assertNone(x.t.findings(rule));
        }
        // 4R-6 asks for aard en omvang here, not for the vraagstuk: ingewikkeld is a named grade
        x.t.findings("4R-6").forEach(f -> org.junit.jupiter.api.Assertions.assertFalse(
                f.message().contains("het vraagstuk ("), f.message()));
        Opdrachtrelatie variant = x.enkelvoudig();
        FourRFixture.opgave(variant).setVraagstuk(Vraagstuk.MEERVOUDIG); // a close variant does fire
        assertOne(x.t.findings("4R-5"), Severity.WARNING, variant, "hoort bij een meervoudig vraagstuk");
    }

    @Test
    void anEnkelvoudigeOpgaveWithAMeervoudigProfile() {
        Opdrachtrelatie r = x.enkelvoudig();
        TestModels.vierR(r, Niveau.LAAG, Niveau.HOOG, ResultaatSoort.MAATSCHAPPELIJK_EFFECT, Niveau.HOOG,
                RekenschapSoort.EFFECT);
        Finding f = assertOne(x.t.findings("4R-4"), Severity.WARNING, r, "hoort bij een enkelvoudig vraagstuk",
                "richting laag (verwacht hoog)", "ruimte hoog (verwacht laag)",
                "resultaat maatschappelijk effect (verwacht product)", "rekenschap effect (verwacht soort prestatie)");
        assertContains(f.quickFixHint(), "zet richting op hoog");
        assertNone(x.t.findings("4R-5"));
    }

    @Test
    void aMeervoudigeOpgaveWithAnEnkelvoudigProfile() {
        Opdrachtrelatie r = x.meervoudig();
        TestModels.vierR(r, Niveau.HOOG, Niveau.LAAG, ResultaatSoort.PRODUCT, Niveau.LAAG,
                RekenschapSoort.PRESTATIE);
        assertOne(x.t.findings("4R-5"), Severity.WARNING, r, "hoort bij een meervoudig vraagstuk",
                "richting hoog (verwacht laag)", "resultaat product (verwacht maatschappelijk effect)",
                "rekenschap laag/prestatie (verwacht hoog of soort effect)");
        assertNone(x.t.findings("4R-4"));
    }

    @Test
    void meervoudigRekenschapFitsByLevelOrByKind() {
        Opdrachtrelatie r = x.meervoudig();
        r.getRekenschap().setNiveau(Niveau.MIDDEL);
        assertNone(x.t.findings("4R-5"));
        r.getRekenschap().setNiveau(Niveau.HOOG);
        r.getRekenschap().setSoort(RekenschapSoort.PRESTATIE);
        assertNone(x.t.findings("4R-5"));
    }

    @Test
    void undeclaredValuesAndUndeclaredVraagstukAreNotJudged() {
        Opdrachtrelatie r = x.enkelvoudig();
        TestModels.vierR(r, Niveau.ONBEKEND, Niveau.ONBEKEND, ResultaatSoort.ONBEKEND, Niveau.ONBEKEND,
                RekenschapSoort.ONBEKEND);
        assertNone(x.t.findings("4R-4"));
        Opdrachtrelatie other = x.meervoudig();
        FourRFixture.opgave(other).setVraagstuk(Vraagstuk.ONBEKEND);
        TestModels.vierR(other, Niveau.HOOG, Niveau.LAAG, ResultaatSoort.PRODUCT, Niveau.LAAG,
                RekenschapSoort.PRESTATIE);
        assertNone(x.t.findings("4R-5"));
    }
}

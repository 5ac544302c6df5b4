package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertContains;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;

class FourR3RekenschapBijRuimteTest {

    private final FourRFixture x = new FourRFixture();

    @Test
    void muchRuimteWithMiddleRekenschap() {
        Opdrachtrelatie r = x.meervoudig();
        r.getRekenschap().setNiveau(Niveau.MIDDEL);
        Finding f = assertOne(x.t.findings("4R-3"), Severity.WARNING, r,
                "heeft ruimte hoog maar rekenschap middel", "bij ruimte krijgen hoort rekenschap afleggen");
        assertContains(f.quickFixHint(), "zet rekenschap op hoog");
    }

    @Test
    void littleRichtingAlsoAsksForMuchRekenschap() {
        Opdrachtrelatie r = x.meervoudig();
        r.getRuimte().setNiveau(Niveau.MIDDEL);
        r.getRekenschap().setNiveau(Niveau.MIDDEL);
        assertOne(x.t.findings("4R-3"), r, "heeft richting laag maar rekenschap middel");
    }

    @Test
    void rekenschapBelowRuimteIsTheInferredGeneralRule() {
        Opdrachtrelatie r = x.meervoudig();
        r.getRichting().setNiveau(Niveau.MIDDEL);
        r.getRuimte().setNiveau(Niveau.MIDDEL);
        r.getRekenschap().setNiveau(Niveau.LAAG);
        assertOne(x.t.findings("4R-3"), r, "rekenschap laag, lager dan de ruimte (middel)");
    }

    @Test
    void rekenschapMatchingTheRuimteIsFine() {
        x.meervoudig();
        x.enkelvoudig();
        assertNone(x.t.findings("4R-3"));
    }
}

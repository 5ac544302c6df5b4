package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Gemeentemodel;
import nl.bondgenoot.model.Instellingstrategie;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.rules.Severity;

/** 4R-9 (enkelvoudig: interventiemodel) and 4R-10 (meervoudig: ontwikkelmodel). */
class FourR9And10SamenspelTest {

    private final FourRFixture x = new FourRFixture();

    private static void samenspel(Opdrachtrelatie r, Gemeentemodel g, Instellingstrategie i, Opdrachtvorm v) {
        r.setGemeentemodel(g);
        r.setInstellingstrategie(i);
        r.setOpdrachtvorm(v);
    }

    @Test
    void fourR9AnEnkelvoudigeOpgaveInAnOntwikkelmodel() {
        Opdrachtrelatie r = x.enkelvoudig();
        samenspel(r, Gemeentemodel.ONTWIKKELMODEL, Instellingstrategie.VOLGEND,
                Opdrachtvorm.VIA_MAATSCHAPPELIJK_EFFECT);
        assertOne(x.t.findings("4R-9"), Severity.INFO, r, "hoort bij een enkelvoudig vraagstuk",
                "gemeentemodel ontwikkelmodel (verwacht interventiemodel)",
                "opdrachtvorm via maatschappelijk effect (verwacht via bestek)");
    }

    @Test
    void fourR9TheHuishoudelijkeHulpExampleOrNothingDeclaredIsFine() {
        Opdrachtrelatie r = x.enkelvoudig();
        assertNone(x.t.findings("4R-9"));
        samenspel(r, Gemeentemodel.INTERVENTIEMODEL, Instellingstrategie.VOLGEND, Opdrachtvorm.VIA_BESTEK);
        assertNone(x.t.findings("4R-9"));
    }

    @Test
    void fourR10AMeervoudigeOpgaveBoughtFromOneSupplier() {
        Opdrachtrelatie r = x.meervoudig();
        r.getOpdrachtnemers().remove(x.deKern);
        samenspel(r, Gemeentemodel.INTERVENTIEMODEL, Instellingstrategie.INITIEREND, Opdrachtvorm.ONBEKEND);
        assertOne(x.t.findings("4R-10"), Severity.WARNING, r, "hoort bij een meervoudig vraagstuk",
                "gemeentemodel interventiemodel (verwacht ontwikkelmodel)",
                "de gemeente is alleen inkoper, geen partner", "1 opdrachtnemer (verwacht een coalitie van minstens 2)");
    }

    @Test
    void fourR10TheMultiProbleemgezinExampleIsFine() {
        Opdrachtrelatie r = x.meervoudig();
        samenspel(r, Gemeentemodel.ONTWIKKELMODEL, Instellingstrategie.INITIEREND, Opdrachtvorm.TUSSENVORM);
        r.setGemeenteIsPartner(true);
        assertNone(x.t.findings("4R-10"));
    }
}

package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertContains;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;

class FourR1VierRIngevuldTest {

    private final FourRFixture x = new FourRFixture();

    @Test
    void missingRekenschapAndAnEmptyRichtingAreAnError() {
        Opdrachtrelatie r = x.meervoudig();
        r.getRichting().setTekst(" ");
        r.setRekenschap(null);
        Finding f = assertOne(x.t.findings("4R-1"), Severity.ERROR, r,
                "Opdrachtrelatie 'Opdracht Multi-probleemgezin' mist richting, rekenschap");
        assertContains(f.quickFixHint(), "beschrijving van de opgave");
    }

    @Test
    void anROfWhichOnlyTheTextIsGivenCounts() {
        Opdrachtrelatie r = x.enkelvoudig();
        r.getRuimte().setNiveau(Niveau.ONBEKEND);
        assertNone(x.t.findings("4R-1"));
    }

    @Test
    void allFourRsSpecifiedIsFine() {
        x.enkelvoudig();
        x.meervoudig();
        assertNone(x.t.findings("4R-1"));
    }

    @Test
    void aResultaatWithoutSoortOrTextIsMissing() {
        Opdrachtrelatie r = x.t.opdracht(x.t.opgave("Wijkgericht werken", Vraagstuk.ENKELVOUDIG), x.gemeente);
        assertOne(x.t.findings("4R-1"), r, "mist richting, ruimte, resultaat, rekenschap");
    }
}

package nl.bondgenoot.rules.tests.fourr;

import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertContains;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertNone;
import static nl.bondgenoot.rules.tests.fourr.RuleAssertions.assertOne;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.RuleProfile;

class FourR2CommunicerendeVatenTest {

    private final FourRFixture x = new FourRFixture();

    @Test
    void muchRichtingAndMuchRuimteAreOutOfBalance() {
        Opdrachtrelatie r = x.enkelvoudig();
        r.getRuimte().setNiveau(Niveau.HOOG);
        Finding f = assertOne(x.t.findings("4R-2"), Severity.WARNING, r,
                "combineert richting hoog met ruimte hoog", "meer richting betekent minder ruimte");
        assertContains(f.text(), "(S1:536-537)");
        assertContains(f.quickFixHint(), "verlaag de ruimte");
    }

    @Test
    void littleRichtingAndLittleRuimteAreOutOfBalance() {
        Opdrachtrelatie r = x.meervoudig();
        r.getRuimte().setNiveau(Niveau.LAAG);
        assertOne(x.t.findings("4R-2"), r, "richting laag met ruimte laag", "minder richting geeft meer ruimte");
    }

    @Test
    void oppositeOrMiddleLevelsAreFine() {
        x.enkelvoudig();
        Opdrachtrelatie r = x.meervoudig();
        assertNone(x.t.findings("4R-2"));
        r.getRichting().setNiveau(Niveau.MIDDEL);
        r.getRuimte().setNiveau(Niveau.MIDDEL);
        assertNone(x.t.findings("4R-2"));
    }

    @Test
    void theForbiddenCombinationsAreDataAProfileCanChange(@TempDir Path dir) throws Exception {
        Opdrachtrelatie r = x.enkelvoudig();
        r.getRuimte().setNiveau(Niveau.MIDDEL);
        assertNone(x.t.findings("4R-2"));
        Path profile = Files.writeString(dir.resolve(RuleProfile.FILE_NAME),
                "4R-2.verbodenCombinaties = HOOG:HOOG, HOOG:MIDDEL, LAAG:LAAG\n");
        List<Finding> findings = Rules.engine(RuleProfile.load(profile)).validate(x.t.model).stream()
                .filter(f -> f.ruleId().equals("4R-2")).toList();
        assertOne(findings, r, "richting hoog met ruimte middel");
    }
}

package nl.bondgenoot.rules.tests.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleCatalogue;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.tests.TestModels;

/** A rule set contributed at the extension point (by this fragment) runs like the built-in catalogue. */
class ContributedRuleSetTest {

    @TempDir
    Path dir;

    private TestModels model() {
        TestModels t = new TestModels();
        t.netwerk("Zonder beschrijving", t.gemeente("G"), t.organisatie("A"), t.organisatie("B"));
        return t;
    }

    @Test
    void theContributedRuleReportsWithItsIdSeverityAndHint() {
        TestModels t = model();
        List<Finding> vb1 = t.findings("VB-1");
        assertEquals(1, vb1.size());
        assertTrue(vb1.get(0).element() instanceof Netwerk);
        assertEquals("[VB-1] Netwerk 'Zonder beschrijving' heeft geen beschrijving van minstens 20 tekens (huisregel)",
                vb1.get(0).text());
        assertEquals("schrijf in een paar zinnen wat het netwerk doet", vb1.get(0).quickFixHint());
    }

    @Test
    void itIsInTheCatalogueAndAProfileControlsItLikeAnyRule() throws Exception {
        assertTrue(RuleCatalogue.markdown(Rules.all()).contains("| VB-1 | INFO | EXT | Een netwerk heeft een beschrijving | huisregel |"));
        Path profile = Files.writeString(dir.resolve(RuleProfile.FILE_NAME), "VB-1.minimumLengte = 0\n");
        TestModels t = model();
        t.model.getNetwerken().get(0).setBeschrijving("");
        assertTrue(Rules.engine(RuleProfile.load(profile)).validate(t.model).stream().noneMatch(f -> f.ruleId().equals("VB-1")));
    }
}

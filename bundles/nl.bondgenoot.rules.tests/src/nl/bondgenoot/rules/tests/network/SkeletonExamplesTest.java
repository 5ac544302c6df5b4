package nl.bondgenoot.rules.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;

/** The shipped skeleton examples stay as the CLI and UI tests expect: one clean, one with only NET-1. */
class SkeletonExamplesTest {

    private static List<String> ruleIds(String example) throws Exception {
        Path file = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", example);
        Governancemodel model = ModelFiles.load(file);
        return Rules.engine().validate(model).stream().map(Finding::ruleId).toList();
    }

    @Test
    void theCoreExampleHasNoFindings() throws Exception {
        assertEquals(List.of(), ruleIds("kamperpoort-kern.bondgenoot"));
    }

    @Test
    void theTooSmallExampleHasOnlyNet1() throws Exception {
        assertEquals(List.of("NET-1"), ruleIds("kamperpoort-te-klein.bondgenoot"));
    }
}

package nl.bondgenoot.compare.tests;

import static nl.bondgenoot.compare.tests.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.soorten.ActorSoortId;

/** `bondgenoot diff`: exit codes, text and JSON, and the version of a file at a Git revision (JGit). */
class DiffCommandTest {

    @TempDir
    Path folder;

    @Test
    void equalModelsGiveExitZero() throws Exception {
        Path a = base(folder, "a.bondgenoot");
        Path b = Files.copy(a, folder.resolve("b.bondgenoot"));
        Run run = Run.cli("diff", a.toString(), b.toString());
        assertEquals(ExitCode.OK, run.exit());
        assertEquals(a + " -> " + b + ": geen verschillen\n", run.out());
    }

    @Test
    void differencesGiveExitOneInTextAndJson() throws Exception {
        Path a = base(folder, "a.bondgenoot");
        Path b = variant(a, folder.resolve("b.bondgenoot"), model -> actor(model, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));
        Run text = Run.cli("diff", a.toString(), b.toString());
        assertEquals(ExitCode.FINDINGS, text.exit());
        assertTrue(text.out().contains("0 toegevoegd, 0 verwijderd, 1 gewijzigd, 0 verplaatst"), text.out());
        Run json = Run.cli("diff", a.toString(), b.toString(), "--format", "json");
        assertEquals(ExitCode.FINDINGS, json.exit());
        assertEquals(1, JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("wijzigingen").size());
    }

    @Test
    void badInputGivesExitTwoWithADutchLineAndNoOutput() throws Exception {
        Path a = base(folder, "a.bondgenoot");
        Path broken = Files.writeString(folder.resolve("kapot.bondgenoot"), "<bondgenoot:Governancemodel");
        Run run = Run.cli("diff", a.toString(), broken.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("bondgenoot diff: " + broken), run.err());
        Run missing = Run.cli("diff", a.toString(), folder.resolve("weg.bondgenoot").toString());
        assertTrue(missing.err().contains("bestand niet gevonden"), missing.err());
        Run usage = Run.cli("diff", a.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, usage.exit());
        assertTrue(usage.err().contains("Gebruik: bondgenoot diff A B"), usage.err());
    }

    @Test
    void aFileAgainstItsVersionAtAGitRevision() throws Exception {
        Path model = base(folder, "regio.bondgenoot");
        Run.git(folder, "init", "-q");
        Run.git(folder, "add", "regio.bondgenoot");
        assertEquals(0, Run.git(folder, "commit", "-q", "-m", "eerste versie").exit());
        variant(model, model, m -> actor(m, TRAVERS).setSoort(ActorSoortId.valueOf("ggz")));

        Run run = Run.cli("diff", model.toString(), "--git", "HEAD");
        assertEquals(ExitCode.FINDINGS, run.exit(), run.err());
        assertTrue(run.out().startsWith(model + "@HEAD -> " + model + ": 0 toegevoegd, 0 verwijderd, 1 gewijzigd"), run.out());
        assertTrue(run.out().contains("Soort: welzijn -> ggz"), run.out());

        Run unknown = Run.cli("diff", model.toString(), "--git", "bestaat-niet");
        assertEquals(ExitCode.USAGE_OR_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("revisie 'bestaat-niet' bestaat niet"), unknown.err());

        Path later = base(folder, "later.bondgenoot");
        Run notYet = Run.cli("diff", later.toString(), "--git", "HEAD");
        assertEquals(ExitCode.USAGE_OR_INPUT, notYet.exit());
        assertTrue(notYet.err().contains("bestond nog niet in revisie 'HEAD'"), notYet.err());
    }

    @Test
    void aFileOutsideAnyRepositoryIsSaidSo() throws Exception {
        Path model = base(folder, "los.bondgenoot");
        Run run = Run.cli("diff", model.toString(), "--git", "HEAD");
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exit());
        assertTrue(run.err().contains("staat niet in een Git-repository"), run.err());
    }
}

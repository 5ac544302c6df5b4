package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.DiagnosticsAndCompletionTest.code;
import static nl.bondgenoot.agenda.ide.tests.DiagnosticsAndCompletionTest.message;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.FileChangeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server follows what makes a project on disk, as the command line reads it afresh at every run:
 * a rule profile created, changed or deleted re-judges the open agenda without any edit of it, and a
 * folder that becomes a project (a bondgenoot.profiel or .project appears in it) stops seeing the
 * names of the folder around it. Both when the editor reports the change and when the server's own
 * watcher sees it (an editor without dynamic registration), also for a save through temporary file + rename.
 */
class ProfileAndMarkerChangesTest {

    @TempDir
    Path dir;

    @Test
    void aRuleSwitchedOffOrRegradedInTheProfileChangesTheFindingsOfTheOpenAgendaWhenTheEditorReportsIt() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Path profile = dir.resolve("bondgenoot.profiel");
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("4R-8")));
            String watched = lsp.watchedFilesRegistration();
            assertTrue(watched.contains("\"globPattern\":\"**/bondgenoot.profiel\""), watched);
            assertTrue(watched.contains("\"globPattern\":\"**/.project\""), watched);

            Files.writeString(profile, "4R-8 = uit\n");
            lsp.reportChange(profile, FileChangeType.Created);
            List<Diagnostic> off = lsp.diagnostics(ws.wijk, list -> list.stream().noneMatch(d -> code(d).equals("4R-8")));
            assertTrue(off.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Onbekende Partij'")), off.toString());

            Files.writeString(profile, "4R-8 = INFO\n");
            lsp.reportChange(profile, FileChangeType.Changed);
            lsp.diagnostics(ws.wijk, list -> list.stream()
                    .anyMatch(d -> code(d).equals("4R-8") && d.getSeverity() == DiagnosticSeverity.Information));

            Files.delete(profile);
            lsp.reportChange(profile, FileChangeType.Deleted);
            lsp.diagnostics(ws.wijk, list -> list.stream()
                    .anyMatch(d -> code(d).equals("4R-8") && d.getSeverity() == DiagnosticSeverity.Warning));
        }
    }

    @Test
    void aProfileSavedThroughATemporaryFileReachesTheOpenAgendaWithoutTheEditorsHelp() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Path profile = dir.resolve("bondgenoot.profiel");
        try (LspSession lsp = LspSession.withoutDynamicFileWatching(dir)) {
            lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("4R-8")));

            Path temporary = dir.resolve(".bondgenoot.profiel123.tmp");
            Files.writeString(temporary, "# zo bewaart de werkbank\n4R-8 = uit\n");
            Files.move(temporary, profile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            lsp.diagnostics(ws.wijk, list -> list.stream().noneMatch(d -> code(d).equals("4R-8")));

            Files.delete(profile);
            lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("4R-8")));
        }
    }

    @Test
    void aFolderThatBecomesAProjectOnDiskNoLongerSeesTheActorsBesideIt() throws Exception {
        Path zuid = twoAgendasOneModel();
        Path marker = dir.resolve("zuid/.project");
        try (LspSession lsp = LspSession.withoutDynamicFileWatching(dir)) {
            lsp.open(zuid);
            List<Diagnostic> before = lsp.diagnostics(zuid, list -> true);
            assertTrue(before.stream().noneMatch(d -> message(d).startsWith("onbekende actor")), before.toString());

            Files.writeString(marker, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<projectDescription><name>zuid</name></projectDescription>\n");
            List<Diagnostic> apart = lsp.diagnostics(zuid,
                    list -> list.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Noorderzon'")));
            assertTrue(apart.stream().anyMatch(d -> d.getRange().getStart().getLine() == 1), apart.toString());

            Files.delete(marker);
            lsp.diagnostics(zuid, list -> list.stream().noneMatch(d -> message(d).startsWith("onbekende actor")));
        }
    }

    @Test
    void aProfileCreatedInASubfolderMakesItAProjectWhenTheEditorReportsIt() throws Exception {
        Path zuid = twoAgendasOneModel();
        Path profile = dir.resolve("zuid/bondgenoot.profiel");
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(zuid);
            List<Diagnostic> before = lsp.diagnostics(zuid, list -> true);
            assertTrue(before.stream().noneMatch(d -> message(d).startsWith("onbekende actor")), before.toString());

            Files.writeString(profile, "# zuid is een project op zich\n");
            lsp.reportChange(profile, FileChangeType.Created);
            lsp.diagnostics(zuid, list -> list.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Noorderzon'")));

            Files.delete(profile);
            lsp.reportChange(profile, FileChangeType.Deleted);
            lsp.diagnostics(zuid, list -> list.stream().noneMatch(d -> message(d).startsWith("onbekende actor")));
        }
    }

    /** One opened folder without project markers: noord has a model with actor Noorderzon, zuid's agenda names it. */
    private Path twoAgendasOneModel() throws Exception {
        Path noord = Files.createDirectories(dir.resolve("noord"));
        Path zuid = Files.createDirectories(dir.resolve("zuid"));
        Files.writeString(noord.resolve("model.bondgenoot"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <bondgenoot:Governancemodel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:bondgenoot="https://bondgenoot.nl/model/1.0"
                    id="m-noord" naam="Noord">
                  <actoren id="a-noord" naam="Noorderzon" categorie="OVERHEID" soort="gemeente"/>
                </bondgenoot:Governancemodel>
                """);
        return Files.writeString(zuid.resolve("wijk.agenda"), """
                maatschappelijke agenda "Wijk"
                  proceseigenaar Noorderzon
                  visie "Samen."
                """);
    }
}

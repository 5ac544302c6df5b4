package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.DiagnosticsAndCompletionTest.message;
import static nl.bondgenoot.agenda.ide.tests.LspSession.at;
import static nl.bondgenoot.agenda.ide.tests.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project of an agenda in the language server is the project of the command line (the nearest
 * folder with bondgenoot.profiel or .project), also when the editor opens the folder above several
 * projects; and the server follows model files changed on disk, also for an editor that cannot be
 * asked to watch files, also when a save writes a temporary file and renames it over the model.
 */
class ProjectsAndModelChangesTest {

    @TempDir
    Path dir;

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bondgenoot:Governancemodel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:bondgenoot="https://bondgenoot.nl/model/1.0"
                id="m-%1$s" naam="Model %1$s">
              <actoren id="a-%1$s" naam="%1$s" categorie="OVERHEID" soort="gemeente"/>
            </bondgenoot:Governancemodel>
            """;

    private static final String AGENDA = """
            maatschappelijke agenda "Wijk"
              proceseigenaar %s
              visie "Samen."
            """;

    /** A project folder with a rule profile, a model with one actor and an agenda that names an actor. */
    private Path project(String name, String actor, String named) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("bondgenoot.profiel"), "# profiel van " + name + "\n");
        Files.writeString(folder.resolve("model.bondgenoot"), MODEL.formatted(actor));
        return Files.writeString(folder.resolve("wijk.agenda"), AGENDA.formatted(named));
    }

    @Test
    void twoSiblingProjectsInOneOpenedFolderDoNotSeeEachOthersActors() throws Exception {
        Path noord = project("noord", "Noorderzon", "Zuiderkroon"); // names the actor of the other project
        Path zuid = project("zuid", "Zuiderkroon", "Zuiderkroon");
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(noord);
            lsp.open(zuid);
            List<Diagnostic> inNoord = lsp.diagnostics(noord, list -> list.stream().anyMatch(d -> message(d).startsWith("onbekende actor")));
            assertTrue(inNoord.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Zuiderkroon'")), inNoord.toString());
            List<Diagnostic> inZuid = lsp.diagnostics(zuid, list -> true);
            assertTrue(inZuid.stream().noneMatch(d -> message(d).startsWith("onbekende actor")), inZuid.toString());

            Set<String> proposals = labels(lsp, new TextDocumentIdentifier(LspSession.uri(noord)), 1, "  proceseigenaar ".length());
            assertTrue(proposals.contains("Noorderzon"), proposals.toString());
            assertFalse(proposals.contains("Zuiderkroon"), "completion mengt de projecten: " + proposals);
        }
    }

    @Test
    void aModelRenamedOnDiskThroughATemporaryFileUpdatesTheAgendaWithoutTheEditorsHelp() throws Exception {
        Path agenda = project("noord", "Noorderzon", "Noorderzon");
        Path model = dir.resolve("noord/model.bondgenoot");
        try (LspSession lsp = LspSession.withoutDynamicFileWatching(dir)) {
            lsp.open(agenda);
            List<Diagnostic> before = lsp.diagnostics(agenda, list -> true);
            assertTrue(before.stream().noneMatch(d -> message(d).startsWith("onbekende actor")), before.toString());
            assertTrue(lsp.registrations.isEmpty(), "deze editor kan geen bestandswachters registreren: " + lsp.registrations);

            // How the workbench saves: a temporary file beside the model, renamed over it.
            Path temporary = dir.resolve("noord/.model.bondgenoot123.tmp");
            Files.writeString(temporary, MODEL.formatted("Noorderlicht"));
            Files.move(temporary, model, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

            List<Diagnostic> after = lsp.diagnostics(agenda,
                    list -> list.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Noorderzon'")));
            assertTrue(after.stream().anyMatch(d -> d.getRange().getStart().getLine() == 1), after.toString());
        }
    }

    private static Set<String> labels(LspSession lsp, TextDocumentIdentifier doc, int line, int character) throws Exception {
        Either<List<CompletionItem>, CompletionList> answer = await(
                lsp.server.getTextDocumentService().completion(new CompletionParams(doc, at(line, character))));
        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
    }
}

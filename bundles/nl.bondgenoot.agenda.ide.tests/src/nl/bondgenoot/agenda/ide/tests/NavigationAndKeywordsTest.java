package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.LspSession.at;
import static nl.bondgenoot.agenda.ide.tests.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Go to definition into a model file, what a keyword means on hover, an actor's rename refused before
 * the user types a name, and what an editor hears when it opens a model file.
 */
class NavigationAndKeywordsTest {

    @TempDir
    Path dir;

    @Test
    void goToDefinitionOnAnActorOpensTheModelFileAtTheActor() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Path model = dir.resolve("kamperpoort-kern.bondgenoot");
        List<String> modelLines = Files.readAllLines(model);
        int actorLine = 0;
        while (!modelLines.get(actorLine).contains("naam=\"Travers\"")) {
            actorLine++;
        }
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> true);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_LID_TRAVERS, "Travers");
            Either<List<? extends Location>, List<? extends LocationLink>> answer = await(lsp.server.getTextDocumentService()
                    .definition(new DefinitionParams(doc, at(Werkruimte.LINE_LID_TRAVERS, column + 2))));

            List<? extends Location> locations = answer.getLeft();
            assertEquals(1, locations.size(), locations.toString());
            Location location = locations.get(0);
            assertEquals(model.toRealPath(), Path.of(java.net.URI.create(location.getUri())).toRealPath());
            assertEquals(actorLine, location.getRange().getStart().getLine());
            int name = modelLines.get(actorLine).indexOf("Travers");
            assertEquals(at(actorLine, name), location.getRange().getStart());
            assertEquals(at(actorLine, name + "Travers".length()), location.getRange().getEnd());
        }
    }

    @Test
    void hoverOnAKeywordSaysWhatItMeans() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Path vastgesteld = Files.writeString(dir.resolve("vastgesteld.agenda"), """
                maatschappelijke agenda "Wijk"
                  vastgesteld door "Gemeente Zwolle"
                """);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_ENUM, "vraagstuk");
            String text = HoverAndOutlineTest.hover(lsp, doc, Werkruimte.LINE_ENUM, column + 2);
            assertEquals("**vraagstuk**: enkelvoudig, ingewikkeld of meervoudig", text);

            TextDocumentIdentifier other = lsp.open(vastgesteld);
            String door = HoverAndOutlineTest.hover(lsp, other, 1, "  vastgesteld d".length());
            assertEquals("**vastgesteld door**: actor die de agenda vaststelt, meestal de gemeenteraad", door);
        }
    }

    @Test
    void renamingAnActorIsRefusedBeforeTheUserTypesANewName() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            assertTrue(lsp.initializeResult.getCapabilities().getRenameProvider().getRight().getPrepareProvider(),
                    "de server beantwoordt prepareRename");
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> true);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_LID_TRAVERS, "Travers");
            ExecutionException refused = assertThrows(ExecutionException.class, () -> await(lsp.server.getTextDocumentService()
                    .prepareRename(new PrepareRenameParams(doc, at(Werkruimte.LINE_LID_TRAVERS, column + 1)))));

            assertTrue(refused.getCause() instanceof ResponseErrorException, String.valueOf(refused.getCause()));
            assertTrue(refused.getCause().getMessage().startsWith("'Travers' staat in het model kamperpoort-kern.bondgenoot"
                    + " en kan alleen daar een andere naam krijgen"), refused.getCause().getMessage());

            // An effect of the agenda itself may be renamed: prepareRename gives its range.
            int effect = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_EFFECT, "Zelfredzaamheid");
            var prepared = await(lsp.server.getTextDocumentService()
                    .prepareRename(new PrepareRenameParams(doc, at(Werkruimte.LINE_EFFECT, effect + 1))));
            assertTrue(prepared != null, "een effect mag hernoemd worden");
        }
    }

    @Test
    void anEditorThatOpensAModelFileHearsThatTheServerChecksAgendas() throws Exception {
        new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(dir.resolve("kamperpoort-kern.bondgenoot"));
            long deadline = System.nanoTime() + LspSession.TIMEOUT.toNanos();
            while (lsp.messages.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, lsp.messages.size(), lsp.messages.toString());
            assertTrue(lsp.messages.get(0).getMessage().contains("deze taalserver controleert agenda's (.agenda)"),
                    lsp.messages.get(0).getMessage());
            assertTrue(lsp.messages.get(0).getMessage().contains("bondgenoot validate"), lsp.messages.get(0).getMessage());
        }
    }
}

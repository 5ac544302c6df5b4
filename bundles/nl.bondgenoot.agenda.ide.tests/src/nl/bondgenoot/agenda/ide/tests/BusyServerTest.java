package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agenda with more problems than anyone reads in an editor, and a server that keeps answering
 * while it checks one: the editor gets the first thousand problems and a line that says how many
 * more there are; a hover on another agenda is answered while a check is still running.
 */
class BusyServerTest {

    private static final int MOST = 1000;

    @TempDir
    Path dir;

    @Test
    void anAgendaWithMoreProblemsThanTheEditorShowsGetsTheFirstThousandAndHowManyMore() throws Exception {
        new Werkruimte(dir);
        int names = 1500;
        Path groot = Files.writeString(dir.resolve("groot.agenda"), agendaWithUnknownNames(names));
        // The same agenda with one unknown name: its other problems (rule findings) are the large one's too.
        Path klein = Files.writeString(dir.resolve("klein.agenda"), agendaWithUnknownNames(1));
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(klein);
            int others = lsp.diagnostics(klein, list -> !list.isEmpty()).size() - 1;
            lsp.open(groot);
            List<Diagnostic> diagnostics = lsp.diagnostics(groot, list -> !list.isEmpty());

            assertEquals(MOST + 1, diagnostics.size(), "the first " + MOST + " and one that says how many more");
            // The errors first: here the unknown names, in the file's order.
            for (int i = 0; i < MOST; i++) {
                assertEquals("KOPPELING", code(diagnostics.get(i)));
                assertTrue(message(diagnostics.get(i)).startsWith("onbekende actor 'N" + (100000 + i) + "'"), message(diagnostics.get(i)));
            }
            Diagnostic more = diagnostics.get(MOST);
            assertEquals("MEER", code(more));
            assertEquals("nog " + (names + others - MOST) + " bevindingen in groot.agenda staan niet in deze lijst: de editor"
                    + " krijgt er hoogstens " + MOST + ". 'bondgenoot validate groot.agenda' noemt ze allemaal", message(more));
            assertEquals(DiagnosticSeverity.Error, more.getSeverity(), "as grave as the gravest problem left out");
            // It stands where the first problem left out is: the name N101000.
            assertEquals(Files.readString(groot).indexOf("N" + (100000 + MOST)), more.getRange().getStart().getCharacter());
        }
    }

    @Test
    void aHoverIsAnsweredWhileTheServerIsStillCheckingAnotherDocument() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier wijk = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> !list.isEmpty());
            CompletableFuture<String> hover = new CompletableFuture<>();
            // A check that runs until the hover is answered (at most a minute), asking now and then
            // whether it is cancelled, as Xtext's build and validation do between their steps.
            CompletableFuture<Boolean> check = lsp.requests.runWrite(() -> null, (cancelIndicator, nothing) -> {
                long deadline = System.nanoTime() + LspSession.TIMEOUT.toNanos();
                while (!hover.isDone() && System.nanoTime() < deadline) {
                    cancelIndicator.isCanceled();
                    Thread.onSpinWait();
                }
                return hover.isDone();
            });
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_LID_TRAVERS, "Travers");
            CompletableFuture.runAsync(() -> {
                try {
                    hover.complete(HoverAndOutlineTest.hover(lsp, wijk, Werkruimte.LINE_LID_TRAVERS, column + 2));
                } catch (Exception e) {
                    hover.completeExceptionally(e);
                }
            });

            assertTrue(check.get(2 * LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    "the hover waited until the check was over");
            assertTrue(await(hover).startsWith("**Actor Travers**"), hover.get());
        }
    }

    private static String agendaWithUnknownNames(int count) {
        return "maatschappelijke agenda \"A\" opgesteld met "
                + IntStream.range(0, count).mapToObj(i -> "N" + (100000 + i)).collect(Collectors.joining(", ")) + "\n";
    }

    private static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage().getLeft();
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft();
    }
}

package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.LspSession.at;
import static nl.bondgenoot.agenda.ide.tests.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;

/**
 * What an advisor sees in any LSP editor after opening an agenda: the rule findings with rule id,
 * Dutch message and seed source on the right line, a Dutch error for an actor the model does not
 * have, and completion that offers the language's words, enumeration values and the model's actors.
 */
class DiagnosticsAndCompletionTest {

    @TempDir
    Path dir;

    @Test
    void ruleFindingsArePublishedWithRuleIdDutchMessageSourceAndLine() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(ws.wijk);
            List<Diagnostic> diagnostics = lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("4R-8")));

            Diagnostic kapitaalgoederen = diagnostics.stream().filter(d -> code(d).equals("4R-8")).findFirst().orElseThrow();
            RuleInfo rule = Rules.all().stream().map(r -> r.info()).filter(i -> i.id().equals("4R-8")).findFirst().orElseThrow();
            // The id is the code, not repeated in the message.
            assertTrue(message(kapitaalgoederen).startsWith("Opgave 'MultiprobleemGezinnen' noemt geen kapitaalgoederen"),
                    message(kapitaalgoederen));
            assertTrue(message(kapitaalgoederen).endsWith("(" + rule.source() + ")"), message(kapitaalgoederen));
            assertTrue(rule.source().startsWith("S0:"), rule.source());
            assertEquals(DiagnosticSeverity.Warning, kapitaalgoederen.getSeverity());
            assertEquals("bondgenoot", kapitaalgoederen.getSource());
            // On the opgave's name: line 9 of the file, columns of "MultiprobleemGezinnen".
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_OPGAVE, "MultiprobleemGezinnen");
            assertEquals(at(Werkruimte.LINE_OPGAVE, column), kapitaalgoederen.getRange().getStart());
            assertEquals(at(Werkruimte.LINE_OPGAVE, column + "MultiprobleemGezinnen".length()), kapitaalgoederen.getRange().getEnd());
        }
    }

    @Test
    void anActorTheModelDoesNotHaveIsADutchLinkError() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(ws.wijk);
            List<Diagnostic> diagnostics = lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> message(d).contains("Onbekende Partij")));

            List<Diagnostic> linkErrors = diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error
                    && message(d).startsWith("onbekende actor")).toList();
            assertEquals(1, linkErrors.size(), "alleen de onbekende actor, de andere namen linken: " + diagnostics);
            Diagnostic onbekend = linkErrors.get(0);
            assertTrue(message(onbekend).startsWith("onbekende actor 'Onbekende Partij': geen actor met deze naam in de modelbestanden"),
                    message(onbekend));
            assertEquals(Werkruimte.LINE_ONBEKEND, onbekend.getRange().getStart().getLine());
            assertEquals("KOPPELING", code(onbekend), "the product's code, not Xtext's internal one");
        }
    }

    @Test
    void aMistypedKeywordIsASyntaxErrorAndHoldsTheRuleFindingsBack() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Files.writeString(ws.wijk, Werkruimte.WIJK.replace("  opdrachtgever \"Gemeente Zwolle\"", "  opdrachtgevr \"Gemeente Zwolle\""));
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(ws.wijk);
            List<Diagnostic> diagnostics = lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("SYNTAX")));
            Diagnostic syntax = diagnostics.stream().filter(d -> code(d).equals("SYNTAX")).findFirst().orElseThrow();
            assertEquals(Werkruimte.LINE_OPDRACHTGEVER, syntax.getRange().getStart().getLine(), diagnostics.toString());
            // No 4R-1 "mist richting, ruimte ..." or 4R-8 from what the parser skipped: the rules wait, and say so.
            assertTrue(diagnostics.stream().allMatch(d -> List.of("SYNTAX", "KOPPELING", "REGELS").contains(code(d))),
                    diagnostics.toString());
            assertTrue(diagnostics.stream().anyMatch(d -> code(d).equals("REGELS") && message(d).contains("syntaxfouten")),
                    diagnostics.toString());
        }
    }

    @Test
    void correctingTheActorsNameInTheEditorRemovesTheLinkError() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> message(d).contains("Onbekende Partij")));

            // The advisor types over the name: an incremental change of just that range.
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_ONBEKEND, "\"Onbekende Partij\"");
            TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                    new Range(at(Werkruimte.LINE_ONBEKEND, column), at(Werkruimte.LINE_ONBEKEND, column + "\"Onbekende Partij\"".length())),
                    "\"De Kern\"");
            lsp.server.getTextDocumentService().didChange(
                    new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(doc.getUri(), 2), List.of(change)));

            List<Diagnostic> after = lsp.diagnostics(ws.wijk, list -> list.stream().noneMatch(d -> message(d).startsWith("onbekende")));
            assertTrue(after.stream().anyMatch(d -> code(d).equals("4R-8")), "de regelbevindingen blijven: " + after);
        }
    }

    @Test
    void anActorRenamedInTheModelFileShowsUpInTheOpenAgendaOnceTheEditorReportsTheChange() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("4R-8")));
            // The server asked the editor to watch the model files.
            String watched = lsp.watchedFilesRegistration();
            assertTrue(watched.contains("\"globPattern\":\"**/*.bondgenoot\""), watched);

            // In the workbench, Travers is renamed; the editor reports the changed file.
            Path model = dir.resolve("kamperpoort-kern.bondgenoot");
            Files.writeString(model, Files.readString(model).replace("naam=\"Travers\"", "naam=\"Travers Welzijn\""));
            lsp.reportChange(model, FileChangeType.Changed);

            List<Diagnostic> after = lsp.diagnostics(ws.wijk,
                    list -> list.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Travers'")));
            Set<Integer> lines = after.stream().filter(d -> message(d).startsWith("onbekende actor 'Travers'"))
                    .map(d -> d.getRange().getStart().getLine()).collect(Collectors.toSet());
            assertTrue(lines.contains(Werkruimte.LINE_LID_TRAVERS), lines.toString());
        }
    }

    @Test
    void anEditorThatNamesNoFolderStillGetsDiagnostics() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = LspSession.withoutFolder(ws.wijk)) {
            lsp.open(ws.wijk);
            List<Diagnostic> diagnostics = lsp.diagnostics(ws.wijk, list -> list.stream().anyMatch(d -> code(d).equals("4R-8")));
            assertTrue(diagnostics.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Onbekende Partij'")));
        }
    }

    @Test
    void aModelFileWithoutTheActorsLeavesEveryActorNameUnknown() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Files.delete(dir.resolve("kamperpoort-kern.bondgenoot"));
        try (LspSession lsp = new LspSession(dir)) {
            lsp.open(ws.wijk);
            List<Diagnostic> diagnostics = lsp.diagnostics(ws.wijk,
                    list -> list.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Travers'")));
            assertTrue(diagnostics.stream().anyMatch(d -> message(d).startsWith("onbekende actor 'Gemeente Zwolle'")));
        }
    }

    @Test
    void completionOffersKeywordsEnumValuesAndTheModelsActors() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        Path file = Files.writeString(dir.resolve("nieuw.agenda"), """
                veranderagenda
                  opgave Wonen
                    vraagstuk meervoudig
                    coalitie
                      lid Travers
                  \
                """);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(file);
            lsp.diagnostics(file, list -> true);

            Set<String> afterVraagstuk = labels(lsp, doc, 2, "    vraagstuk ".length());
            assertTrue(afterVraagstuk.containsAll(Set.of("enkelvoudig", "ingewikkeld", "meervoudig")), afterVraagstuk.toString());

            Set<String> afterLid = labels(lsp, doc, 4, "      lid ".length());
            assertTrue(afterLid.containsAll(Set.of("Gemeente Zwolle", "Travers", "De Kern")), afterLid.toString());

            Set<String> newLine = labels(lsp, doc, 5, 2);
            assertTrue(newLine.containsAll(Set.of("lid", "opdrachtrelatie", "opgave", "uitvoeringsagenda")), newLine.toString());
        }
        assertTrue(Files.exists(ws.wijk));
    }

    private static Set<String> labels(LspSession lsp, TextDocumentIdentifier doc, int line, int character) throws Exception {
        Either<List<CompletionItem>, CompletionList> answer = await(
                lsp.server.getTextDocumentService().completion(new CompletionParams(doc, at(line, character))));
        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
    }

    static String message(Diagnostic diagnostic) {
        return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
    }

    static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null ? "" : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
                : String.valueOf(diagnostic.getCode().getRight());
    }
}

package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.LspSession.at;
import static nl.bondgenoot.agenda.ide.tests.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Find references and rename across the workspace's agendas, the refusal to rename an actor of a
 * model file, and the semantic tokens an editor colours the names with.
 */
class ReferencesRenameAndHighlightingTest {

    @TempDir
    Path dir;

    @Test
    void referencesToAnEffectAreFoundInEveryAgendaOfTheWorkspace() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> true);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_EFFECT, "Zelfredzaamheid");
            ReferenceParams params = new ReferenceParams(doc, at(Werkruimte.LINE_EFFECT, column + 1), new ReferenceContext(false));
            List<? extends Location> found = await(lsp.server.getTextDocumentService().references(params));

            Set<String> places = found.stream().map(l -> Path.of(java.net.URI.create(l.getUri())).getFileName() + ":"
                    + l.getRange().getStart().getLine()).collect(Collectors.toSet());
            assertEquals(Set.of("wijk.agenda:" + Werkruimte.LINE_VOLGT_UIT, "wijk.agenda:" + Werkruimte.LINE_UITVOERING_EFFECT,
                    "buurtteams.agenda:" + Werkruimte.BUURTTEAMS_LINE_EFFECT), places);
        }
    }

    @Test
    void renamingAnEffectChangesItsNameAndEveryReferenceQuotingANameWithSpaces() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> true);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_EFFECT, "Zelfredzaamheid");
            WorkspaceEdit edit = await(lsp.server.getTextDocumentService()
                    .rename(new RenameParams(doc, at(Werkruimte.LINE_EFFECT, column + 2), "Zelfredzaam in de wijk")));

            Map<String, List<TextEdit>> edits = editsPerFile(edit);
            assertEquals(Set.of("wijk.agenda", "buurtteams.agenda"), edits.keySet());
            assertEquals(3, edits.get("wijk.agenda").size(), edits.toString());
            assertEquals(1, edits.get("buurtteams.agenda").size(), edits.toString());
            for (List<TextEdit> perFile : edits.values()) {
                for (TextEdit e : perFile) {
                    assertEquals("\"Zelfredzaam in de wijk\"", e.getNewText());
                }
            }
            Set<Integer> lines = edits.get("wijk.agenda").stream().map(e -> e.getRange().getStart().getLine()).collect(Collectors.toSet());
            assertEquals(Set.of(Werkruimte.LINE_EFFECT, Werkruimte.LINE_VOLGT_UIT, Werkruimte.LINE_UITVOERING_EFFECT), lines);
        }
    }

    @Test
    void renamingAnOpgaveFromAReferenceInAnotherAgendaChangesBothFiles() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.buurtteams);
            lsp.diagnostics(ws.buurtteams, list -> true);
            int column = Werkruimte.column(Werkruimte.BUURTTEAMS, 1, "MultiprobleemGezinnen");
            WorkspaceEdit edit = await(lsp.server.getTextDocumentService()
                    .rename(new RenameParams(doc, at(1, column + 4), "Gezinnen")));

            Map<String, List<TextEdit>> edits = editsPerFile(edit);
            Set<Integer> wijkLines = edits.get("wijk.agenda").stream().map(e -> e.getRange().getStart().getLine())
                    .collect(Collectors.toSet());
            assertEquals(Set.of(Werkruimte.LINE_OPGAVE, Werkruimte.LINE_UITVOERING_EFFECT - 1), wijkLines, edits.toString());
            assertEquals(1, edits.get("buurtteams.agenda").size(), edits.toString());
            // A plain word stays unquoted.
            edits.values().forEach(list -> list.forEach(e -> assertEquals("Gezinnen", e.getNewText())));
        }
    }

    @Test
    void renamingAnUitvoeringsagendaChangesItsName() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.buurtteams);
            lsp.diagnostics(ws.buurtteams, list -> true);
            WorkspaceEdit edit = await(lsp.server.getTextDocumentService()
                    .rename(new RenameParams(doc, at(0, "uitvoeringsagenda B".length()), "Buurtteams Zuid")));

            Map<String, List<TextEdit>> edits = editsPerFile(edit);
            assertEquals(Set.of("buurtteams.agenda"), edits.keySet());
            TextEdit only = edits.get("buurtteams.agenda").get(0);
            assertEquals("\"Buurtteams Zuid\"", only.getNewText());
            assertEquals(at(0, "uitvoeringsagenda ".length()), only.getRange().getStart());
        }
    }

    @Test
    void renamingAnActorOfAModelFileIsRefusedInDutch() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> true);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_LID_TRAVERS, "Travers");
            ExecutionException refused = assertThrows(ExecutionException.class, () -> await(lsp.server.getTextDocumentService()
                    .rename(new RenameParams(doc, at(Werkruimte.LINE_LID_TRAVERS, column + 1), "Travers Welzijn"))));

            assertTrue(refused.getCause() instanceof ResponseErrorException, String.valueOf(refused.getCause()));
            String message = refused.getCause().getMessage();
            assertTrue(message.contains("'Travers' staat in het model kamperpoort-kern.bondgenoot en kan alleen daar een andere naam krijgen"),
                    message);
        }
    }

    @Test
    void semanticTokensMarkActorsEffectsOpgavenAndEnumValues() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            lsp.diagnostics(ws.wijk, list -> true);
            SemanticTokens tokens = await(lsp.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(doc)));
            List<String> legend = lsp.initializeResult.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
            Map<String, String> typeAt = decode(tokens.getData(), legend);

            assertEquals("class", typeAt.get(key(Werkruimte.LINE_LID_TRAVERS, "Travers")), typeAt.toString());
            assertEquals(null, typeAt.get(key(Werkruimte.LINE_ONBEKEND, "\"Onbekende Partij\"")), "een naam die niet linkt blijft gewoon");
            assertEquals("class", typeAt.get(key(Werkruimte.LINE_OPDRACHTGEVER, "\"Gemeente Zwolle\"")), typeAt.toString());
            assertEquals("namespace", typeAt.get(key(Werkruimte.LINE_NETWERK, "\"OK-team Kamperpoort\"")), typeAt.toString());
            assertEquals("enumMember", typeAt.get(key(Werkruimte.LINE_ENUM, "meervoudig")), typeAt.toString());
            assertEquals("event", typeAt.get(key(Werkruimte.LINE_EFFECT, "Zelfredzaamheid")), typeAt.toString());
            assertEquals("event", typeAt.get(key(Werkruimte.LINE_VOLGT_UIT, "Zelfredzaamheid")), typeAt.toString());
            assertEquals("type", typeAt.get(key(Werkruimte.LINE_OPGAVE, "MultiprobleemGezinnen")), typeAt.toString());
        }
    }

    private static String key(int line, String word) {
        return line + ":" + Werkruimte.column(Werkruimte.WIJK, line, word);
    }

    /** LSP's relative encoding (delta line, delta start, length, type, modifiers) back to "line:column" -> type. */
    private static Map<String, String> decode(List<Integer> data, List<String> legend) {
        Map<String, String> types = new HashMap<>();
        int line = 0;
        int start = 0;
        for (int i = 0; i + 4 < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            start = deltaLine == 0 ? start + data.get(i + 1) : data.get(i + 1);
            types.put(line + ":" + start, legend.get(data.get(i + 3)));
        }
        return types;
    }

    private static Map<String, List<TextEdit>> editsPerFile(WorkspaceEdit edit) {
        Map<String, List<TextEdit>> edits = new HashMap<>();
        if (edit.getChanges() != null) {
            edit.getChanges().forEach((uri, list) -> edits.computeIfAbsent(fileName(uri), k -> new ArrayList<>()).addAll(list));
        }
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().stream().filter(c -> c.isLeft()).map(c -> c.getLeft()).forEach((TextDocumentEdit c) -> edits
                    .computeIfAbsent(fileName(c.getTextDocument().getUri()), k -> new ArrayList<>()).addAll(c.getEdits().stream().map(e -> e.getLeft()).toList()));
        }
        return edits;
    }

    private static String fileName(String uri) {
        return Path.of(java.net.URI.create(uri)).getFileName().toString();
    }
}

package nl.bondgenoot.agenda.ide.tests;

import static nl.bondgenoot.agenda.ide.tests.LspSession.at;
import static nl.bondgenoot.agenda.ide.tests.LspSession.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;

/** Hovers and the outline, through the language server as an editor asks for them. */
class HoverAndOutlineTest {

    @TempDir
    Path dir;

    @Test
    void hoverOnARuleFindingExplainsTheRule() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        RuleInfo rule = Rules.all().stream().map(r -> r.info()).filter(i -> i.id().equals("4R-8")).findFirst().orElseThrow();
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_OPGAVE, "MultiprobleemGezinnen");
            String text = hover(lsp, doc, Werkruimte.LINE_OPGAVE, column + 3);

            assertTrue(text.contains("4R-8 — " + rule.title()), text);
            assertTrue(text.contains(rule.explanation()), text);
            // A user has no text copy of the seeds: the hover names the chapter beside the lines.
            assertTrue(text.contains("*Bron:* S0:544-550, 667-669 (hoofdstuk 4 \"Transformatie in het sociale domein:"
                    + " drie agenda's\")"), text);
            assertTrue(text.contains("*Herkomst:* " + rule.provenance().name() + " — "), text);
            assertTrue(text.matches("(?s).*(de brontekst zegt het zelf|onze lezing van de brontekst|andere literatuur).*"), text);
        }
    }

    @Test
    void hoverOnAnActorSaysWhatItIsAndWhichModelFileItComesFrom() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_LID_TRAVERS, "Travers");
            String text = hover(lsp, doc, Werkruimte.LINE_LID_TRAVERS, column + 2);

            assertTrue(text.startsWith("**Actor Travers**"), text);
            assertTrue(text.contains("categorie: maatschappelijke organisatie"), text);
            assertTrue(text.contains("soort: welzijn"), text);
            assertTrue(text.contains("*Uit het model:* kamperpoort-kern.bondgenoot"), text);
        }
    }

    @Test
    void hoverOnANetworkSaysWhatItIsAndWhichModelFileItComesFrom() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            int column = Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_NETWERK, "OK-team");
            String text = hover(lsp, doc, Werkruimte.LINE_NETWERK, column + 2);

            assertTrue(text.startsWith("**Netwerk OK-team Kamperpoort**"), text);
            assertTrue(text.contains("netwerktype: dienstverlening; 3 leden"), text);
            // The example's note cites S4 by line; the hover names the part of the publication too.
            assertTrue(text.contains("(S4:1686-1688 (praktijk \"OK-team Kamperpoort\"))"), text);
            assertTrue(text.contains("(S4:930-938 (hoofdstuk 5 \"Ontwikkelen van draagvlak\", § 5.1 \"Aandachtspunten, tips"
                    + " en voorbeelden\"))"), text);
            assertTrue(text.contains("*Uit het model:* kamperpoort-kern.bondgenoot"), text);
        }
    }

    @Test
    void hoverOnAnEffectReferenceShowsItsDescription() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.buurtteams);
            int column = Werkruimte.column(Werkruimte.BUURTTEAMS, Werkruimte.BUURTTEAMS_LINE_EFFECT, "Zelfredzaamheid");
            String text = hover(lsp, doc, Werkruimte.BUURTTEAMS_LINE_EFFECT, column + 1);

            assertTrue(text.startsWith("**Effect Zelfredzaamheid**"), text);
            assertTrue(text.contains("Meer inwoners zijn zelfredzaam"), text);
        }
    }

    @Test
    void theOutlineShowsTheAgendasWithReadableDutchNames() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(ws.wijk);
            List<Either<SymbolInformation, DocumentSymbol>> answer = await(
                    lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc)));
            List<DocumentSymbol> roots = answer.stream().map(Either::getRight).toList();

            assertEquals(List.of("Maatschappelijke agenda Zelfredzaam Zwolle", "Veranderagenda", "Uitvoeringsagenda Huisbezoeken"),
                    names(roots));
            DocumentSymbol effect = roots.get(0).getChildren().get(0);
            assertEquals("Effect Zelfredzaamheid", effect.getName());
            assertEquals(List.of("Indicator aandeel zelfredzaam"), names(effect.getChildren()));
            DocumentSymbol opgave = roots.get(1).getChildren().get(0);
            assertEquals("Opgave MultiprobleemGezinnen", opgave.getName());
            assertEquals(List.of("Opdrachtrelatie Huisbezoek"), names(opgave.getChildren()));
            // Selecting the opgave in the outline selects its name.
            assertEquals(at(Werkruimte.LINE_OPGAVE, Werkruimte.column(Werkruimte.WIJK, Werkruimte.LINE_OPGAVE, "MultiprobleemGezinnen")),
                    opgave.getSelectionRange().getStart());
        }
    }

    /** Participation and terugmeldingen (issue 14) are in the outline, each known by what it says. */
    @Test
    void theOutlineShowsParticipationAndTerugmeldingen() throws Exception {
        Werkruimte ws = new Werkruimte(dir);
        java.nio.file.Path file = java.nio.file.Files.writeString(ws.root.resolve("kamperpoort.agenda"), """
                maatschappelijke agenda Kamperpoort
                  gedragen door "OK-team Kamperpoort"
                  participatie adviseren
                    burgergroep "Wmo-raad Zwolle"
                uitvoeringsagenda Huisbezoeken2
                  terugmelding "de ervaringen van het OK-team"
                    aan "Gemeente Zwolle"
                """);
        try (LspSession lsp = new LspSession(dir)) {
            TextDocumentIdentifier doc = lsp.open(file);
            List<DocumentSymbol> roots = await(lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc)))
                    .stream().map(Either::getRight).toList();
            assertEquals(List.of("Participatie Wmo-raad Zwolle: adviseren"), names(roots.get(0).getChildren()));
            assertEquals(List.of("Terugmelding de ervaringen van het OK-team"), names(roots.get(1).getChildren()));
        }
    }

    static String hover(LspSession lsp, TextDocumentIdentifier doc, int line, int character) throws Exception {
        Hover hover = await(lsp.server.getTextDocumentService().hover(new HoverParams(doc, at(line, character))));
        return hover == null || hover.getContents() == null ? "" : hover.getContents().getRight().getValue();
    }

    private static List<String> names(List<DocumentSymbol> symbols) {
        return symbols.stream().map(DocumentSymbol::getName).collect(Collectors.toList());
    }
}

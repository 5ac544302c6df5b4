package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content assist as the LSP server gives it (ContentAssistService with the agenda's IDE module), at
 * the cursor (marked |) in real agenda texts in a project with a model file: actor names from the
 * model file, effects and opgaven, enumeration values and keywords, each with a Dutch description;
 * what is inserted parses.
 */
class ContentAssistTest {

    private static final String AGENDA = """
            maatschappelijke agenda "Kamperpoort"
              visie "Iedereen doet mee."

              effect Zelfredzaamheid "Meer inwoners zijn zelfredzaam"
                soort outcome

              effect "doel"

            veranderagenda
              opgave Gezinnen
                vraagstuk meervoudig
                $OPGAVE
                opdrachtrelatie Wijkaanpak
                  $RELATIE
            """;

    @TempDir
    Path project;

    private String text;

    private List<CompletionItem> completionsAt(String opgave, String relatie) throws Exception {
        return completionsIn(AGENDA.replace("$OPGAVE", opgave).replace("$RELATIE", relatie));
    }

    private List<CompletionItem> completionsIn(String marked) throws Exception {
        int cursor = marked.indexOf('|');
        text = marked.substring(0, cursor) + marked.substring(cursor + 1);
        XtextResource resource = IdeServices.load(project, text);
        Document document = new Document(1, text);
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()),
                document.getPosition(cursor));
        return IdeServices.injector().getInstance(ContentAssistService.class)
                .createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems();
    }

    private static CompletionItem item(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst().orElse(null);
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static String inserted(CompletionItem item) {
        TextEdit edit = item.getTextEdit().getLeft();
        return edit.getNewText();
    }

    @Test
    void actorsOfTheModelFileAreProposedQuotedWhenNeededWithTheirCategory() throws Exception {
        List<CompletionItem> items = completionsAt("", "opdrachtgever |");
        CompletionItem gemeente = item(items, "Gemeente Zwolle");
        assertNotNull(gemeente, "actor of the model file: " + labels(items));
        assertEquals("\"Gemeente Zwolle\"", inserted(gemeente));
        assertTrue(gemeente.getDetail().contains("(gemeente)"), gemeente.getDetail());
        CompletionItem travers = item(items, "Travers");
        assertNotNull(travers, labels(items).toString());
        assertEquals("Travers", inserted(travers), "a one-word name needs no quotes");
        assertTrue(travers.getDetail().contains("(welzijn)"), travers.getDetail());
    }

    @Test
    void whatWasTypedNarrowsTheActorsAndTheInsertedNameParses() throws Exception {
        List<CompletionItem> items = completionsAt("", "opdrachtgever Gem|");
        assertNotNull(item(items, "Gemeente Zwolle"), labels(items).toString());
        assertEquals(null, item(items, "Travers"), "Travers does not start with Gem");

        Document document = new Document(1, text).applyChanges(List.of(item(items, "Gemeente Zwolle").getTextEdit().getLeft()));
        assertTrue(document.getContents().contains("opdrachtgever \"Gemeente Zwolle\"\n"), document.getContents());
        XtextResource after = IdeServices.load(project, document.getContents());
        assertTrue(after.getErrors().isEmpty(), after.getErrors().toString());
    }

    @Test
    void anOpeningQuoteIsPartOfWhatWasTyped() throws Exception {
        List<CompletionItem> items = completionsAt("", "opdrachtgever \"Gem|");
        CompletionItem gemeente = item(items, "Gemeente Zwolle");
        assertNotNull(gemeente, labels(items).toString());
        Document document = new Document(1, text).applyChanges(List.of(gemeente.getTextEdit().getLeft()));
        assertTrue(document.getContents().contains("opdrachtgever \"Gemeente Zwolle\"\n"), document.getContents());
    }

    @Test
    void effectsAreProposedWithTheirKindAndAKeywordNameIsQuoted() throws Exception {
        List<CompletionItem> items = completionsAt("volgt uit |", "");
        CompletionItem effect = item(items, "Zelfredzaamheid");
        assertNotNull(effect, labels(items).toString());
        assertEquals("effect (outcome)", effect.getDetail());
        CompletionItem doel = item(items, "doel");
        assertNotNull(doel, labels(items).toString());
        assertEquals("\"doel\"", inserted(doel), "a name that is a keyword must be quoted");
    }

    @Test
    void opgavenAreProposedWithTheirVraagstuk() throws Exception {
        List<CompletionItem> items = completionsIn(AGENDA.replace("$OPGAVE", "").replace("$RELATIE", "")
                + "\nuitvoeringsagenda Thuis\n  voor opgave |\n");
        CompletionItem opgave = item(items, "Gezinnen");
        assertNotNull(opgave, labels(items).toString());
        assertEquals("opgave (meervoudig vraagstuk)", opgave.getDetail());
    }

    @Test
    void multiWordPhrasesAreProposedWholeWithADescription() throws Exception {
        List<CompletionItem> items = completionsAt("|", "");
        List<String> labels = labels(items);
        assertTrue(labels.contains("aard en omvang"), labels.toString());
        assertTrue(labels.contains("volgt uit"), labels.toString());
        assertFalse(labels.contains("aard"), "the phrase, not its first word: " + labels);
        assertEquals("aard en omvang van het vraagstuk", item(items, "aard en omvang").getDetail());
        assertEquals("aard en omvang", inserted(item(items, "aard en omvang")));
    }

    @Test
    void aPropertyTheOpgaveAlreadyHasIsNotProposedAgain() throws Exception {
        List<String> labels = labels(completionsAt("|", ""));
        assertFalse(labels.contains("vraagstuk"), "the opgave already says vraagstuk meervoudig: " + labels);
        assertTrue(labels.contains("probleem"), labels.toString());
        assertTrue(labels.contains("domeinoverschrijdend"), labels.toString());
    }

    @Test
    void theNetworksThatMayCarryTheAgendaAreThoseOfTheModelFile() throws Exception {
        List<CompletionItem> items = completionsIn(AGENDA.replace("$OPGAVE", "").replace("$RELATIE", "")
                .replace("  visie \"Iedereen doet mee.\"\n", "  visie \"Iedereen doet mee.\"\n  gedragen door |\n"));
        CompletionItem okTeam = item(items, "OK-team Kamperpoort");
        assertNotNull(okTeam, labels(items).toString());
        assertEquals("\"OK-team Kamperpoort\"", inserted(okTeam));
        assertEquals("netwerk", okTeam.getDetail());
        assertEquals(null, item(items, "Travers"), "an actor carries no agenda: " + labels(items));
    }

    @Test
    void theParticipationLadderIsProposedWithCoproductieAndMeebeslissenApart() throws Exception {
        List<String> labels = labels(completionsAt("participatie |", ""));
        assertTrue(labels.containsAll(List.of("geïnformeerd", "adviseren", "geraadpleegd", "coproductie-meebeslissen",
                "zelfbestuur", "coproductie", "meebeslissen")), labels.toString());
        List<String> properties = labels(completionsAt("participatie meebeslissen\n      |", ""));
        assertTrue(properties.containsAll(List.of("burgergroep", "fase", "rolgrens", "motivering")), properties.toString());
    }

    @Test
    void enumerationValuesAreProposedWithWhatTheyAre() throws Exception {
        List<CompletionItem> items = completionsAt("", "ruimte |");
        List<String> labels = labels(items);
        assertTrue(labels.containsAll(List.of("hoog", "middel", "laag")), labels.toString());
        assertEquals("niveau", item(items, "hoog").getDetail());
    }
}

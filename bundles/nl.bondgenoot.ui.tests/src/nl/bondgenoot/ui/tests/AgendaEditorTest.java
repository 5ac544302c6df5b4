package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.ui.AgendaEditors;
import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.agenda.ui.editor.AgendaRename;
import nl.bondgenoot.agenda.ui.editor.RenameAgendaElementHandler;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.GoToDefinition;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.views.FindingsView;
import nl.bondgenoot.ui.views.OverzichtView;

/**
 * The agenda editor in the running workbench: problems appear as the text changes (checked in the
 * background), content assist offers the project's actor names and inserts them, the hover explains
 * a finding, and a save writes the file that a reopened editor shows again.
 */
class AgendaEditorTest {

    private static final long CHECK_TIMEOUT_MS = 15_000;

    @TempDir
    Path project;

    private Path agenda;
    private AgendaEditor editor;

    @BeforeEach
    void openTheExampleAgendaBesideItsModel() throws Exception {
        Files.copy(example("kamperpoort-kern.bondgenoot"), project.resolve("kamperpoort.bondgenoot"));
        agenda = Files.copy(example("zelfredzaam.agenda"), project.resolve("zelfredzaam.agenda"));
        editor = AgendaEditors.open(page(), agenda);
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void aRuleFindingAppearsAfterAnEditAndDisappearsAfterTheFix() throws Exception {
        List<Issue> first = awaitProblems(issues -> codes(issues).contains("AG-9"));
        Issue ag9 = first.stream().filter(i -> "AG-9".equals(i.getCode())).findFirst().orElseThrow();
        assertEquals(1, ag9.getLineNumber(), "AG-9 sits on the agenda's name");
        assertTrue(editor.hoverAt(ag9.getOffset() + 1).contains("[AG-9]"), editor.hoverAt(ag9.getOffset() + 1));

        IDocument document = editor.document();
        int endOfFirstLine = document.get().indexOf('\n') + 1;
        type(document, endOfFirstLine, "  proceseigenaar \"Gemeente Zwolle\"\n  vastgesteld door \"Gemeente Zwol\"\n");
        List<Issue> broken = awaitProblems(issues -> issues.stream().anyMatch(i -> i.getMessage().contains("onbekende actor 'Gemeente Zwol'")));
        assertFalse(codes(broken).contains("AG-9"), "the owner is named: " + codes(broken));
        UiTestSupport.screenshot(UiTestSupport.window().getShell(), "agenda-editor.png");
        assertHoverOpensOn(document.get().indexOf("Gemeente Zwol\"") + 3, "onbekende actor 'Gemeente Zwol'", "agenda-hover.png");

        int typo = document.get().indexOf("Gemeente Zwol\"") + "Gemeente Zwol".length();
        type(document, typo, "le");
        List<Issue> fixed = awaitProblems(issues -> issues.stream().noneMatch(i -> i.getMessage().contains("onbekende actor")));
        assertFalse(codes(fixed).contains("AG-9"), codes(fixed).toString());
    }

    @Test
    void bevindingenShowsTheAgendasRuleFindingsAndGoesToTheElement() throws Exception {
        awaitProblems(issues -> codes(issues).contains("AG-9"));
        editor.setFocus();
        FindingsView view = UiTestSupport.findings();
        Finding ag9 = awaitFinding("AG-9");
        TableItem row = Arrays.stream(view.getViewer().getTable().getItems()).filter(item -> "AG-9".equals(item.getText(1)))
                .findFirst().orElseThrow(() -> new AssertionError("no AG-9 row in Bevindingen"));
        assertEquals("1", row.getText(3), "the line of the agenda's name");
        assertEquals("zelfredzaam.agenda", UiTestSupport.explorer().getViewer().getTree().getItem(0).getText(),
                "the Modelverkenner names the agenda by its file");

        page().activate(editor);
        view.reveal(ag9);
        ITextSelection selected = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("\"Zelfredzaam Zwolle\"", selected.getText());
    }

    /** Bevindingen follows the editor after its background check, on the UI thread. */
    private static Finding awaitFinding(String ruleId) {
        long end = System.currentTimeMillis() + CHECK_TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            settle(100);
            var found = BondgenootUi.session().findings().stream().filter(f -> ruleId.equals(f.ruleId())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("Bevindingen did not show " + ruleId + ": " + BondgenootUi.session().findings());
    }

    @Test
    void f3GoesFromANameToTheEffectAndToTheActorInItsModel() throws Exception {
        awaitProblems(issues -> true);
        IDocument document = editor.document();
        int use = document.get().indexOf("volgt uit Zelfredzaamheid") + "volgt uit ".length() + 3;
        assertTrue(GoToDefinition.go(page(), editor, use));
        ITextSelection selected = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("Zelfredzaamheid", selected.getText());
        assertEquals(3, selected.getStartLine(), "the effect's own line (0-based)");

        int endOfFirstLine = document.get().indexOf('\n') + 1;
        type(document, endOfFirstLine, "  proceseigenaar Travers\n");
        awaitProblems(issues -> codes(issues).contains("AG-9"));
        assertTrue(GoToDefinition.go(page(), editor, endOfFirstLine + "  proceseigenaar Tr".length()));
        ModelEditor model = assertInstanceOf(ModelEditor.class, page().getActiveEditor());
        assertEquals("kamperpoort.bondgenoot", model.getTitle());
        Object chosen = model.viewer().getStructuredSelection().getFirstElement();
        assertEquals("Travers", ((nl.bondgenoot.model.Actor) chosen).getNaam());
    }

    @Test
    void contentAssistOffersTheProjectsActorsAndInsertsTheChosenOne() {
        awaitProblems(issues -> true);
        IDocument document = editor.document();
        int endOfFirstLine = document.get().indexOf('\n') + 1;
        type(document, endOfFirstLine, "  proceseigenaar \n");
        int offset = endOfFirstLine + "  proceseigenaar ".length();
        List<ICompletionProposal> proposals = editor.completionsAt(offset);
        ICompletionProposal travers = proposals.stream().filter(p -> p.getDisplayString().startsWith("Travers")).findFirst()
                .orElseThrow(() -> new AssertionError("no Travers among " + proposals.stream().map(ICompletionProposal::getDisplayString).toList()));
        travers.apply(document);
        assertTrue(document.get().contains("  proceseigenaar Travers\n"), document.get());
    }

    @Test
    void ctrl1RepairsAg9AndTheFindingGoes() {
        Issue ag9 = awaitProblems(issues -> codes(issues).contains("AG-9")).stream()
                .filter(i -> "AG-9".equals(i.getCode())).findFirst().orElseThrow();
        List<ICompletionProposal> fixes = editor.quickFixesAt(ag9.getOffset());
        assertFalse(fixes.isEmpty(), "Ctrl+1 offers a repair for AG-9");
        fixes.get(0).apply(editor.document());
        List<Issue> after = awaitProblems(issues -> !codes(issues).contains("AG-9"));
        assertTrue(after.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR && i.getMessage().contains("onbekend")),
                "the repair names existing actors: " + after);
        assertTrue(editor.document().get().contains("proceseigenaar"), editor.document().get());
    }

    @Test
    void formattingIndentsAMessyAgendaAndKeepsItsMeaning() throws Exception {
        IDocument document = editor.document();
        document.set("maatschappelijke agenda \"Zelfredzaam Zwolle\"   visie \"v\"\neffect Zelfredzaamheid \"Meer\"\n");
        assertTrue(editor.format());
        // The effect had a line of its own: whether a blank line precedes it stays the author's choice.
        assertEquals("maatschappelijke agenda \"Zelfredzaam Zwolle\"\n  visie \"v\"\n  effect Zelfredzaamheid \"Meer\"\n",
                document.get());
        document.set("maatschappelijke agenda \"Kapot");
        assertFalse(editor.format(), "a text with syntax errors is left alone");
        assertEquals("maatschappelijke agenda \"Kapot", document.get());
    }

    @Test
    void theOverzichtListsTheAgendaAndChoosingAnEntrySelectsItsName() throws Exception {
        awaitProblems(issues -> true);
        OverzichtView view = (OverzichtView) page().showView(OverzichtView.ID);
        editor.setFocus();
        settle(300);
        assertEquals("Overzicht", view.getPartName());
        Tree tree = (Tree) editor.outline().getControl();
        List<String> shown = texts(tree.getItems());
        assertEquals(2, shown.size(), shown.toString()); // the two agendas of the file
        List<String> all = new ArrayList<>();
        collect(tree.getItems(), all);
        assertTrue(all.stream().anyMatch(t -> t.contains("Zelfredzaamheid")) && all.stream().anyMatch(t -> t.contains("MultiprobleemGezinnen")),
                all.toString());

        TreeItem opgave = find(tree.getItems(), "MultiprobleemGezinnen");
        editor.outline().setSelection(new StructuredSelection(opgave.getData()));
        settle(100);
        ITextSelection selected = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("MultiprobleemGezinnen", selected.getText());
    }

    private static void collect(TreeItem[] items, List<String> texts) {
        for (TreeItem item : items) {
            texts.add(item.getText());
            item.setExpanded(true);
            collect(item.getItems(), texts);
        }
    }

    private static TreeItem find(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().contains(text)) {
                return item;
            }
            TreeItem inner = find(item.getItems(), text);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Test
    void aSavedEditIsThereWhenTheAgendaIsOpenedAgain() throws Exception {
        IDocument document = editor.document();
        type(document, document.getLength(), "\n// bewaard\n");
        assertTrue(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(agenda).endsWith("\n// bewaard\n"), Files.readString(agenda));
        page().closeAllEditors(false);
        editor = AgendaEditors.open(page(), agenda);
        assertTrue(editor.document().get().endsWith("\n// bewaard\n"));
    }

    @Test
    void namesAreColouredByWhatTheyNameOnceTheCheckHasLinkedThem() throws Exception {
        IDocument document = editor.document();
        type(document, document.get().indexOf('\n') + 1, "  proceseigenaar \"Gemeente Zwolle\"\n  vastgesteld door \"Gemeente Zwol\"\n");
        String text = document.get();
        int actor = text.indexOf("Gemeente Zwolle") + 1;
        int typo = text.indexOf("Gemeente Zwol\"") + 1;
        int declared = text.indexOf("Zelfredzaamheid ") + 1;
        int referred = text.lastIndexOf("Zelfredzaamheid") + 1;
        awaitColour(actor, ACTOR_BROWN);
        assertEquals(EFFECT_BLUE, editor.colourAt(declared).getRGB(), "an effect where it is declared");
        assertEquals(EFFECT_BLUE, editor.colourAt(referred).getRGB(), "and where it is referred to");
        assertFalse(ACTOR_BROWN.equals(editor.colourAt(typo).getRGB()), "a name that does not link is not coloured as an actor");
        assertEquals(KEYWORD_PURPLE, editor.colourAt(text.indexOf("proceseigenaar") + 1).getRGB());
    }

    @Test
    void renameChangesTheEffectItsReferencesAndTheOtherAgendasOfTheProjectAndUndoTakesItBackInOneStep() throws Exception {
        Path other = Files.writeString(project.resolve("eenzaamheid.agenda"),
                "veranderagenda\n  opgave Eenzaamheid\n    vraagstuk enkelvoudig\n    volgt uit Zelfredzaamheid\n");
        page().closeAllEditors(false);
        editor = AgendaEditors.open(page(), agenda); // reads the project again, now with the second agenda
        awaitProblems(issues -> true);
        String before = editor.document().get();
        int declared = before.indexOf("Zelfredzaamheid ");

        List<Path> changed = AgendaRename.rename(editor, declared + 2, "Zelfstandigheid",
                new RenameAgendaElementHandler.OpenAgendaEditors(page()));
        settle(200);
        String after = editor.document().get();
        assertEquals(0, count(after, "Zelfredzaamheid"), after);
        assertEquals(count(before, "Zelfredzaamheid"), count(after, "Zelfstandigheid"), after);
        assertTrue(editor.isDirty(), "the renamed agenda waits to be saved");
        assertEquals(List.of(other), changed);
        assertTrue(Files.readString(other).contains("volgt uit Zelfstandigheid"), Files.readString(other));

        UiTestSupport.window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(before, editor.document().get(), "one undo takes the whole rename back in this agenda");
    }

    @Test
    void theContextMenuIsDutchAndOffersTheAgendaCommands() {
        Menu menu = ((StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class)).getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> labels = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(t -> !t.isEmpty()).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(labels.containsAll(List.of("Ongedaan maken\tCtrl+Z", "Knippen\tCtrl+X", "Voorstellen\tCtrl+Spatie", "Snelle reparatie\tCtrl+1",
                "Ga naar definitie\tF3", "Hernoemen\u2026\tAlt+Shift+R", "Opmaken\tCtrl+Shift+F")), labels.toString());
        assertFalse(labels.stream().anyMatch(t -> t.startsWith("Undo") || t.startsWith("Revert") || t.startsWith("Show In")
                || t.startsWith("Preferences")), "no English platform items: " + labels);
    }

    @Test
    void renamingAnActorIsRefusedWithWhereToDoIt() throws Exception {
        IDocument document = editor.document();
        type(document, document.get().indexOf('\n') + 1, "  proceseigenaar \"Gemeente Zwolle\"\n");
        awaitProblems(issues -> true);
        String before = document.get();
        AgendaRename.Refused refused = assertThrows(AgendaRename.Refused.class, () -> AgendaRename.rename(editor,
                before.indexOf("Gemeente Zwolle") + 2, "Gemeente Kampen", new RenameAgendaElementHandler.OpenAgendaEditors(page())));
        assertTrue(refused.getMessage().contains("staat in het model kamperpoort.bondgenoot"), refused.getMessage());
        assertEquals(before, document.get(), "nothing changed");
    }

    /**
     * What hovering at the offset shows, in JFace's hover control at that place, pictured. (Under Xvfb
     * without a window manager a resting mouse gives GTK no hover event, so the test opens the control
     * the editor's hover uses itself, with the editor's hover text.)
     */
    private void assertHoverOpensOn(int offset, String expected, String screenshot) throws Exception {
        String info = editor.hoverAt(offset);
        assertTrue(info != null && info.contains(expected), info);
        Shell window = UiTestSupport.window().getShell();
        editor.selectAndReveal(offset, 0);
        StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
        Point at = text.toDisplay(text.getLocationAtOffset(offset));
        // The kind of control the editor's hover uses (TextSourceViewerConfiguration): it wraps to its size constraints.
        DefaultInformationControl hover = new DefaultInformationControl(window, (String) null);
        try {
            hover.setSizeConstraints(560, 300);
            hover.setInformation(info);
            Point size = hover.computeSizeHint();
            hover.setSize(Math.min(size.x, 640), size.y);
            hover.setLocation(new Point(at.x, at.y + text.getLineHeight() + 2));
            hover.setVisible(true);
            settle(300);
            UiTestSupport.capture(window, screenshot);
        } finally {
            hover.dispose();
        }
    }

    private static final RGB ACTOR_BROWN = new RGB(150, 75, 0);
    private static final RGB EFFECT_BLUE = new RGB(0, 60, 140);
    private static final RGB KEYWORD_PURPLE = new RGB(127, 0, 85);

    private void awaitColour(int offset, RGB expected) {
        long end = System.currentTimeMillis() + CHECK_TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            settle(100);
            if (editor.colourAt(offset) != null && expected.equals(editor.colourAt(offset).getRGB())) {
                return;
            }
        }
        throw new AssertionError("no " + expected + " at " + offset + ": " + editor.colourAt(offset));
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    /** Changes the text as typing does: through the document, so the editor reacts as it does to keys. */
    private static void type(IDocument document, int offset, String text) {
        try {
            document.replace(offset, 0, text);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits, processing UI events, until the background check reports problems that satisfy the condition. */
    private List<Issue> awaitProblems(Predicate<List<Issue>> condition) {
        long end = System.currentTimeMillis() + CHECK_TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            settle(100);
            List<Issue> problems = editor.problems();
            if (!problems.isEmpty() && condition.test(problems)) {
                return problems;
            }
        }
        throw new AssertionError("the editor did not show the expected problems; last: " + editor.problems());
    }

    private static List<String> codes(List<Issue> issues) {
        return issues.stream().map(Issue::getCode).toList();
    }
}

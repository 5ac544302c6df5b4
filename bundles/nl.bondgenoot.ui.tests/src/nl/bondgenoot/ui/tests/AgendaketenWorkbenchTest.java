package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.await;
import static nl.bondgenoot.ui.tests.UiTestSupport.evaluate;
import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.ui.AgendaEditors;
import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.diagram.ui.AgendaketenView;

/**
 * The Agendaketen beside the agenda editor: "Agendaketen tonen" opens it, it draws the agenda's chain,
 * and a new opgave typed in the editor (not saved) appears in the chain after the background check.
 */
class AgendaketenWorkbenchTest {

    private static final String SHOW = "nl.bondgenoot.diagram.ui.agendaketen.show";

    @TempDir
    Path project;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        if (page().findView(AgendaketenView.ID) != null) {
            page().hideView(page().findView(AgendaketenView.ID));
        }
        settle(200);
    }

    @Test
    void theChainStandsBesideTheEditorAndFollowsWhatIsTyped() throws Exception {
        Path agenda = Files.copy(example("zelfredzaam.agenda"), project.resolve("zelfredzaam.agenda"));
        Files.copy(example("kamperpoort-kern.bondgenoot"), project.resolve("kamperpoort.bondgenoot"));
        AgendaEditor editor = AgendaEditors.open(page(), agenda);
        settle(300);
        window().getService(IHandlerService.class).executeCommand(SHOW, null);
        settle(300);
        AgendaketenView view = assertInstanceOf(AgendaketenView.class, page().findView(AgendaketenView.ID));
        assertSame(editor, view.editor());
        assertSame(editor, page().getActiveEditor(), "the text keeps the focus");
        assertEquals(org.eclipse.osgi.util.NLS.bind(nl.bondgenoot.diagram.ui.Messages.chain_title, "zelfredzaam.agenda"), view.getPartName());
        Browser browser = view.browser();
        org.eclipse.swt.graphics.Rectangle chain = browser.getDisplay().map(browser.getParent(), null, browser.getBounds());
        org.eclipse.swt.custom.StyledText textControl = ((org.eclipse.jface.text.ITextViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class)).getTextWidget();
        org.eclipse.swt.graphics.Rectangle typing = textControl.getDisplay().map(textControl.getParent(), null, textControl.getBounds());
        assertTrue(chain.x >= typing.x + typing.width - 1 && chain.y < typing.y + typing.height && typing.y < chain.y + chain.height,
                "the chain stands right of the text, at the same height: chain " + chain + ", text " + typing);
        int opgaven = Integer.parseInt(awaitCount(browser, "opgave", n -> n > 0));

        IDocument document = editor.document();
        String text = document.get();
        int at = text.indexOf("uitvoeringsagenda");
        String typed = "  opgave EenzaamheidVerminderen \"minder eenzame ouderen\"\n    volgt uit "
                + firstEffect(text) + "\n";
        if (at < 0) {
            at = text.length();
        }
        assertTrue(text.contains("veranderagenda"), "the example has a veranderagenda: " + text);
        document.replace(at, 0, typed);
        await(() -> "true".equals(evaluate(browser, "return String([...document.querySelectorAll('#netwerkkaart g.opgave text')]"
                + ".some(t => t.textContent === 'EenzaamheidVerminderen'));")),
                () -> "the new opgave is not drawn; the page shows: " + evaluate(browser, "return document.body.innerText;"));
        assertEquals(String.valueOf(opgaven + 1), count(browser, "opgave"));
        assertFalse(Integer.parseInt(count(browser, "volgt-uit")) == 0, "the line from its effect");
        assertTrue(editor.isDirty(), "typed, not saved: the chain shows the editor's text");
        UiTestSupport.screenshot(window().getShell(), "agendaketen-werkbank.png");
    }

    private static String firstEffect(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n\\s*effect (\\w+)").matcher(text);
        assertTrue(m.find(), "the example has an effect");
        return m.group(1);
    }

    private static String count(Browser browser, String kind) {
        return evaluate(browser, "return String(document.querySelectorAll('#netwerkkaart g." + kind + "').length);");
    }

    private static String awaitCount(Browser browser, String kind, java.util.function.IntPredicate ok) {
        await(() -> {
            String n = count(browser, kind);
            return n != null && n.matches("\\d+") && ok.test(Integer.parseInt(n));
        }, () -> "no " + kind + " drawn; the page shows: " + evaluate(browser, "return document.body.innerText;"));
        return count(browser, kind);
    }
}

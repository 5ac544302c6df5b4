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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.ui.Messages;
import nl.bondgenoot.diagram.ui.VergelijkkaartEditor;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelEditors;

/**
 * "Vergelijken met > Git-revisie…" on the model in the model editor: the model, committed and then
 * changed (De Kern renamed), opens beside it as a compare map with De Kern marked as changed.
 */
class VergelijkkaartWorkbenchTest {

    private static final String WITH_REVISION = "nl.bondgenoot.diagram.ui.compare.revision";

    @TempDir
    Path project;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void aModelComparedWithItsLastCommitOpensAsAMarkedMap() throws Exception {
        Path model = project.resolve("kamperpoort.bondgenoot");
        Files.copy(example("kamperpoort-kern.bondgenoot"), model);
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "eerste versie");
        Files.writeString(model, Files.readString(model, StandardCharsets.UTF_8).replace("naam=\"De Kern\"", "naam=\"De Kern Zwolle\""),
                StandardCharsets.UTF_8);
        ModelEditor tree = ModelEditors.open(page(), model);
        settle(300);

        ModalDialogCloser dialog = ModalDialogCloser.pressWhenOpen(Messages.compare_revisionTitle, IDialogConstants.OK_LABEL,
                "vergelijken-revisie.png");
        window().getService(IHandlerService.class).executeCommand(WITH_REVISION, null);
        settle(300);
        assertTrue(dialog.found(), "the revision is asked");
        VergelijkkaartEditor compare = assertInstanceOf(VergelijkkaartEditor.class, page().getActiveEditor());
        assertEquals("Vergelijking met Git-revisie HEAD: 0 toegevoegd, 0 verwijderd, 1 gewijzigd", compare.title());
        assertTrue(compare.getPartName().contains("kamperpoort.bondgenoot"), compare.getPartName());
        Browser browser = compare.browser();
        await(() -> "1".equals(evaluate(browser, "return String(document.querySelectorAll('#netwerkkaart g.vergelijk-gewijzigd').length);")),
                () -> "De Kern is not marked; the page shows: " + evaluate(browser, "return document.body.innerText;"));
        assertEquals("gewijzigd: naam", evaluate(browser,
                "return [...document.querySelectorAll('#netwerkkaart g.vergelijk-gewijzigd g.badge text')].map(t => t.textContent).join('|');"));
        assertFalse(compare.isDirty(), "only shown");
        assertFalse(tree.isDirty(), "the model editor's model is not touched");
        UiTestSupport.screenshot(window().getShell(), "vergelijken-werkbank.png");
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", project.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}

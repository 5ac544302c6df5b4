package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.explorer;
import static nl.bondgenoot.ui.tests.UiTestSupport.findings;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * The test pom passes kamperpoort-te-klein.bondgenoot as an application argument, the way the
 * launcher script passes files: it is open once the workbench is up. AllUiTests runs it first.
 */
class StartupTest {

    @Test
    void theModelFileGivenOnTheCommandLineIsOpen() {
        assertEquals(example("kamperpoort-te-klein.bondgenoot"), BondgenootUi.session().file());
        assertEquals("OK-team Kamperpoort (te klein, skelet)", explorer().getViewer().getTree().getItem(0).getText());
        assertEquals(1, findings().getViewer().getTable().getItemCount());
        assertEquals("Bondgenoot \u2014 kamperpoort-te-klein.bondgenoot", window().getShell().getText());
        ModelEditor editor = assertInstanceOf(ModelEditor.class, window().getActivePage().getActiveEditor(),
                "the model is open in its editor, as the menu opens it");
        assertEquals("kamperpoort-te-klein.bondgenoot", editor.getTitle());
    }
}

package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.explorer;
import static nl.bondgenoot.ui.tests.UiTestSupport.findings;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.ui.BondgenootUi;

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
    }
}

package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.examples.Voorbeelden;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.welcome.WelcomePage;

/** The Welkom page offers the shipped examples; one click makes a project of one and opens its agenda. */
class WelcomeTest {

    @TempDir
    Path projects;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void anExampleBecomesAProjectWithOneClick() throws Exception {
        WelcomePage welcome = WelcomePage.open(page());
        settle(200);
        UiTestSupport.screenshot(window().getShell(), "welkom.png");
        List<String> offered = welcome.exampleButtons().stream().map(Button::getText).toList();
        assertEquals(Voorbeelden.all().stream().map(Voorbeelden.Voorbeeld::titel).toList(), offered);

        welcome.setProjectsFolder(projects);
        Button skelet = welcome.exampleButtons().stream().filter(b -> ((Voorbeelden.Voorbeeld) b.getData()).map().equals("skelet"))
                .findFirst().orElseThrow();
        Path first = welcome.openExample((Voorbeelden.Voorbeeld) skelet.getData());
        assertEquals(projects.resolve("skelet"), first);
        assertTrue(Files.exists(first.resolve("kamperpoort-kern.bondgenoot")) && Files.exists(first.resolve("bondgenoot.profiel")));
        assertEquals(first, BondgenootUi.project().folder());
        AgendaEditor agenda = assertInstanceOf(AgendaEditor.class, page().getActiveEditor());
        assertEquals("zelfredzaam.agenda", agenda.getTitle());

        Path second = WelcomePage.open(page()).openExample((Voorbeelden.Voorbeeld) skelet.getData());
        assertTrue(second == null || !second.equals(first), "a second project never overwrites the first");
    }
}

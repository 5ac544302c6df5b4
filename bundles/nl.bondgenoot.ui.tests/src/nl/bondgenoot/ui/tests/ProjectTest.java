package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.examples.Voorbeelden;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.project.NewProjectWizard;
import nl.bondgenoot.ui.project.ProjectExplorerView;

/**
 * Bestand > Nieuw project… from an example, as a user fills in the wizard: the project folder gets a
 * rule profile and the example's files, the Projectverkenner shows them, the first agenda opens and
 * is judged; a new model and a new agenda in the project open in their editors.
 */
class ProjectTest {

    @TempDir
    Path home;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void aNewProjectFromTheAgendaExampleOpensWithItsFilesAndFirstAgenda() throws Exception {
        Voorbeelden.Voorbeeld agendas = Voorbeelden.all().stream().filter(v -> v.map().equals("agendas")).findFirst().orElseThrow();
        NewProjectWizard wizard = new NewProjectWizard(page());
        WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.settings().fill("Wmo Zwolle", home, agendas);
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        settle(300);

        Path project = home.resolve("Wmo Zwolle");
        assertTrue(Files.readString(project.resolve("bondgenoot.profiel")).startsWith("# Regelinstellingen"));
        assertTrue(Files.exists(project.resolve("partijen.bondgenoot")) && Files.exists(project.resolve("zelfredzaamheid.agenda")));
        assertEquals(project, BondgenootUi.project().folder());

        ProjectExplorerView explorer = (ProjectExplorerView) page().findView(ProjectExplorerView.ID);
        List<String> shown = Arrays.stream(explorer.viewer().getTree().getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("bondgenoot.profiel", "huishoudelijke-hulp.agenda", "multiprobleemgezin.agenda", "partijen.bondgenoot",
                "zelfredzaamheid.agenda"), shown);
        TreeItem[] items = explorer.viewer().getTree().getItems();
        assertTrue(items[3].getImage() != null && items[1].getImage() != null && items[3].getImage() != items[1].getImage()
                && items[1].getImage() != items[0].getImage(), "models, agendas and the profile each have their own icon");

        AgendaEditor agenda = assertInstanceOf(AgendaEditor.class, page().getActiveEditor());
        assertEquals("huishoudelijke-hulp.agenda", agenda.getTitle());
        List<Finding> findings = awaitFindingsOf(agenda);
        assertTrue(findings.stream().noneMatch(f -> f.severity() == nl.bondgenoot.rules.Severity.ERROR), findings.toString());
        UiTestSupport.screenshot(window().getShell(), "nieuw-project.png");
    }

    @Test
    void aNewModelAndANewAgendaOpenInTheirEditors() throws Exception {
        BondgenootUi.project().create(home.resolve("leeg"), null);
        Path model = BondgenootUi.project().newModel("Wijkteam Noord");
        ModelEditor editor = (ModelEditor) page().openEditor(
                new org.eclipse.ui.ide.FileStoreEditorInput(org.eclipse.core.filesystem.EFS.getLocalFileSystem().getStore(model.toUri())),
                ModelEditor.ID);
        assertNull(editor.errorText(), "a new model reads back");
        assertEquals("wijkteam-noord.bondgenoot", model.getFileName().toString());
        assertEquals("Wijkteam Noord", editor.model().getNaam());

        Path agenda = BondgenootUi.project().newAgenda("Samen \"sterk\"");
        AgendaEditor text = nl.bondgenoot.agenda.ui.AgendaEditors.open(page(), agenda);
        long end = System.currentTimeMillis() + 15_000;
        while (text.problems().isEmpty() && System.currentTimeMillis() < end) {
            settle(100);
        }
        assertFalse(text.problems().stream().anyMatch(i -> i.getCode() != null && ((i.getCode().contains("Syntax") || i.getCode().equals(AgendaIssueCodes.KOPPELING)))),
                "the template parses: " + text.problems());
        assertThrows(IOException.class, () -> BondgenootUi.project().newAgenda("Samen sterk"), "an existing file is never overwritten");
    }

    private static List<Finding> awaitFindingsOf(AgendaEditor agenda) {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            settle(100);
            if (agenda.workingCopy().file().equals(BondgenootUi.session().file())) {
                return BondgenootUi.session().findings();
            }
        }
        throw new AssertionError("Bevindingen did not follow the new agenda");
    }
}

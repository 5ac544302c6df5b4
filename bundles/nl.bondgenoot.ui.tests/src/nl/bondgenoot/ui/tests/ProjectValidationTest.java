package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.examples.Voorbeelden;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelEditors;
import nl.bondgenoot.ui.project.ProjectFindingsView;
import nl.bondgenoot.ui.project.ProjectValidation;
import nl.bondgenoot.ui.project.ValidateProjectJob;

/**
 * Project valideren over the ten example networks finds exactly what `bondgenoot validate` reports
 * for them (examples/netwerken/bevindingen.txt), runs as a job that can be cancelled, and a
 * double-click opens the model at the element.
 */
class ProjectValidationTest {

    @TempDir
    Path home;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void theProjectsFindingsAreTheCommandLinesAndLeadToTheElement() throws Exception {
        Voorbeelden.Voorbeeld netwerken = Voorbeelden.all().stream().filter(v -> v.map().equals("netwerken")).findFirst().orElseThrow();
        Path project = home.resolve("netwerken");
        BondgenootUi.project().create(project, netwerken);
        ProjectFindingsView view = (ProjectFindingsView) page().showView(ProjectFindingsView.ID);
        Job job = new ValidateProjectJob(project, view::show);
        job.schedule();
        long end = System.currentTimeMillis() + 60_000;
        while (job.getResult() == null && System.currentTimeMillis() < end) {
            settle(100);
        }
        settle(300);
        assertTrue(job.getResult() != null && job.getResult().isOK(), String.valueOf(job.getResult()));

        // "file:line: ERNST [ID] ..." from the command line, for the same ten models.
        Path golden = Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken", "bevindingen.txt");
        List<String> expected = Files.readAllLines(golden).stream()
                .map(l -> l.replaceFirst("^examples/netwerken/", "").replaceFirst("^([^:]+):(\\d+): \\S+ \\[([^\\]]+)\\].*$", "$1:$2:$3"))
                .sorted().toList();
        List<String> found = view.rows().stream().map(r -> r.file().getFileName() + ":" + r.line() + ":" + r.ruleId()).sorted().toList();
        assertEquals(expected, found);
        assertTrue(view.getContentDescription().startsWith(found.size() + " bevinding(en) in "), view.getContentDescription());

        ProjectValidation.Row net4 = view.rows().stream().filter(r -> r.ruleId().equals("NET-4")).findFirst().orElseThrow();
        view.reveal(net4);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, page().getActiveEditor());
        assertEquals(net4.file().getFileName().toString(), editor.getTitle());
        Object selected = ((StructuredSelection) editor.viewer().getSelection()).getFirstElement();
        assertEquals(nl.bondgenoot.rules.engine.ElementLabels.label(net4.finding().element()),
                nl.bondgenoot.rules.engine.ElementLabels.label((org.eclipse.emf.ecore.EObject) selected));
    }

    @Test
    void savingAModelOfTheProjectRenewsProjectbevindingenWithoutBeingAsked() throws Exception {
        Voorbeelden.Voorbeeld skelet = Voorbeelden.all().stream().filter(v -> v.map().equals("skelet")).findFirst().orElseThrow();
        Path project = home.resolve("skelet");
        BondgenootUi.project().create(project, skelet);
        page().closeAllEditors(false);
        ProjectFindingsView view = (ProjectFindingsView) page().showView(ProjectFindingsView.ID);
        Job job = new ValidateProjectJob(project, view::show);
        job.schedule();
        job.join(60_000, null);
        settle(300);
        assertTrue(view.rows().stream().noneMatch(r -> isNet1In(r, "kamperpoort-kern.bondgenoot")), view.rows().toString());

        ModelEditor editor = ModelEditors.open(page(), project.resolve("kamperpoort-kern.bondgenoot"));
        editor.viewer().setSelection(new StructuredSelection(editor.model().getActoren().stream()
                .filter(a -> "De Kern".equals(a.getNaam())).findFirst().orElseThrow()), true);
        UiTestSupport.window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.delete", null);
        settle(300); // the editor turns dirty after the command stack reports
        UiTestSupport.window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);

        long end = System.currentTimeMillis() + 30_000;
        while (view.rows().stream().noneMatch(r -> isNet1In(r, "kamperpoort-kern.bondgenoot")) && System.currentTimeMillis() < end) {
            settle(100);
        }
        assertTrue(view.rows().stream().anyMatch(r -> isNet1In(r, "kamperpoort-kern.bondgenoot")),
                "the saved model's new NET-1 is listed: " + view.rows());
    }

    private static boolean isNet1In(ProjectValidation.Row row, String file) {
        return row.ruleId().equals("NET-1") && row.file().getFileName().toString().equals(file);
    }

    @Test
    void aCancelledValidationStops() throws Exception {
        Path project = home.resolve("leeg");
        BondgenootUi.project().create(project, Voorbeelden.all().get(0));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> ProjectValidation.validate(project, cancelled));
    }
}

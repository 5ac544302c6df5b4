package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.await;
import static nl.bondgenoot.ui.tests.UiTestSupport.evaluate;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.ViewSelection;
import nl.bondgenoot.diagram.ui.NetwerkkaartEditor;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.editor.ModelEditors;
import nl.bondgenoot.ui.project.ModelView;
import nl.bondgenoot.ui.project.ProjectExplorerView;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * The views of a model in the workbench, through the real menus' commands and dialogs: the
 * Projectverkenner lists them under the model; a new view around the gemeente selected in the model
 * editor opens on the map with only its elements; rename, duplicate and delete (after a confirmation)
 * change the notation file and never the model file.
 */
class MapViewsWorkbenchTest {

    @TempDir
    Path project;
    private Path model;
    private byte[] modelBytes;

    @BeforeEach
    void openProject() throws Exception {
        model = project.resolve("kamperpoort.bondgenoot");
        Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken", "ok-team-kamperpoort.bondgenoot"), model);
        Files.writeString(project.resolve("bondgenoot.profiel"), "# profiel\n");
        modelBytes = Files.readAllBytes(model);
        BondgenootUi.project().open(project);
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        settle(200);
    }

    @Test
    void viewsAreListedMadeOpenedRenamedDuplicatedAndDeleted() throws Exception {
        ProjectExplorerView explorer = (ProjectExplorerView) page().showView(ProjectExplorerView.ID);
        explorer.refresh();
        explorer.viewer().expandToLevel(model, 1);
        assertEquals(List.of("Netwerkkaart"), viewsShown(explorer), "a model has its default view before any was made");

        // In the model editor: select the gemeente, "Nieuwe weergave van de selectie…", around it, one step.
        ModelEditor tree = ModelEditors.open(page(), model);
        Actor gemeente = tree.model().getActoren().stream().filter(a -> ActorSoortId.valueOf("gemeente").equals(a.getSoort())).findFirst().orElseThrow();
        tree.viewer().setSelection(new StructuredSelection(gemeente), true);
        settle(200);
        fillDialog("Nieuwe weergave", shell -> {
            text(shell).setText("Rond de gemeente");
            radio(shell, "Rond de gekozen elementen:");
        });
        command("nl.bondgenoot.diagram.ui.views.new");
        MapViews written = NotationFile.read(NotationFile.besides(model));
        assertEquals(List.of("Netwerkkaart", "Rond de gemeente"), written.names());
        assertEquals(ViewSelection.rond(List.of(gemeente.getId()), 1), written.find("Rond de gemeente").orElseThrow().selection());

        NetwerkkaartEditor map = assertInstanceOf(NetwerkkaartEditor.class, page().getActiveEditor(), "the new view opens on the map");
        assertEquals("kamperpoort.netwerkkaart – Rond de gemeente", map.getPartName());
        await(() -> "1|1".equals(evaluate(map.browser(), "return document.querySelectorAll('#netwerkkaart g.actor').length + '|'"
                + " + document.querySelectorAll('#netwerkkaart g.netwerk').length;")),
                () -> "the view draws the gemeente and its netwerk; the page shows "
                        + evaluate(map.browser(), "return document.querySelectorAll('#netwerkkaart g.actor').length + ' actors: ' + document.body.innerText;"));

        page().activate(explorer);
        explorer.refresh();
        explorer.viewer().expandToLevel(model, 1);
        assertEquals(List.of("Netwerkkaart", "Rond de gemeente"), viewsShown(explorer));
        explorer.viewer().setSelection(new StructuredSelection(new ModelView(model, "Rond de gemeente")), true);
        UiTestSupport.screenshot(window().getShell(), "projectverkenner-weergaven.png");

        // Rename: the map editor follows.
        fillDialog("Naam van de weergave wijzigen", shell -> text(shell).setText("Gemeente en netwerk"));
        command("nl.bondgenoot.diagram.ui.views.rename");
        assertEquals(List.of("Netwerkkaart", "Gemeente en netwerk"), NotationFile.read(NotationFile.besides(model)).names());
        assertEquals("kamperpoort.netwerkkaart – Gemeente en netwerk", map.getPartName());
        assertEquals(List.of("Netwerkkaart", "Gemeente en netwerk"), map.views().names(), "the open map holds the new name too");

        // Duplicate, then delete the copy after the confirmation.
        explorer.viewer().setSelection(new StructuredSelection(new ModelView(model, "Gemeente en netwerk")), true);
        command("nl.bondgenoot.diagram.ui.views.duplicate");
        assertEquals(List.of("Netwerkkaart", "Gemeente en netwerk", "Gemeente en netwerk (kopie)"), viewsShown(explorer));
        explorer.viewer().setSelection(new StructuredSelection(new ModelView(model, "Gemeente en netwerk (kopie)")), true);
        ModalDialogCloser.pressWhenOpen("Weergave verwijderen", "Verwijderen", "weergave-verwijderen.png");
        command("nl.bondgenoot.diagram.ui.views.delete");
        assertEquals(List.of("Netwerkkaart", "Gemeente en netwerk"), NotationFile.read(NotationFile.besides(model)).names());
        assertEquals(List.of("Netwerkkaart", "Gemeente en netwerk"), viewsShown(explorer));

        // A view of another representation: the Regiekaart, a description the product ships beside the netwerkkaart.
        tree.viewer().setSelection(StructuredSelection.EMPTY, true);
        page().activate(tree);
        settle(200);
        fillDialog("Nieuwe weergave", shell -> {
            text(shell).setText("Regie");
            Combo kind = all(shell, Combo.class).get(0);
            kind.select(java.util.Arrays.asList(kind.getItems()).indexOf("Regiekaart"));
        });
        command("nl.bondgenoot.diagram.ui.views.new");
        assertEquals("regiekaart", NotationFile.read(NotationFile.besides(model)).find("Regie").orElseThrow().representation());
        NetwerkkaartEditor regie = assertInstanceOf(NetwerkkaartEditor.class, page().getActiveEditor(), "the new view opens on the map");
        long rollen = tree.model().getNetwerken().stream().mapToLong(n -> n.getRollen().size()).sum();
        await(() -> String.valueOf(rollen).equals(evaluate(regie.browser(), "return '' + document.querySelectorAll('#netwerkkaart g.rol').length;")),
                () -> "the Regiekaart draws every rol; the page shows " + evaluate(regie.browser(), "return document.body.innerText;"));
        UiTestSupport.screenshot(window().getShell(), "regiekaart-werkbank.png");
        page().closeEditor(regie, false);
        page().activate(map);

        assertArrayEquals(modelBytes, Files.readAllBytes(model), "views never change the model file");
        page().activate(map);
        map.doSave(null);
        assertEquals(List.of("Netwerkkaart", "Gemeente en netwerk", "Regie"), NotationFile.read(NotationFile.besides(model)).names(),
                "a save from the map keeps the views as they are");
    }

    /**
     * A representation a plug-in contributes (the test fragment nl.bondgenoot.diagram.tests, a description
     * file and no Java) is offered in the dialog beside the shipped ones, its broken sibling is not, and
     * a view of it is drawn with the plug-in's look: professionals as purple diamonds.
     */
    @Test
    void aContributedRepresentationIsOfferedAndDrawnWithItsLook() throws Exception {
        Path huisbezoek = project.resolve("huisbezoek.bondgenoot");
        Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "netwerken", "activerend-huisbezoek.bondgenoot"), huisbezoek);
        ModelEditor tree = ModelEditors.open(page(), huisbezoek);
        tree.viewer().setSelection(StructuredSelection.EMPTY, true);
        settle(200);
        List<String> offered = new ArrayList<>();
        fillDialog("Nieuwe weergave", shell -> {
            text(shell).setText("Wijkteams");
            Combo kind = all(shell, Combo.class).get(0);
            offered.addAll(java.util.Arrays.asList(kind.getItems()));
            kind.select(offered.indexOf("Wijkteamkaart"));
        });
        command("nl.bondgenoot.diagram.ui.views.new");
        assertTrue(offered.containsAll(List.of("Netwerkkaart", "Regiekaart", "Wijkteamkaart")), "offered: " + offered);
        assertTrue(offered.stream().noneMatch(name -> name.toLowerCase().contains("kapot")), "the broken contribution is left out: " + offered);
        assertEquals("wijkteamkaart", NotationFile.read(NotationFile.besides(huisbezoek)).find("Wijkteams").orElseThrow().representation());

        NetwerkkaartEditor map = assertInstanceOf(NetwerkkaartEditor.class, page().getActiveEditor(), "the new view opens on the map");
        long professionals = tree.model().getActoren().stream().filter(a -> a.getCategorie() == ActorCategorie.PROFESSIONAL).count();
        // the fragment's professional look: a diamond filled #f3e5f5 with a #8e24aa border
        String purpleDiamonds = "return '' + [...document.querySelectorAll('#netwerkkaart g.actor')].filter(g => [...g.querySelectorAll('path, polygon')]"
                + ".some(s => getComputedStyle(s).fill === 'rgb(243, 229, 245)' && getComputedStyle(s).stroke === 'rgb(142, 36, 170)')).length;";
        await(() -> String.valueOf(professionals).equals(evaluate(map.browser(), purpleDiamonds)),
                () -> professionals + " professionals in the fragment's look expected; drawn so: " + evaluate(map.browser(), purpleDiamonds)
                        + "; the page shows " + evaluate(map.browser(), "return document.body.innerText;"));
        UiTestSupport.screenshot(window().getShell(), "weergave-uit-plugin-werkbank.png");
    }

    private static List<String> viewsShown(ProjectExplorerView explorer) {
        explorer.viewer().expandAll();
        List<String> names = new ArrayList<>();
        for (TreeItem item : explorer.viewer().getTree().getItems()) {
            if (item.getText().endsWith(".bondgenoot")) {
                for (TreeItem child : item.getItems()) {
                    names.add(child.getText());
                }
            }
        }
        return names;
    }

    /** Fills the dialog with this title once it opens (from inside its event loop) and presses OK. */
    private static void fillDialog(String title, Consumer<Shell> fill) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        int[] tries = { 0 };
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    fill.accept(shell);
                    settle(100);
                    Button ok = button(shell, IDialogConstants.OK_LABEL);
                    ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return;
                }
            }
            if (++tries[0] < 100) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static Text text(Composite shell) {
        return all(shell, Text.class).get(0);
    }

    private static void radio(Composite shell, String label) {
        for (Button b : all(shell, Button.class)) {
            if ((b.getStyle() & SWT.RADIO) != 0) {
                b.setSelection(label.equals(b.getText()));
            }
        }
    }

    private static Button button(Composite shell, String label) {
        return all(shell, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst().orElseThrow();
    }

    private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type));
            }
        }
        return found;
    }

    private static void command(String id) throws Exception {
        window().getService(IHandlerService.class).executeCommand(id, null);
        settle(300);
    }
}

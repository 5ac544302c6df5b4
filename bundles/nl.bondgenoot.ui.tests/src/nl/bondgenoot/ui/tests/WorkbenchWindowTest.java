package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.texts;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.part.ViewPart;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.Perspective;
import nl.bondgenoot.ui.views.FindingsView;
import nl.bondgenoot.ui.views.ModelExplorerView;

/** The main window as a user first sees it: title, size, perspective, menus, key binding, product. */
class WorkbenchWindowTest {

    @Test
    void theTitleIsBondgenootAndNamesTheOpenFile() {
        BondgenootUi.session().close();
        Shell shell = window().getShell();
        assertEquals("Bondgenoot", shell.getText());

        FileEditors.open(page(), example("kamperpoort-kern.bondgenoot"));
        assertTrue(shell.getText().startsWith("Bondgenoot"), shell.getText());
        assertEquals("Bondgenoot \u2014 kamperpoort-kern.bondgenoot", shell.getText());
        page().closeAllEditors(false);
        assertEquals("Bondgenoot", shell.getText(), "closing the model's editor closes it in the title too");
    }

    @Test
    void theWindowIsAbout1200By800() {
        Point size = window().getShell().getSize();
        assertTrue(Math.abs(size.x - 1200) <= 50 && Math.abs(size.y - 800) <= 80, size.toString());
    }

    @Test
    void theDefaultPerspectiveShowsBothViews() {
        assertEquals(Perspective.ID, page().getPerspective().getId());
        assertEquals(Perspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
        IViewPart explorer = page().findView(ModelExplorerView.ID);
        IViewPart findings = page().findView(FindingsView.ID);
        assertNotNull(explorer);
        assertNotNull(findings);
        assertTrue(page().isPartVisible(explorer));
        assertTrue(page().isPartVisible(findings));
        assertEquals("Modelverkenner", ((ViewPart) explorer).getPartName());
        assertEquals("Bevindingen", ((ViewPart) findings).getPartName());
    }

    @Test
    void theMenusAreBestandBewerkenAndHelpInDutch() {
        assertEquals("nl_NL", Platform.getNL(), "the pom starts the workbench with -nl nl_NL, as ./bondgenoot does on a C locale");
        Menu bar = window().getShell().getMenuBar();
        assertEquals(List.of("&Bestand", "Be&werken", "&Help"), texts(bar.getItems()));

        List<String> file = items(bar.getItems()[0].getMenu());
        assertEquals(List.of("Nieuw project\u2026", "Project openen\u2026", "Nieuw model\u2026", "Nieuwe agenda\u2026", "Project valideren", "Nieuwe beoordeling\u2026", "",
                "Model openen\u2026\tCtrl+O", "Netwerkkaart openen\tCtrl+Alt+K", "Netwerkkaart exporteren (SVG/PNG)\u2026", "Publiceren\u2026", "Importeren", "Exporteren", "Netwerkanalyse", "Tabel openen", "Opslaan\tCtrl+S", "", "Afsluiten"), file.stream().map(t -> t.replace("&", "")).toList());
        assertTrue(file.stream().filter(t -> !t.isEmpty()).allMatch(t -> t.contains("&")), "every item has a mnemonic: " + file);
        List<String> edit = items(bar.getItems()[1].getMenu());
        assertEquals(7, edit.size(), edit.toString());
        assertTrue(edit.get(0).startsWith("&Ongedaan maken\tCtrl+Z") && edit.get(1).startsWith("Opnie&uw")
                && edit.get(3).startsWith("K&nippen\tCtrl+X") && edit.get(4).startsWith("&Kopi\u00EBren\tCtrl+C")
                && edit.get(5).startsWith("&Plakken\tCtrl+V") && edit.get(6).startsWith("&Verwijderen"), edit.toString());
        List<String> help = items(bar.getItems()[2].getMenu());
        assertEquals(List.of("&Handleiding\tF1", "&Over Bondgenoot"), help);
    }

    /** Menu items are created when the menu is about to show; a Show event does what opening it does. */
    private static List<String> items(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = texts(menu.getItems());
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    @Test
    void ctrlOOpensAModel() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("Ctrl+O", bindings.getBestActiveBindingFormattedFor("nl.bondgenoot.ui.commands.openModel"));
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of("nl.bondgenoot.ui.commands.openModel", "nl.bondgenoot.ui.commands.about",
                "org.eclipse.ui.file.exit")) {
            Command command = commands.getCommand(id);
            assertTrue(command.isDefined() && command.isHandled() && command.isEnabled(), id);
        }
    }

    @Test
    void theProductIsBondgenootWithADutchAboutText() {
        IProduct product = Platform.getProduct();
        assertNotNull(product);
        assertEquals("nl.bondgenoot.ui.product", product.getId());
        assertEquals("Bondgenoot", product.getName());
        assertEquals("nl.bondgenoot.ui.application", product.getApplication());
        assertEquals("Bondgenoot", product.getProperty("appName"));
        assertTrue(product.getProperty("aboutText").contains("sociaal domein"), product.getProperty("aboutText"));
    }
}

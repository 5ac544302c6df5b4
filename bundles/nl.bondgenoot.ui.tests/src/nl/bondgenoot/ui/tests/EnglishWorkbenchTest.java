package nl.bondgenoot.ui.tests;

import static nl.bondgenoot.ui.tests.UiTestSupport.example;
import static nl.bondgenoot.ui.tests.UiTestSupport.explorer;
import static nl.bondgenoot.ui.tests.UiTestSupport.findings;
import static nl.bondgenoot.ui.tests.UiTestSupport.page;
import static nl.bondgenoot.ui.tests.UiTestSupport.settle;
import static nl.bondgenoot.ui.tests.UiTestSupport.texts;
import static nl.bondgenoot.ui.tests.UiTestSupport.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.properties.EigenschappenView;
import nl.bondgenoot.ui.welcome.WelcomePage;

/**
 * The workbench started with -nl en_GB (a tycho-surefire execution of its own, without a model on the
 * command line): menus, views and hints are English, while the findings, the rules' words, stay Dutch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnglishWorkbenchTest {

    @Test
    @Order(1)
    void theWorkbenchStartsInEnglishOnTheWelcomePage() {
        assertEquals("en_GB", Platform.getNL());
        assertEquals("Welcome", assertInstanceOf(WelcomePage.class, page().getActiveEditor()).getPartName());
        Label hint = assertInstanceOf(Label.class, explorer().getVisibleControl(), "no model open: the explorer shows its hint");
        assertEquals("No model open.\nOpen a model with File > Open model\u2026 (Ctrl+O).", hint.getText());
        assertEquals(Messages.explorer_hint, hint.getText());
    }

    @Test
    @Order(2)
    void theMenusAreFileEditAndHelp() {
        Menu bar = window().getShell().getMenuBar();
        assertEquals(List.of("File", "Edit", "Help"), withoutMnemonics(texts(bar.getItems())));
        assertEquals(List.of("New project\u2026", "Open project\u2026", "New model\u2026", "New agenda\u2026", "Validate project", "New assessment\u2026", "",
                "Open model\u2026\tCtrl+O", "Open Netwerkkaart\tCtrl+Alt+K", "Export Netwerkkaart (SVG/PNG)\u2026", "Publish\u2026", "Import", "Export", "Network analysis", "Open table", "Save\tCtrl+S", "", "Exit"), withoutMnemonics(items(bar.getItems()[0].getMenu())));
        List<String> edit = withoutMnemonics(items(bar.getItems()[1].getMenu()));
        assertTrue(edit.get(0).startsWith("Undo\tCtrl+Z") && edit.get(3).startsWith("Cut\tCtrl+X") && edit.get(6).startsWith("Delete"),
                edit.toString());
        assertEquals(List.of("User guide\tF1", "About Bondgenoot"), withoutMnemonics(items(bar.getItems()[2].getMenu())));
    }

    @Test
    @Order(3)
    void theViewsHaveEnglishTitlesAndTheFindingsStayDutch() throws Exception {
        assertEquals("Model explorer", explorer().getPartName());
        assertEquals("Findings", findings().getPartName());
        IViewPart properties = page().showView(EigenschappenView.ID);
        assertEquals("Properties", properties.getTitle());

        FileEditors.open(page(), example("kamperpoort-te-klein.bondgenoot"));
        settle(300);
        Table table = findings().getViewer().getTable();
        assertEquals(List.of("Severity", "Rule", "Element", "Line", "Message", "Source"), texts(table.getColumns()));
        assertEquals(1, table.getItemCount());
        // The rule's own words: domain vocabulary, Dutch in every locale (as on the command line).
        assertEquals("FOUT", table.getItem(0).getText(0));
        assertTrue(table.getItem(0).getText(4).contains("heeft 2 organisaties"), table.getItem(0).getText(4));
        UiTestSupport.screenshot(window().getShell(), "workbench-en.png");
    }

    /** Menu items are created when the menu is about to show; a Show event does what opening it does. */
    private static List<String> items(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = texts(menu.getItems());
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    private static List<String> withoutMnemonics(List<String> texts) {
        return texts.stream().map(t -> t.replace("&", "")).toList();
    }
}

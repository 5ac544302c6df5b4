package nl.bondgenoot.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.IPageBookViewPage;
import org.eclipse.ui.part.MessagePage;
import org.eclipse.ui.part.PageBook;

/**
 * What the platform views Bondgenoot shows under Dutch names (Eigenschappen, Overzicht) have in
 * common: a Dutch page while there is nothing to show, and no toolbar (its actions have English
 * labels only: no Dutch language pack of the platform is obtainable here).
 */
public final class PlatformViews {

    private PlatformViews() {
    }

    /** The empty page with a Dutch message; {@code init} is the view's own initPage. */
    public static IPage messagePage(PageBook book, Consumer<IPageBookViewPage> init, String message) {
        MessagePage page = new MessagePage();
        init.accept(page);
        page.createControl(book);
        page.setMessage(message);
        return page;
    }

    public static void removeEnglishActions(IViewSite site) {
        IActionBars bars = site.getActionBars();
        bars.getToolBarManager().removeAll();
        bars.getMenuManager().removeAll();
        bars.updateActionBars();
    }
}

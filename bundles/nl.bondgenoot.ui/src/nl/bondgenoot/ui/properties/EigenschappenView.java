package nl.bondgenoot.ui.properties;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.MessagePage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.properties.PropertySheet;

import nl.bondgenoot.ui.Messages;

/** "Eigenschappen": the platform's properties view under a Dutch name, with a Dutch empty page. */
public class EigenschappenView extends PropertySheet {

    public static final String ID = "nl.bondgenoot.ui.views.eigenschappen";

    @Override
    protected IPage createDefaultPage(PageBook book) {
        MessagePage page = new MessagePage();
        initPage(page);
        page.createControl(book);
        page.setMessage(Messages.properties_none);
        return page;
    }

    /** The page for parts without one of their own (the agenda editor): Dutch columns too. */
    @Override
    protected IPage createPropertySheetPage(PageBook book) {
        DutchPropertySheetPage page = new DutchPropertySheetPage();
        initPage(page);
        page.createControl(book);
        return page;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        // Pin and "new view" carry English labels; a single properties view does not need them.
        IActionBars bars = getViewSite().getActionBars();
        bars.getToolBarManager().removeAll();
        bars.getMenuManager().removeAll();
        bars.updateActionBars();
    }
}

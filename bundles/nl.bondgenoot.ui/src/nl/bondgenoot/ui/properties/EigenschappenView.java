package nl.bondgenoot.ui.properties;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.properties.PropertySheet;

import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.views.PlatformViews;

/** "Eigenschappen": the platform's properties view under a Dutch name, with a Dutch empty page. */
public class EigenschappenView extends PropertySheet {

    public static final String ID = "nl.bondgenoot.ui.views.eigenschappen";

    @Override
    protected IPage createDefaultPage(PageBook book) {
        return PlatformViews.messagePage(book, this::initPage, Messages.properties_none);
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
        PlatformViews.removeEnglishActions(getViewSite()); // pin and "new view": one properties view needs neither
    }
}

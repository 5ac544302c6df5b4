package nl.bondgenoot.ui.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.contentoutline.ContentOutline;

import nl.bondgenoot.ui.Messages;

/** "Overzicht": the platform's outline view under a Dutch name, with a Dutch empty page. */
public class OverzichtView extends ContentOutline {

    public static final String ID = "nl.bondgenoot.ui.views.overzicht";

    @Override
    protected IPage createDefaultPage(PageBook book) {
        return PlatformViews.messagePage(book, this::initPage, Messages.outline_none);
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        PlatformViews.removeEnglishActions(getViewSite());
    }
}

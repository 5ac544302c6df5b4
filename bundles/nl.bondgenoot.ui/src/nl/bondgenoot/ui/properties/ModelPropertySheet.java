package nl.bondgenoot.ui.properties;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The Eigenschappen page of an editor of the model (tree or network map): made when the view asks
 * for it, and brought up to date after every change of the model, its title too (a renamed element
 * is shown under its new name).
 */
public final class ModelPropertySheet {

    private final ITabbedPropertySheetPageContributor editor;
    private TabbedPropertySheetPage page;

    public ModelPropertySheet(ITabbedPropertySheetPageContributor editor) {
        this.editor = editor;
    }

    /** The page for the view (a new one when the view disposed the last). */
    public TabbedPropertySheetPage page() {
        if (!isShown()) {
            page = new TabbedPropertySheetPage(editor);
        }
        return page;
    }

    public void refresh() {
        if (isShown()) {
            page.refresh();
            // The platform's refresh keeps the old title; a label change is how it is told to renew it.
            page.labelProviderChanged(new LabelProviderChangedEvent(new LabelProvider()));
        }
    }

    private boolean isShown() {
        return page != null && page.getControl() != null && !page.getControl().isDisposed();
    }
}

package nl.bondgenoot.ui.properties;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.edit.ItemImages;

/** The title above the tabs of Eigenschappen: the selected element's icon and label. */
public class TabTitleLabelProvider extends LabelProvider {

    private final ItemImages images = new ItemImages();

    @Override
    public String getText(Object selection) {
        if (selection instanceof IStructuredSelection s && s.size() > 1) {
            return NLS.bind(Messages.properties_selectedCount, s.size());
        }
        IItemLabelProvider labels = labels(selection);
        return labels == null ? "" : labels.getText(first(selection));
    }

    @Override
    public Image getImage(Object selection) {
        IItemLabelProvider labels = labels(selection);
        return labels == null ? null : images.get(labels.getImage(first(selection)));
    }

    private static Object first(Object selection) {
        return selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
    }

    private static IItemLabelProvider labels(Object selection) {
        return AttachedItemProviders.of(first(selection), IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}

package nl.bondgenoot.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Texts and icons of the item providers (Dutch labels, an icon per actor category and relation family). */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = label(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = label(element);
        return provider == null ? null : images.get(provider.getImage(element));
    }

    private IItemLabelProvider label(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}

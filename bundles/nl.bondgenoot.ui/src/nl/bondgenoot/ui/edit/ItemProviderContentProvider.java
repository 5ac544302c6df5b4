package nl.bondgenoot.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The JFace face of the model's item providers (EMF's UI bundle that has one is not obtainable
 * here): a tree shows what the item providers say the children of an element are.
 */
public class ItemProviderContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = tree(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider tree(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }
}

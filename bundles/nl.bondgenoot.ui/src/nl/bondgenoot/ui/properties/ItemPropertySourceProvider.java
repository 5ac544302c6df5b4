package nl.bondgenoot.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The properties view's face of the item providers' property descriptors. Changes go through the
 * descriptors, which make them EMF commands on the editing domain: undoable like any other edit.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new ItemPropertySource(object, source);
    }
}

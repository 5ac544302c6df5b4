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
    private final PropertyGroup group;

    /** All properties of an element. */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, null);
    }

    /** Only the properties of one tab of Eigenschappen. */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, PropertyGroup group) {
        this.adapterFactory = adapterFactory;
        this.group = group;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new ItemPropertySource(object, source, group);
    }
}

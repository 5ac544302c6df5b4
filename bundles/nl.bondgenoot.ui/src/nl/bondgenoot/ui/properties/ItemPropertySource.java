package nl.bondgenoot.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** One model element's properties, as its item provider describes them. */
class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final PropertyGroup group;

    /** {@code group} null: every property. */
    ItemPropertySource(Object object, IItemPropertySource source, PropertyGroup group) {
        this.object = object;
        this.source = source;
        this.group = group;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
        return descriptors == null ? new IPropertyDescriptor[0]
                : descriptors.stream().filter(d -> group == null || group.contains(d, object)).map(d -> new ItemPropertyDescriptor(object, d)).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        // The descriptor wraps values for nested property sheets; the editors want the value itself.
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.setPropertyValue(object, value);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }
}

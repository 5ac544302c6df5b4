package nl.bondgenoot.ui.properties;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * The tabs of Eigenschappen: what a property is decides where it is edited. Short values in a
 * table (Algemeen), long texts in text areas (Tekst), references to other elements in a table of
 * choosers (Relaties).
 */
public enum PropertyGroup {
    ALGEMEEN, TEKST, RELATIES;

    public static PropertyGroup of(IItemPropertyDescriptor descriptor, Object object) {
        if (descriptor.getFeature(object) instanceof EReference) {
            return RELATIES;
        }
        return descriptor.isMultiLine(object) ? TEKST : ALGEMEEN;
    }

    public boolean contains(IItemPropertyDescriptor descriptor, Object object) {
        return of(descriptor, object) == this;
    }

    /** The element's descriptors in this group; none when no item provider is attached to it yet. */
    public List<IItemPropertyDescriptor> descriptors(Object element) {
        IItemPropertySource source = AttachedItemProviders.of(element, IItemPropertySource.class);
        List<IItemPropertyDescriptor> all = source == null ? null : source.getPropertyDescriptors(element);
        return all == null ? List.of() : all.stream().filter(d -> contains(d, element)).toList();
    }
}

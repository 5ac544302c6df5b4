package nl.bondgenoot.representation.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import nl.bondgenoot.model.Element;

/**
 * A table's cells as text for a front end that has no EMF (the browser): the value an editable cell
 * holds as a key, the choices it offers (those of the item provider, as the workbench's cell editor
 * offers them) and back from a chosen key or typed text to the value {@link TableEdits} sets.
 * Keys: an enumeration value's name, an element's id, {@code true}/{@code false}, or the text itself.
 */
public final class TableCells {

    /** One choice of a cell: its key and the Dutch text shown. */
    public record Choice(String key, String text) {
    }

    private TableCells() {
    }

    public static String key(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return literal.getName();
        }
        if (value instanceof Element element) {
            return element.getId();
        }
        return String.valueOf(value);
    }

    /** The choices of the column's edited feature on the row; empty when it is typed as free text. */
    public static Optional<List<Choice>> choices(EditingDomain domain, TableColumn column, EObject row) {
        return values(domain, column, row).map(values -> values.stream().map(v -> new Choice(key(v), TableColumn.textOf(v))).toList());
    }

    /**
     * The value a key or typed text stands for on the row (null: not set).
     *
     * @throws IllegalArgumentException when it is none the cell can take
     */
    public static Object value(EditingDomain domain, TableColumn column, EObject row, String key) {
        if (!column.isEditable() || key == null) {
            throw new IllegalArgumentException("kolom '" + column.header() + "' is niet te bewerken");
        }
        Optional<List<Object>> choices = values(domain, column, row);
        if (choices.isPresent()) {
            for (Object choice : choices.get()) {
                if (key(choice).equals(key)) {
                    return choice;
                }
            }
            throw new IllegalArgumentException("'" + key + "' is geen keuze in kolom '" + column.header() + "'");
        }
        EStructuralFeature feature = column.edits();
        if (feature.getEType().getInstanceClass() == String.class) {
            return key;
        }
        try {
            return EcoreUtil.createFromString((EDataType) feature.getEType(), key);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + key + "' past niet in kolom '" + column.header() + "'", e);
        }
    }

    private static Optional<List<Object>> values(EditingDomain domain, TableColumn column, EObject row) {
        EStructuralFeature feature = column.edits();
        if (feature == null) {
            return Optional.empty();
        }
        if (feature.getEType().getInstanceClass() == boolean.class || feature.getEType().getInstanceClass() == Boolean.class) {
            return Optional.of(List.of(Boolean.TRUE, Boolean.FALSE));
        }
        IItemPropertyDescriptor descriptor = descriptor(domain, row, feature);
        Collection<?> choices = descriptor == null ? null : descriptor.getChoiceOfValues(row);
        if (choices == null) {
            return Optional.empty();
        }
        return Optional.of(new ArrayList<>(choices)); // null among them: "not set", key ""
    }

    private static IItemPropertyDescriptor descriptor(EditingDomain domain, EObject row, EStructuralFeature feature) {
        return domain instanceof AdapterFactoryEditingDomain afed ? descriptor(afed.getAdapterFactory(), row, feature) : null;
    }

    /** The item provider's description of the feature on this row (its editor, choices and labels), or null. */
    public static IItemPropertyDescriptor descriptor(AdapterFactory factory, EObject row, EStructuralFeature feature) {
        if (!(factory.adapt(row, IItemPropertySource.class) instanceof IItemPropertySource source)) {
            return null;
        }
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(row);
        return descriptors == null ? null : descriptors.stream().filter(d -> d.getFeature(row) == feature).findFirst().orElse(null);
    }
}

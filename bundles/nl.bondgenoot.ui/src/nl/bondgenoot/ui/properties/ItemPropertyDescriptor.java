package nl.bondgenoot.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.persistence.StorableText;
import nl.bondgenoot.ui.Messages;

/**
 * One property with the editor that suits its kind: a list to choose from for values of an
 * enumeration, yes/no and references; a dialog for long texts and for lists; a text field with a
 * check for numbers; a plain text field otherwise.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        EStructuralFeature feature = descriptor.getFeature(object) instanceof EStructuralFeature f ? f : null;
        String name = getDisplayName();
        if (descriptor.isMany(object)) {
            if (feature instanceof EAttribute) {
                return new TextListCellEditor(parent, name);
            }
            return new ChoiceListCellEditor(parent, name, choices(), getLabelProvider());
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null && !choices.isEmpty()) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), this::text);
        }
        if (feature != null && (feature.getEType().getInstanceClass() == boolean.class
                || feature.getEType().getInstanceClass() == Boolean.class)) {
            return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), v -> Boolean.TRUE.equals(v) ? Messages.properties_yes : Messages.properties_no);
        }
        if (descriptor.isMultiLine(object)) {
            return new MultiLineTextCellEditor(parent, name);
        }
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() != null
                && attribute.getEAttributeType().getInstanceClass() != String.class) {
            return new DataTypeCellEditor(parent, attribute.getEAttributeType());
        }
        TextCellEditor text = new TextCellEditor(parent);
        boolean isName = feature == BondgenootPackage.Literals.ELEMENT__NAAM;
        // Refused where it is typed: a name or text the model file cannot hold would make every later save fail.
        text.setValidator(value -> (isName ? StorableText.nameProblem((String) value) : StorableText.textProblem((String) value))
                .orElse(null));
        return text;
    }

    private List<Object> choices() {
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        return choices == null ? List.of() : new ArrayList<>(choices);
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return labels == null ? String.valueOf(value) : labels.getText(value);
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Boolean b) {
                    return b ? Messages.properties_yes : Messages.properties_no;
                }
                return text(element);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }

    /** Converts typed-in text to a number (or other data type), refusing what does not convert. */
    private static final class DataTypeCellEditor extends TextCellEditor {

        private final EDataType type;

        DataTypeCellEditor(Composite parent, EDataType type) {
            super(parent);
            this.type = type;
            setValidator(value -> {
                try {
                    EcoreUtil.createFromString(type, (String) value);
                    return null;
                } catch (RuntimeException e) {
                    return NLS.bind(Messages.properties_invalidValue, value);
                }
            });
        }

        @Override
        protected Object doGetValue() {
            return EcoreUtil.createFromString(type, (String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }
}

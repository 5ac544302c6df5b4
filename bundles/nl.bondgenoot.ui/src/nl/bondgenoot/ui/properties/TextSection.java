package nl.bondgenoot.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import nl.bondgenoot.model.persistence.StorableText;

/**
 * Tekst: the long texts of an element (visie, toelichting, probleem ...) in text areas that wrap,
 * so they can be read and written in place. A change is applied as one undoable EMF command after a
 * short pause in typing, when the area loses focus, or on Ctrl+Enter, so nothing typed is lost when
 * the workbench closes.
 */
public class TextSection extends AbstractPropertySection {

    private static final int APPLY_AFTER_PAUSE_MS = 700;

    private Composite body;
    private Object element;
    private final List<Field> fields = new ArrayList<>();

    private record Field(IItemPropertyDescriptor descriptor, Text text, Label problem) {
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        body = getWidgetFactory().createComposite(parent);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        Object selected = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
        if (selected != element) {
            element = selected;
            rebuild();
        }
    }

    private void rebuild() {
        fields.clear();
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        for (IItemPropertyDescriptor descriptor : PropertyGroup.TEKST.descriptors(element)) {
            getWidgetFactory().createLabel(body, descriptor.getDisplayName(element));
            Text text = getWidgetFactory().createText(body, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            text.setEditable(descriptor.canSetProperty(element));
            text.setToolTipText(descriptor.getDescription(element));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, 5 * text.getLineHeight()).applyTo(text);
            Label problem = getWidgetFactory().createLabel(body, "", SWT.WRAP);
            problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
            GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problem);
            problem.setVisible(false);
            Field field = new Field(descriptor, text, problem);
            text.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    apply(field);
                }
            });
            Runnable applyLater = () -> apply(field);
            text.addListener(SWT.Modify, e -> {
                if (text.isFocusControl()) { // typed, not set by refresh()
                    text.getDisplay().timerExec(APPLY_AFTER_PAUSE_MS, applyLater);
                }
            });
            text.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                    e.doit = false;
                    apply(field);
                }
            });
            fields.add(field);
        }
        refresh();
        body.layout(true, true);
    }

    /** Sets the property when the text differs from the model; the descriptor makes it a command. */
    public void apply(Field field) {
        if (field.text().isDisposed() || element == null) {
            return;
        }
        String typed = field.text().getText();
        // A character the model file cannot hold is not applied: said under the field, where it was typed.
        String problem = StorableText.textProblem(typed).orElse(null);
        field.problem().setText(problem == null ? "" : problem);
        field.problem().setVisible(problem != null);
        ((GridData) field.problem().getLayoutData()).exclude = problem == null;
        body.layout(true, true);
        if (problem == null && !Objects.equals(typed, current(field))) {
            field.descriptor().setPropertyValue(element, typed.isEmpty() ? null : typed);
        }
    }

    @Override
    public void refresh() {
        for (Field field : fields) {
            if (!field.text().isDisposed() && !field.text().isFocusControl()) {
                field.text().setText(current(field));
            }
        }
    }

    private String current(Field field) {
        Object value = field.descriptor().getPropertyValue(element);
        Object plain = value instanceof org.eclipse.emf.edit.provider.IItemPropertySource wrapper
                ? wrapper.getEditableValue(element) : value;
        return plain == null ? "" : plain.toString();
    }

    /** Why the text typed in this area was not applied, or empty; for tests. */
    public String problem(String displayName) {
        return fields.stream().filter(f -> displayName.equals(f.descriptor().getDisplayName(element)))
                .map(f -> f.problem().getText()).findFirst().orElse(null);
    }

    /** The text areas by property name, for tests. */
    public Text area(String displayName) {
        return fields.stream().filter(f -> displayName.equals(f.descriptor().getDisplayName(element)))
                .map(Field::text).findFirst().orElse(null);
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}

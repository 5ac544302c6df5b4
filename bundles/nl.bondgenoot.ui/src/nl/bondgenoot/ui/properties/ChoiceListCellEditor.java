package nl.bondgenoot.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Several values from a list (leden of a netwerk, partners of a convenant): tick them in a dialog. */
class ChoiceListCellEditor extends DialogCellEditor {

    private final String title;
    private final List<Object> choices;
    private final ILabelProvider labels;

    ChoiceListCellEditor(Composite parent, String title, List<Object> choices, ILabelProvider labels) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        List<?> current = getValue() instanceof List<?> list ? list : List.of();
        ChecklistDialog dialog = new ChecklistDialog(cellEditorWindow.getShell(), title, choices, current, labels);
        return dialog.open() == Dialog.OK ? dialog.checked : null;
    }

    private static final class ChecklistDialog extends Dialog {

        private final String title;
        private final List<Object> choices;
        private final ILabelProvider labels;
        private List<Object> checked;
        private CheckboxTableViewer viewer;

        ChecklistDialog(Shell parent, String title, List<Object> choices, List<?> checked, ILabelProvider labels) {
            super(parent);
            this.title = title;
            this.choices = choices;
            this.labels = labels;
            this.checked = new ArrayList<>(checked);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            viewer.setLabelProvider(labels);
            viewer.setInput(choices.stream().filter(c -> c != null).toArray());
            viewer.setCheckedElements(checked.toArray());
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 420;
            data.heightHint = 300;
            viewer.getControl().setLayoutData(data);
            return area;
        }

        @Override
        protected void buttonPressed(int buttonId) {
            if (buttonId == IDialogConstants.OK_ID) {
                // keep the model's order: the ticked choices in the order the list shows them
                List<Object> ticked = List.of(viewer.getCheckedElements());
                checked = choices.stream().filter(ticked::contains).toList();
            }
            super.buttonPressed(buttonId);
        }

        @Override
        protected boolean isResizable() {
            return true;
        }
    }
}

package nl.bondgenoot.ui.properties;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.model.persistence.StorableText;

/** A long text (beschrijving, visie, toelichting) edited in a dialog with room for several lines. */
class MultiLineTextCellEditor extends DialogCellEditor {

    private final String title;

    MultiLineTextCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        TextDialog dialog = new TextDialog(cellEditorWindow.getShell(), title, (String) getValue());
        return dialog.open() == Dialog.OK ? dialog.text() : null;
    }

    static final class TextDialog extends Dialog {

        private final String title;
        private String text;
        private Text field;
        private Label problemLabel;

        TextDialog(Shell parent, String title, String text) {
            super(parent);
            this.title = title;
            this.text = text == null ? "" : text;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            field = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            field.setText(text);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 480;
            data.heightHint = 200;
            field.setLayoutData(data);
            problemLabel = new Label(area, SWT.WRAP);
            problemLabel.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
            return area;
        }

        @Override
        protected void buttonPressed(int buttonId) {
            if (buttonId == IDialogConstants.OK_ID) {
                // A character the model file cannot hold is refused here, where it was typed (the dialog stays open).
                String problem = StorableText.textProblem(field.getText()).orElse(null);
                problemLabel.setText(problem == null ? "" : problem);
                problemLabel.getParent().layout();
                if (problem != null) {
                    return;
                }
                text = field.getText();
            }
            super.buttonPressed(buttonId);
        }

        /** Why OK was refused, or empty. */
        String problem() {
            return problemLabel.getText();
        }

        String text() {
            return text;
        }

        @Override
        protected boolean isResizable() {
            return true;
        }
    }
}

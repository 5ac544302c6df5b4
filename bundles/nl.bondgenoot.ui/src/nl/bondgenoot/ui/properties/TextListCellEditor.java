package nl.bondgenoot.ui.properties;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import nl.bondgenoot.ui.Messages;

/** A list of texts (spelregels, activiteiten, mijlpalen): one item per line in a text dialog. */
class TextListCellEditor extends DialogCellEditor {

    private final String title;

    TextListCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        List<?> current = getValue() instanceof List<?> list ? list : List.of();
        String text = String.join("\n", current.stream().map(String::valueOf).toList());
        MultiLineTextCellEditor.TextDialog dialog = new MultiLineTextCellEditor.TextDialog(cellEditorWindow.getShell(),
                NLS.bind(Messages.properties_onePerLine, title), text);
        if (dialog.open() != Dialog.OK) {
            return null;
        }
        return Arrays.stream(dialog.text().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package nl.bondgenoot.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A line above an editor's content (the model editor's tree, the network map): that the file was read
 * from an older model version, until a save writes it in the current one, or what the reader left out.
 * Said in the editor, not in a dialog: opening a folder of old files is no storm of questions.
 */
public final class EditorNote {

    private EditorNote() {
    }

    /** The note as the first line of an area with a grid layout. */
    public static Label add(Composite area, String note) {
        Label label = new Label(area, SWT.WRAP);
        label.setText(note);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(label);
        return label;
    }

    /**
     * Where an editor puts its notes ({@link #add}) and then its content: parent itself when there is
     * no note, else an area with a grid layout; {@link #fill} the content then.
     */
    public static Composite area(Composite parent, String note) {
        if (note.isEmpty()) {
            return parent;
        }
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(area);
        return area;
    }

    /** Lets the editor's content take the rest of an {@link #area} with a note. */
    public static void fill(Control content) {
        if (content.getParent().getLayout() instanceof GridLayout) {
            GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        }
    }

    /** Takes the note away once the file was saved (the note now empty). */
    public static void removeWhenSaved(Label label, String note) {
        if (label != null && !label.isDisposed() && note.isEmpty()) {
            Composite area = label.getParent();
            label.dispose();
            area.layout(true, true);
        }
    }

}

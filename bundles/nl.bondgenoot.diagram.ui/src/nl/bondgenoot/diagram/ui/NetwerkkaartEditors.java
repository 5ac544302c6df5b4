package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.diagram.notation.NotationFile;

/** Opens the network map of a model (given as the model file or its notation file), from a menu or a test. */
public final class NetwerkkaartEditors {

    private NetwerkkaartEditors() {
    }

    /**
     * The map editor of the model; its input is always the notation file beside the model (also
     * before the map was first saved), so the menu and the Projectverkenner find the same editor.
     */
    public static NetwerkkaartEditor open(IWorkbenchPage page, Path modelOrNotation) throws PartInitException {
        Path notation = NotationFile.besides(NotationFile.modelOf(modelOrNotation));
        return (NetwerkkaartEditor) page.openEditor(FileInputs.of(notation), NetwerkkaartEditor.ID, true);
    }

    /**
     * The map editor of the model showing the view (null: the view an open editor shows, else the
     * default view). An editor not yet open
     * starts on that view, so its page loads once (not the default view's page and then the view's).
     */
    public static NetwerkkaartEditor open(IWorkbenchPage page, Path modelOrNotation, String view) throws PartInitException {
        NetwerkkaartEditor open = find(page, modelOrNotation);
        if (open != null) {
            page.activate(open);
            if (view != null) {
                open.showView(view);
            }
            return open;
        }
        firstView = view;
        try {
            return open(page, modelOrNotation);
        } finally {
            firstView = null;
        }
    }

    /** The view the editor being opened by {@link #open(IWorkbenchPage, Path, String)} starts on (UI thread only). */
    private static String firstView;

    static String takeFirstView() {
        String view = firstView;
        firstView = null;
        return view;
    }

    /** The open map editor of the model, or null. */
    public static NetwerkkaartEditor find(IWorkbenchPage page, Path modelOrNotation) {
        Path notation = NotationFile.besides(NotationFile.modelOf(modelOrNotation));
        return page.findEditor(FileInputs.of(notation)) instanceof NetwerkkaartEditor map ? map : null;
    }
}

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

    /** The open map editor of the model, or null. */
    public static NetwerkkaartEditor find(IWorkbenchPage page, Path modelOrNotation) {
        Path notation = NotationFile.besides(NotationFile.modelOf(modelOrNotation));
        return page.findEditor(FileInputs.of(notation)) instanceof NetwerkkaartEditor map ? map : null;
    }
}

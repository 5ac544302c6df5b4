package nl.bondgenoot.help.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.bondgenoot.help.Messages;

/** The guide is not a file the user edits: one input, so opening it again shows the open one. */
final class HandleidingInput implements IEditorInput {

    static final HandleidingInput INSTANCE = new HandleidingInput();

    private HandleidingInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.editor_name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.editor_tooltip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}

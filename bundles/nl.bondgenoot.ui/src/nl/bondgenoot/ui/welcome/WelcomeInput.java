package nl.bondgenoot.ui.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import nl.bondgenoot.ui.Messages;

/** The start page is not a file: an input of its own, one per workbench. */
final class WelcomeInput implements IEditorInput {

    static final WelcomeInput INSTANCE = new WelcomeInput();

    private WelcomeInput() {
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
        return Messages.welcome_title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.welcome_heading;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}

package nl.bondgenoot.ui.pages;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of a page that is not a file (Welkom, Handleiding): one instance per page, so opening it
 * again shows the open one; nothing to persist.
 */
public final class PageInput implements IEditorInput {

    private final String name;
    private final String toolTip;

    public PageInput(String name, String toolTip) {
        this.name = name;
        this.toolTip = toolTip;
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
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return toolTip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}

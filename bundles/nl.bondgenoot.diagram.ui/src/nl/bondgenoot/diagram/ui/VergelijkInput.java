package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import nl.bondgenoot.diagram.compare.OlderVersion;

/** What a compare map shows: a model file and the older version it is compared with (a file or a Git revision). */
public final class VergelijkInput implements IEditorInput {

    private final Path model;
    private final OlderVersion older;

    public VergelijkInput(Path model, OlderVersion older) {
        this.model = model.toAbsolutePath().normalize();
        this.older = older;
    }

    public Path model() {
        return model;
    }

    public OlderVersion older() {
        return older;
    }

    @Override
    public boolean exists() {
        return false; // not in the recently opened list: the older version may be gone next time
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return NLS.bind(Messages.compare_title, model.getFileName(), older.describe());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return model + " \u2194 " + (older.file() != null ? older.file().toAbsolutePath().normalize() : older.describe());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VergelijkInput input && input.model.equals(model) && input.older.equals(older);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, older);
    }
}

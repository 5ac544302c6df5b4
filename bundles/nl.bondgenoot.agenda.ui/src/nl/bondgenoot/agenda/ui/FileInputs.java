package nl.bondgenoot.agenda.ui;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;

/** Files on disk as editor inputs and back: how every Bondgenoot editor is given its file. */
public final class FileInputs {

    private FileInputs() {
    }

    public static IEditorInput of(Path file) {
        return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toAbsolutePath().toUri()));
    }

    /** The file behind an editor input, or null when the input is not a file on disk. */
    public static Path fileOf(IEditorInput input) {
        if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        return null;
    }

    /** As {@link #fileOf}, for editors that can only edit files: says so otherwise. */
    public static Path requireFile(IEditorInput input) throws PartInitException {
        Path file = fileOf(input);
        if (file == null) {
            throw new PartInitException(NLS.bind(Messages.file_notOnDisk, input.getName()));
        }
        return file;
    }
}

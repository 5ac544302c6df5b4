package nl.bondgenoot.compare;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * Model files ({@code .bondgenoot}): loaded as every load does, merged by {@link ModelMerger}, saved as every save.
 * Other XMI files with ids merge the same way with their own load ({@link BeoordelingFileMerger}).
 */
public final class ModelFileMerger implements FileMerger {

    /** How the three versions are read. */
    @FunctionalInterface
    interface Loader {
        Resource load(Path file) throws ModelLoadException;
    }

    private final Loader loader;

    public ModelFileMerger() {
        this(file -> ModelFiles.load(file).eResource());
    }

    ModelFileMerger(Loader loader) {
        this.loader = loader;
    }

    @Override
    public boolean accepts(String name, byte[] start) {
        return true;
    }

    @Override
    public MergeResult merge(Path base, Path ours, Path theirs) throws MergeInputException, IOException {
        Resource baseModel = load(base);
        Resource ourModel = load(ours);
        Resource theirModel = load(theirs);
        MergeResult result = ModelMerger.merge(baseModel, ourModel, theirModel);
        ModelFiles.save(ourModel);
        return result;
    }

    private Resource load(Path file) throws MergeInputException {
        try {
            return loader.load(file);
        } catch (ModelLoadException e) {
            throw new MergeInputException(e.toUserMessage(), e);
        }
    }
}

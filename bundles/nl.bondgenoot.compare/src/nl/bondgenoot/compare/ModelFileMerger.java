package nl.bondgenoot.compare;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/** Model files ({@code .bondgenoot}): loaded as every load does, merged by {@link ModelMerger}, saved as every save. */
public final class ModelFileMerger implements FileMerger {

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

    private static Resource load(Path file) throws MergeInputException {
        try {
            return ModelFiles.load(file).eResource();
        } catch (ModelLoadException e) {
            throw new MergeInputException(e.toUserMessage(), e);
        }
    }
}

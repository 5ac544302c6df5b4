package nl.bondgenoot.compare;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * Assessment files ({@code .beoordeling}): merged by id with {@link ModelMerger} like models. Git's three
 * versions are temporary files away from the model, so they are read without it: references into the model
 * keep their ids and are written back as they were. Contributed at {@value FileMergers#EXTENSION_POINT}.
 */
public final class BeoordelingFileMerger implements FileMerger {

    @Override
    public boolean accepts(String name, byte[] start) {
        return name.endsWith("." + BondgenootResourceFactory.BEOORDELING_EXTENSION);
    }

    @Override
    public MergeResult merge(Path base, Path ours, Path theirs) throws MergeInputException, IOException {
        Resource baseResource = load(base);
        Resource ourResource = load(ours);
        Resource theirResource = load(theirs);
        MergeResult result = ModelMerger.merge(baseResource, ourResource, theirResource);
        ModelFiles.save(ourResource);
        return result;
    }

    private static Resource load(Path file) throws MergeInputException {
        try {
            return BeoordelingFiles.loadUnresolved(file).eResource();
        } catch (ModelLoadException e) {
            throw new MergeInputException(e.toUserMessage(), e);
        }
    }
}

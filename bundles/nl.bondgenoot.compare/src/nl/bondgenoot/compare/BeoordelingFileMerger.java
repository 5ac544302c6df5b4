package nl.bondgenoot.compare;

import java.io.IOException;
import java.nio.file.Path;

import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * Assessment files ({@code .beoordeling}): merged by id like models. Git's three versions are temporary files
 * away from the model, so they are read without it: references into the model keep their ids and are written
 * back as they were. Contributed at {@value FileMergers#EXTENSION_POINT}.
 */
public final class BeoordelingFileMerger implements FileMerger {

    private final ModelFileMerger merger = new ModelFileMerger(file -> BeoordelingFiles.loadUnresolved(file).eResource());

    @Override
    public boolean accepts(String name, byte[] start) {
        return name.endsWith("." + BondgenootResourceFactory.BEOORDELING_EXTENSION);
    }

    @Override
    public MergeResult merge(Path base, Path ours, Path theirs) throws MergeInputException, IOException {
        return merger.merge(base, ours, theirs);
    }
}

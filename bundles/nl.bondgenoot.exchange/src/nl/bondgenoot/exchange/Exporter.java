package nl.bondgenoot.exchange;

import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.model.Governancemodel;

/**
 * Writes a model's elements to a file of one format (contributed at {@value Formats#EXTENSION_POINT}).
 * Never changes the model; writes atomically; a format of several files writes them beside the target,
 * named after it.
 */
public interface Exporter {

    /**
     * Writes the model to target (and, for a format of several files, beside it) and answers the files
     * written, in the order a user reads them. An empty model gives the format's template.
     */
    List<Path> export(Governancemodel model, Path target) throws ExchangeException;

    /** The files {@link #export} writes for this target (checked before anything is written): by default the target. */
    default List<Path> files(Path target) {
        return List.of(target);
    }
}

package nl.bondgenoot.ui.project;

import java.nio.file.Path;

/**
 * One view of a model's network map, as the Projectverkenner shows it under the model file (as
 * Sirius lists a model's representations). The map's bundle opens, renames, duplicates and deletes it.
 */
public record ModelView(Path model, String name) {
}

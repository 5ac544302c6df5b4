package nl.bondgenoot.diagram.emf;

import java.nio.file.Path;

/**
 * The one model file a diagram server shows; clients cannot ask for any other file. With an older
 * version it shows the two compared, only shown ({@link nl.bondgenoot.diagram.compare.CompareView}).
 */
public record ServedModel(Path file, nl.bondgenoot.diagram.compare.OlderVersion older) {

    public ServedModel(Path file) {
        this(file, null);
    }
}

package nl.bondgenoot.diagram.emf;

import java.nio.file.Path;

/** The one model file a diagram server shows; clients cannot ask for any other file. */
public record ServedModel(Path file) {
}

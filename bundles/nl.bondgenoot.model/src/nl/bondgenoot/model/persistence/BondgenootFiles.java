package nl.bondgenoot.model.persistence;

import java.nio.file.Path;
import java.util.Locale;

import nl.bondgenoot.model.project.ProjectFolder;

/**
 * The kinds of file that hold a user's work (models, agendas, network map notations, rule
 * profiles), by name: what a picture export must never write over, whatever the path it was given.
 */
public final class BondgenootFiles {

    public static final String MODEL_EXTENSION = BondgenootResourceFactory.FILE_EXTENSION;
    public static final String AGENDA_EXTENSION = "agenda";
    public static final String NOTATION_EXTENSION = "netwerkkaart";
    public static final String PROFILE_NAME = ProjectFolder.PROFILE_FILE_NAME;

    private BondgenootFiles() {
    }

    /** Whether the file's name makes it a model, agenda, notation or profile (case-insensitive). */
    public static boolean holdsWork(Path file) {
        if (file.getFileName() == null) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals(PROFILE_NAME) || name.endsWith("." + MODEL_EXTENSION) || name.endsWith("." + AGENDA_EXTENSION)
                || name.endsWith("." + NOTATION_EXTENSION);
    }
}

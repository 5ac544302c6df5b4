package nl.bondgenoot.model.persistence;

import java.nio.file.Path;

/**
 * A save refused because the file on disk is no longer the version that was read: someone else
 * saved, deleted or created it in between. Front ends offer to reload the file or to save under
 * another name.
 */
public class FileChangedException extends UnusableFileException {

    private static final long serialVersionUID = 1L;

    public FileChangedException(Path file, FileVersion expected, FileVersion found) {
        super(file, reason(expected, found));
    }

    private static String reason(FileVersion expected, FileVersion found) {
        if (expected.isAbsent()) {
            return "bestaat intussen al (door een ander programma of een andere Bondgenoot gemaakt); niet overschreven."
                    + " Herlaad het bestand (uw wijzigingen vervallen) of sla uw versie op onder een andere naam.";
        }
        if (found.isAbsent()) {
            return "is na het openen verwijderd of verplaatst; niet opgeslagen, om niets te overschrijven."
                    + " Sla op als een nieuw bestand, of open het bestand opnieuw.";
        }
        return "is na het openen gewijzigd door een ander programma (of een andere Bondgenoot); niet opgeslagen,"
                + " om die wijzigingen niet te overschrijven. Herlaad het bestand (uw wijzigingen vervallen)"
                + " of sla uw versie op als een nieuw bestand.";
    }
}

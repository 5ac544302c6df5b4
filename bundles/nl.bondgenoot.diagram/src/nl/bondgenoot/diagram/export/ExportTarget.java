package nl.bondgenoot.diagram.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.BondgenootFiles;

/**
 * Where an export may write: a new file in an existing folder, or a picture that may be replaced. It
 * never writes onto the user's work (a model, agenda, notation or profile, also when reached through
 * a link or a linked folder: the real paths are compared), nor onto anything that is not a regular
 * file (a FIFO, a device, /dev/stdout), nor onto a read-only file.
 */
public final class ExportTarget {

    private ExportTarget() {
    }

    /**
     * Checks the target of an export of the model.
     *
     * @param modelFile the model exported, null for a template (`--sjabloon`)
     * @param replace whether an existing picture may be replaced (`--overschrijven`, the default
     *                target beside the model, or a file dialog that asked)
     */
    public static void check(Path target, Path modelFile, boolean replace) throws ExportException {
        if (Files.isDirectory(target)) {
            throw new ExportException(target, "is een map; geef een bestandsnaam op", null);
        }
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw new ExportException(target, "is een verwijzing naar een bestand dat niet bestaat; kies een ander doelbestand", null);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(target, "kan niet schrijven: de map bestaat niet", null);
        }
        Path real = realPath(target);
        if (modelFile != null && real.equals(realPath(modelFile))) {
            throw new ExportException(target, "is het model zelf; kies een ander doelbestand", null);
        }
        if (modelFile != null && real.equals(realPath(NotationFile.besides(modelFile))) || BondgenootFiles.holdsWork(real)
                || BondgenootFiles.holdsWork(target)) {
            throw new ExportException(target, "is een Bondgenoot-bestand (model, agenda, netwerkkaart-indeling of profiel);"
                    + " een export schrijft daar nooit overheen. Kies een ander doelbestand", null);
        }
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(real)) {
            throw new ExportException(target, "is geen gewoon bestand (een apparaat, FIFO of socket) en wordt niet vervangen;"
                    + " gebruik --uit - voor standaarduitvoer", null);
        }
        if (AtomicWrite.isReadOnly(real)) {
            throw new ExportException(target, "is alleen-lezen en wordt niet vervangen", null);
        }
        if (!replace) {
            throw new ExportException(target, "bestaat al; geef --overschrijven om het te vervangen", null);
        }
    }

    /** The path with every link resolved, also when the file itself does not exist yet. */
    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            try {
                return absolute.getParent().toRealPath().resolve(absolute.getFileName());
            } catch (IOException | NullPointerException e2) {
                return absolute;
            }
        }
    }
}

package nl.bondgenoot.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the user's files (models, notations, profiles) only when they are regular files, and only
 * up to a size: a FIFO would make a read wait forever, a link to /dev/zero would fill the memory.
 * What was read comes with its {@link FileVersion}, so that a later save can tell whether the file
 * changed in between.
 */
public final class RegularFiles {

    /** What a model file may hold at most; 200,000 actors take about 50 MB. */
    public static final long MAX_MODEL_BYTES = 512L * 1024 * 1024;

    /** The content of a file as read, with its version. */
    public record Read(byte[] content, FileVersion version) {
    }

    private RegularFiles() {
    }

    /**
     * The file's content, if it is a readable regular file (links followed) of at most maxBytes.
     *
     * @throws NoSuchFileException   when there is no file
     * @throws UnusableFileException when it is no regular file, too large or not readable (Dutch reason)
     */
    public static Read read(Path file, long maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new UnusableFileException(file, notAFile(file));
        }
        if (Files.size(file) > maxBytes) {
            throw new UnusableFileException(file, tooLarge(maxBytes));
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (AccessDeniedException e) {
            throw new UnusableFileException(file, "bestand is niet leesbaar (geen leesrechten)");
        }
        if (content.length > maxBytes) { // it grew while being read
            throw new UnusableFileException(file, tooLarge(maxBytes));
        }
        return new Read(content, FileVersion.of(content));
    }

    /** Why a path that exists is not a file Bondgenoot reads or writes. */
    public static String notAFile(Path file) {
        if (Files.isDirectory(file)) {
            return "is een map, geen bestand";
        }
        String what = Files.isSymbolicLink(file) && !Files.exists(file) ? "een verwijzing naar niets"
                : Files.isSymbolicLink(file) ? "een verwijzing naar een apparaat, FIFO of socket"
                        : Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "een apparaat, FIFO of socket" : "onbekend";
        return "is geen gewoon bestand maar " + what + "; Bondgenoot leest en schrijft alleen gewone bestanden";
    }

    private static String tooLarge(long maxBytes) {
        return "is te groot (meer dan " + maxBytes / (1024 * 1024) + " MB); Bondgenoot leest het niet";
    }
}

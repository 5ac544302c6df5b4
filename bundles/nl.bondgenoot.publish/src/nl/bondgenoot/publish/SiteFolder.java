package nl.bondgenoot.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The folder a publication is written into, as one unit: the site is written into a new hidden folder
 * beside the target and then takes the target's place, so a reader sees the old publication or the whole
 * new one, and a failed publication leaves the old one as it was. Only an earlier publication (it holds
 * {@link #MARKER}) or an empty folder is replaced: a folder with anything else in it is refused, so a
 * slip of the finger (--uit on the project itself, on the home folder) never removes a user's files.
 */
public final class SiteFolder {

    /** The file that says "this folder is a Bondgenoot publication" and may therefore be replaced. */
    public static final String MARKER = ".bondgenoot-publicatie";

    private final Path target;
    private final Path work;

    private SiteFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /** Checks the target (refused with a Dutch message) and opens a new, empty working folder beside it. */
    public static SiteFolder open(Path target) throws PublishException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new PublishException(target + ": de hoofdmap van het bestandssysteem kan geen publicatie worden; kies een map daaronder");
        }
        check(absolute, target);
        try {
            Files.createDirectories(absolute.getParent());
            Path work = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".nieuw-");
            return new SiteFolder(absolute, work);
        } catch (IOException e) {
            throw new PublishException(target + ": kan de map niet aanmaken: " + reason(e), e);
        }
    }

    /**
     * Why a publication may not be written into this folder (in Dutch, naming it), or empty when it may:
     * for a dialog that says so while the user chooses.
     */
    public static java.util.Optional<String> problemWith(Path target) {
        try {
            check(target.toAbsolutePath().normalize(), target);
            return java.util.Optional.empty();
        } catch (PublishException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    /** Whether the folder holds a publication written by Bondgenoot. */
    public static boolean isPublication(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    private static void check(Path absolute, Path shown) throws PublishException {
        if (Files.isSymbolicLink(absolute)) {
            throw new PublishException(shown + ": is een koppeling (symbolische link); geef de map zelf op");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException(shown + ": is een bestand, geen map; geef een nieuwe map of een eerdere publicatie op");
        }
        if (isPublication(absolute) || isEmpty(absolute)) {
            return;
        }
        throw new PublishException(shown + ": deze map bestaat al en is geen eerdere publicatie van Bondgenoot; "
                + "kies een nieuwe of lege map (een eerdere publicatie wordt vervangen, een andere map nooit)");
    }

    private static boolean isEmpty(Path folder) throws PublishException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new PublishException(folder + ": kan de map niet lezen: " + reason(e), e);
        }
    }

    /** Where a page or asset at this path inside the site is written (folders made as needed). */
    public Path file(String relative) throws IOException {
        Path file = work.resolve(relative).normalize();
        if (!file.startsWith(work)) {
            throw new IOException("pad buiten de publicatie: " + relative);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    public void write(String relative, String text) throws IOException {
        Files.writeString(file(relative), text, StandardCharsets.UTF_8);
    }

    public void write(String relative, byte[] bytes) throws IOException {
        Files.write(file(relative), bytes);
    }

    /**
     * Puts the written site in the target's place: the marker is written last, then the old folder (if
     * any) is moved aside, the new one moved in and the old one removed. When the move fails, the old
     * folder is put back.
     */
    public void commit(String markerText) throws PublishException {
        try {
            write(MARKER, markerText);
            // The new folder and the target share their parent, so these are renames within one file system.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                check(target, target); // still what it was when we started
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".oud-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                delete(old);
            } else {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            abandon();
            throw new PublishException(target + ": kan de publicatie niet op haar plaats zetten: " + reason(e), e);
        }
    }

    /** Removes the working folder: the target is left as it was. */
    public void abandon() {
        try {
            delete(work);
        } catch (IOException e) {
            // a leftover hidden folder beside the target is harmless; the user's target is untouched
        }
    }

    public Path target() {
        return target;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "geen schrijfrechten";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "de map bestaat niet";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

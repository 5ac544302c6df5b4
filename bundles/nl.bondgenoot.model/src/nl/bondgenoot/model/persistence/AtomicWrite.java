package nl.bondgenoot.model.persistence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes files so that each is either wholly the old or wholly the new content: written next to it
 * first, then moved over the original. Every file Bondgenoot writes (models, notations, profiles,
 * agendas changed by a rename, exported pictures) goes through here, so that every save
 * <ul>
 * <li>refuses to overwrite a file that changed since it was read ({@link FileVersion});</li>
 * <li>writes through a symbolic link to its target, and keeps the file's mode and, where allowed,
 * its owner and group;</li>
 * <li>respects a read-only file (checked on the permission bits: root could write it anyway) and
 * writes regular files only;</li>
 * <li>cleans up the temporary files a killed save left beside the file.</li>
 * </ul>
 * Several files saved as one unit (a model and its notation) are written in full first and only
 * then moved into place, one after the other.
 */
public final class AtomicWrite {

    /** Writes the content to the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * One file of a save: where, what, and the version that was read ({@link FileVersion#ABSENT}
     * for a file that must not exist yet; null to replace whatever is there); told the version it
     * wrote once the unit is in place.
     */
    public record Part(Path target, FileVersion expected, Content content, Consumer<FileVersion> written) {
        public Part(Path target, FileVersion expected, Content content) {
            this(target, expected, content, version -> {
            });
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The temporary files this process is writing: never opened by the clean-up, because closing any
     * descriptor of a file drops the process's POSIX locks on it, also the running save's.
     */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicWrite() {
    }

    /** Writes the file, replacing whatever regular file is there. */
    public static void write(Path target, Content content) throws IOException {
        writeAll(List.of(new Part(target, null, content)));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the file if it is still the version that was read; returns the version written. */
    public static FileVersion write(Path target, FileVersion expected, Content content) throws IOException {
        return writeAll(List.of(new Part(target, expected, content))).get(0);
    }

    public static FileVersion writeString(Path target, FileVersion expected, String text) throws IOException {
        return write(target, expected, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes the parts as one unit: every check first, then every temporary file, then the checks
     * again and the moves. A failure before the moves changes none of the files.
     *
     * @return the versions written, in the order of the parts
     */
    public static List<FileVersion> writeAll(List<Part> parts) throws IOException {
        List<Pending> pending = new ArrayList<>();
        try {
            for (Part part : parts) {
                Path file = resolveLinks(part.target());
                check(part, file);
                cleanStaleTemporaries(file);
                pending.add(Pending.write(part, file));
            }
            for (Pending p : pending) {
                check(p.part, p.file); // nobody saved while the temporary files were written
            }
            List<FileVersion> written = new ArrayList<>();
            for (Pending p : pending) {
                p.moveIntoPlace();
                written.add(p.version);
            }
            for (Pending p : pending) {
                p.part.written().accept(p.version);
            }
            return written;
        } finally {
            for (Pending p : pending) {
                p.close();
            }
        }
    }

    /** Refuses what must not be written: no regular file, read-only, or changed since it was read. */
    private static void check(Part part, Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UnusableFileException(part.target(), RegularFiles.notAFile(file));
        }
        if (Files.exists(file) && isReadOnly(file)) {
            throw new ReadOnlyFileException(part.target());
        }
        if (part.expected() != null) {
            FileVersion found = FileVersion.current(file);
            if (!found.equals(part.expected())) {
                throw new FileChangedException(part.target(), part.expected(), found);
            }
        }
    }

    /**
     * Read-only by its permission bits (no one may write it), or not writable for this user. The bits
     * are checked first because root may write any file, and a 0444 model must stay unchanged for root too.
     */
    public static boolean isReadOnly(Path file) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
            var permissions = attributes.permissions();
            if (!permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the access check below decides
        }
        return !Files.isWritable(file);
    }

    /**
     * The file a write to the path replaces: a symbolic link is followed to its target (which may
     * not exist yet), so that the link stays a link and its target gets the new content.
     */
    static Path resolveLinks(Path path) throws IOException {
        Path file = path.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(file); hops++) {
            if (hops > 40) {
                throw new UnusableFileException(path, "is een kring van verwijzingen (symbolische links)");
            }
            file = file.resolveSibling(Files.readSymbolicLink(file)).toAbsolutePath();
        }
        Path folder = file.getParent();
        return Files.isDirectory(folder) ? folder.toRealPath().resolve(file.getFileName()) : file;
    }

    /** `.NAME` + digits + `.tmp`, also as older versions named them (`.x.bondgenoot123.tmp`). */
    private static Pattern temporaryName(Path file) {
        return Pattern.compile(Pattern.quote("." + file.getFileName()) + "\\.?-?[0-9]+\\.tmp");
    }

    /**
     * Removes the temporary files of saves of this file that were killed: a save holds a lock on its
     * temporary file while it runs, so one that nobody locks is left over (a lock dies with its process).
     */
    static void cleanStaleTemporaries(Path file) {
        Path folder = file.getParent();
        Pattern name = temporaryName(file);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> name.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteIfUnlocked(entry);
                }
            }
        } catch (IOException e) {
            // cleaning up is a courtesy; the save itself goes on
        }
    }

    private static void deleteIfUnlocked(Path temporary) {
        if (WRITING.contains(temporary)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.delete(temporary);
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            // a save in this process is writing it
        } catch (IOException e) {
            // not ours to remove (another user's), or gone already
        }
    }

    /** A part whose content is in its temporary file, locked until it is moved into place or removed. */
    private static final class Pending {
        final Part part;
        final Path file;
        final Path temporary;
        final FileChannel channel;
        FileVersion version;
        boolean moved;

        private Pending(Part part, Path file, Path temporary, FileChannel channel) {
            this.part = part;
            this.file = file;
            this.temporary = temporary;
            this.channel = channel;
        }

        static Pending write(Part part, Path file) throws IOException {
            Path temporary;
            FileChannel channel;
            while (true) {
                temporary = file.resolveSibling("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
                try {
                    // default permissions (the umask's) for a new file; an existing file's are copied below
                    WRITING.add(temporary);
                    channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    break;
                } catch (FileAlreadyExistsException e) {
                    WRITING.remove(temporary); // another name
                } catch (IOException e) {
                    WRITING.remove(temporary);
                    throw e instanceof AccessDeniedException ? new UnusableFileException(part.target(), "kan niet schrijven: de map "
                            + file.getParent() + " is niet schrijfbaar (geen schrijfrechten)") : e;
                }
            }
            Pending pending = new Pending(part, file, temporary, channel);
            try {
                channel.lock();
                MessageDigest digest = FileVersion.digest();
                long[] size = { 0 };
                OutputStream counting = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        size[0] += len;
                    }

                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        size[0]++;
                    }

                    @Override
                    public void close() {
                        // the channel stays open (and locked) until the file is moved into place
                    }
                };
                try (OutputStream out = new DigestOutputStream(new java.io.BufferedOutputStream(counting, 64 * 1024), digest)) {
                    part.content().writeTo(out);
                }
                channel.force(true);
                pending.version = new FileVersion(size[0], FileVersion.hex(digest.digest()));
                keepAttributes(file, temporary);
                return pending;
            } catch (IOException | RuntimeException | Error e) {
                pending.close();
                throw e;
            }
        }

        void moveIntoPlace() throws IOException {
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        }

        void close() {
            try {
                channel.close(); // releases the lock
            } catch (IOException e) {
                // nothing left to do with it
            }
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a later save of the file removes it
                }
            }
            WRITING.remove(temporary);
        }
    }

    /** The replaced file's mode, and its owner and group where this user may set them. */
    private static void keepAttributes(Path file, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
        view.setPermissions(old.permissions());
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only root may give a file away; the content is what counts
        }
    }
}

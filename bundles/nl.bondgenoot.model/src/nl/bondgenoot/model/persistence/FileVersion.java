package nl.bondgenoot.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What a save knows about the file it is going to replace: the content that was read (its size and
 * SHA-256), or that there was no file. A save compares it with the file as it is now and refuses
 * when another program (a second `serve`, the workbench, an editor) changed it since: the one
 * check behind "never a silent overwrite" (see {@link AtomicWrite#writeAll}).
 */
public record FileVersion(long size, String sha256) {

    /** No file was there. */
    public static final FileVersion ABSENT = new FileVersion(-1, "");

    /** The version of content read or written. */
    public static FileVersion of(byte[] content) {
        return new FileVersion(content.length, hex(digest().digest(content)));
    }

    /** The file as it is on disk now (following links), or {@link #ABSENT}. */
    public static FileVersion current(Path file) throws IOException {
        if (!Files.exists(file)) {
            return ABSENT;
        }
        if (!Files.isRegularFile(file)) {
            throw new UnusableFileException(file, RegularFiles.notAFile(file));
        }
        MessageDigest digest = digest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        return new FileVersion(size, hex(digest.digest()));
    }

    public boolean isAbsent() {
        return size < 0;
    }

    /** The version of the file a model resource was read from or last saved to; null for a resource made in memory. */
    public static FileVersion of(Resource resource) {
        for (Adapter adapter : resource.eAdapters()) {
            if (adapter instanceof Remembered remembered) {
                return remembered.version;
            }
        }
        return null;
    }

    /** Remembers on the resource which version of its file it now holds. */
    public static void remember(Resource resource, FileVersion version) {
        for (Adapter adapter : resource.eAdapters()) {
            if (adapter instanceof Remembered remembered) {
                remembered.version = version;
                return;
            }
        }
        resource.eAdapters().add(new Remembered(version));
    }

    private static final class Remembered extends AdapterImpl {
        private FileVersion version;

        Remembered(FileVersion version) {
            this.version = version;
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}

package nl.bondgenoot.compare;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A kind of file that {@code bondgenoot merge} merges by id: the models are built in; other kinds
 * (the {@code .netwerkkaart} notation) are contributed through the extension point
 * {@value FileMergers#EXTENSION_POINT}. A merger reads the three versions, makes theirs' changes in
 * ours and writes ours as its normal save does (atomically), listing the conflicts it kept ours for.
 */
public interface FileMerger {

    /**
     * Whether this merger merges the file. {@code name} is its name in the work tree (Git's {@code %P},
     * else the file itself: Git's temporary files have no extension), {@code start} its first bytes.
     */
    boolean accepts(String name, byte[] start);

    /** Merges; ours is left as it was when a file cannot be read ({@link MergeInputException}). */
    MergeResult merge(Path base, Path ours, Path theirs) throws MergeInputException, IOException;
}

package nl.bondgenoot.diagram.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.compare.git.GitRevisions;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * The older version a compare view shows the newer one against: another model file ({@code --vergelijk
 * OUD}) or the newer file as it was at a revision of its Git repository ({@code --git REV}), each with
 * the layout of its own notation file.
 */
public record OlderVersion(Path file, String revision) {

    /** The options that name an older version, in `serve` and `export` alike. */
    public static final String FILE_OPTION = "--vergelijk";
    public static final String GIT_OPTION = "--git";
    /** The usage text of those options. */
    public static final String USAGE = "[--vergelijk OUD | --git REVISIE]";

    /** A model and its views as they were. */
    public record Read(Resource model, MapViews views) {
    }

    public static OlderVersion ofFile(Path file) {
        return new OlderVersion(file, null);
    }

    public static OlderVersion ofRevision(String revision) {
        return new OlderVersion(null, revision);
    }

    /**
     * The older version an option names ({@link #FILE_OPTION} or {@link #GIT_OPTION}), or an exception
     * with the Dutch reason when the value is unusable.
     */
    public static OlderVersion fromOption(String option, String value) throws IllegalArgumentException {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + option + "' mist een waarde.");
        }
        if (GIT_OPTION.equals(option)) {
            return ofRevision(value);
        }
        try {
            return ofFile(Path.of(value));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + value + "' is geen geldig pad.");
        }
    }

    /** Whether the option names an older version. */
    public static boolean isOption(String option) {
        return FILE_OPTION.equals(option) || GIT_OPTION.equals(option);
    }

    /** How users read it: "oud.bondgenoot" or "Git-revisie HEAD~1". */
    public String describe() {
        return revision != null ? "Git-revisie " + revision : String.valueOf(file.getFileName());
    }

    /**
     * Reads the older model (with every check and message of a normal load) and its views; a notation
     * file that cannot be read goes to the warnings and the older version is then compared without layout.
     */
    public Read read(Path newer, Consumer<String> warnings) throws CompareException {
        try {
            if (revision == null) {
                return new Read(ModelFiles.load(file).eResource(), views(NotationFile.besides(file), warnings));
            }
            Resource model = GitRevisions.model(newer, revision);
            return new Read(model, viewsAt(newer, warnings));
        } catch (ModelLoadException e) {
            throw new CompareException(e.toUserMessage(), e);
        } catch (GitRevisions.RevisionException e) {
            throw new CompareException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CompareException(describe() + ": kan niet gelezen worden: " + e.getMessage(), e);
        }
    }

    /** The notation file at the revision, read through a temporary copy (its own checks and messages apply). */
    private MapViews viewsAt(Path newer, Consumer<String> warnings) throws IOException {
        Path notation = NotationFile.besides(newer);
        byte[] content;
        try {
            content = GitRevisions.read(notation, revision);
        } catch (GitRevisions.RevisionException e) {
            return new MapViews(); // the map had no layout at that revision: what has no place is laid out
        }
        Path folder = Files.createTempDirectory("bondgenoot-vergelijk");
        Path copy = folder.resolve(notation.getFileName());
        try {
            Files.write(copy, content);
            return views(copy, warnings);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }

    static MapViews views(Path notationFile, Consumer<String> warnings) {
        try {
            return NotationFile.read(notationFile);
        } catch (NotationException e) {
            warnings.accept(e.toUserMessage());
            return new MapViews();
        }
    }
}

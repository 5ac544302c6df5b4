package nl.bondgenoot.diagram.notation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.BondgenootFiles;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.RegularFiles;
import nl.bondgenoot.model.persistence.UnusableFileException;

/**
 * Reads and writes the notation file next to a model: {@code x.bondgenoot} has its network map in
 * {@code x.netwerkkaart}, a small JSON document with one line per element, sorted by id so that it
 * diffs well:
 *
 * <pre>
 * {
 *   "formaat": "bondgenoot-netwerkkaart",
 *   "versie": 1,
 *   "elementen": [
 *     { "id": "6f1c…1101", "x": 40, "y": 120 },
 *     { "id": "6f1c…1201", "x": 300, "y": 80, "breedte": 260, "hoogte": 90, "weergave": "container" }
 *   ]
 * }
 * </pre>
 *
 * A missing file is an empty notation. A file that cannot be read gives a {@link NotationException};
 * the caller must then never write over it.
 */
public final class NotationFile {

    public static final String EXTENSION = BondgenootFiles.NOTATION_EXTENSION;
    static final String FORMAT = "bondgenoot-netwerkkaart";
    static final int VERSION = 1;

    private static final Gson GSON = new Gson();

    private NotationFile() {
    }

    /** The notation file of a model file: the same name with the extension {@value #EXTENSION}. */
    public static Path besides(Path modelFile) {
        String name = modelFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return modelFile.resolveSibling(base + "." + EXTENSION);
    }

    /** The model file a notation file belongs to (the same name with the extension of models); a model file itself. */
    public static Path modelOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith("." + EXTENSION)) {
            return file;
        }
        return file.resolveSibling(name.substring(0, name.length() - EXTENSION.length())
                + BondgenootResourceFactory.FILE_EXTENSION);
    }

    /** What a notation file may hold at most (a 200,000-actor map needs about 20 MB). */
    static final long MAX_BYTES = 128L * 1024 * 1024;

    /** Reads a regular file of at most {@value #MAX_BYTES} bytes; a FIFO or a link to a device is refused, not read. */
    public static Notation read(Path file) throws NotationException {
        RegularFiles.Read read;
        try {
            read = RegularFiles.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            return new Notation();
        } catch (UnusableFileException e) {
            throw new NotationException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw new NotationException(file, "kan het bestand niet lezen: " + e.getMessage(), e);
        }
        String text = new String(read.content(), StandardCharsets.UTF_8);
        try {
            Notation notation = parse(file, JsonParser.parseString(text));
            notation.fileVersion(read.version());
            return notation;
        } catch (JsonParseException | IllegalStateException e) {
            throw new NotationException(file, "geen geldige JSON: " + firstLine(e), e);
        }
    }

    private static Notation parse(Path file, JsonElement json) throws NotationException {
        if (!json.isJsonObject()) {
            throw new NotationException(file, "verwacht een JSON-object met \"formaat\": \"" + FORMAT + "\"", null);
        }
        JsonObject root = json.getAsJsonObject();
        if (!root.has("formaat") || !FORMAT.equals(text(root.get("formaat")))) {
            throw new NotationException(file, "geen netwerkkaart-indeling (\"formaat\" is niet \"" + FORMAT + "\")", null);
        }
        if (!root.has("versie") || !root.get("versie").isJsonPrimitive() || root.get("versie").getAsInt() != VERSION) {
            throw new NotationException(file, "onbekende versie " + root.get("versie") + " (deze Bondgenoot leest versie "
                    + VERSION + ")", null);
        }
        JsonElement elements = root.get("elementen");
        if (elements == null || !elements.isJsonArray()) {
            throw new NotationException(file, "\"elementen\" ontbreekt of is geen lijst", null);
        }
        Notation notation = new Notation();
        JsonArray array = elements.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String where = "element " + (i + 1);
            if (!array.get(i).isJsonObject()) {
                throw new NotationException(file, where + " is geen JSON-object", null);
            }
            JsonObject element = array.get(i).getAsJsonObject();
            String id = text(element.get("id"));
            if (id == null || id.isBlank()) {
                throw new NotationException(file, where + " heeft geen \"id\"", null);
            }
            if (notation.contains(id)) {
                throw new NotationException(file, "de id '" + id + "' komt twee keer voor", null);
            }
            double x = number(file, element, "x", where, true);
            double y = number(file, element, "y", where, true);
            double width = number(file, element, "breedte", where, false);
            double height = number(file, element, "hoogte", where, false);
            notation.put(id, new Bounds(x, y, width, height));
            if (element.has("weergave")) {
                String display = text(element.get("weergave"));
                if (!Notation.CONTAINER.equals(display)) {
                    throw new NotationException(file, where + ": onbekende \"weergave\" " + element.get("weergave")
                            + " (bekend: \"" + Notation.CONTAINER + "\")", null);
                }
                notation.putDisplay(id, display);
            }
        }
        return notation;
    }

    private static double number(Path file, JsonObject element, String key, String where, boolean required)
            throws NotationException {
        JsonElement value = element.get(key);
        if (value == null) {
            if (required) {
                throw new NotationException(file, where + " heeft geen \"" + key + "\"", null);
            }
            return 0;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                || !Double.isFinite(value.getAsDouble())) {
            throw new NotationException(file, where + ": \"" + key + "\" is geen getal", null);
        }
        return value.getAsDouble();
    }

    private static String text(JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString()
                : null;
    }

    /** The notation as the file holds it: elements sorted by id, whole numbers where possible. */
    public static String format(Notation notation) {
        StringBuilder out = new StringBuilder(64 + 80 * notation.size());
        out.append("{\n  \"formaat\": \"").append(FORMAT).append("\",\n  \"versie\": ").append(VERSION)
                .append(",\n  \"elementen\": [");
        Map<String, Bounds> sorted = new TreeMap<>(notation.all());
        String separator = "\n";
        for (Map.Entry<String, Bounds> entry : sorted.entrySet()) {
            Bounds b = entry.getValue();
            out.append(separator).append("    { \"id\": ").append(GSON.toJson(entry.getKey())).append(", \"x\": ")
                    .append(number(b.x())).append(", \"y\": ").append(number(b.y()));
            if (b.hasSize()) {
                out.append(", \"breedte\": ").append(number(b.width())).append(", \"hoogte\": ").append(number(b.height()));
            }
            String display = notation.displays().get(entry.getKey());
            if (display != null) {
                out.append(", \"weergave\": ").append(GSON.toJson(display));
            }
            out.append(" }");
            separator = ",\n";
        }
        out.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /**
     * Writes atomically (see {@link AtomicWrite}), unless the file changed since the notation was
     * read from it.
     */
    public static void write(Path file, Notation notation) throws IOException {
        AtomicWrite.writeAll(List.of(part(file, notation)));
    }

    /** The notation as one file of a save unit with its model (see {@link nl.bondgenoot.model.persistence.ModelFiles#save}). */
    public static AtomicWrite.Part part(Path file, Notation notation) {
        String text = format(notation);
        return new AtomicWrite.Part(file, notation.fileVersion(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)),
                notation::fileVersion);
    }

    /** The notation written beside a copy of its model ("Opslaan als…"): it stays the notation of its own file. */
    public static AtomicWrite.Part copy(Path file, Notation notation) {
        String text = format(notation);
        return new AtomicWrite.Part(file, null, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String firstLine(Throwable t) {
        Throwable cause = t.getCause() != null ? t.getCause() : t;
        String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

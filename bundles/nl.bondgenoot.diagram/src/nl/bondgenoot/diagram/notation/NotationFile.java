package nl.bondgenoot.diagram.notation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import nl.bondgenoot.model.tijd.Periodes;

/**
 * Reads and writes the notation file next to a model: {@code x.bondgenoot} has its network map in
 * {@code x.netwerkkaart}, a small JSON document with the model's views, each with one line per
 * element sorted by id, so that it diffs well:
 *
 * <pre>
 * {
 *   "formaat": "bondgenoot-netwerkkaart",
 *   "versie": 2,
 *   "weergaven": [
 *     {
 *       "naam": "Netwerkkaart",
 *       "weergave": "netwerkkaart",
 *       "selectie": { "soort": "alles" },
 *       "lagen": {},
 *       "filters": [],
 *       "peildatum": "2011-01-01",   (optional: the situation on that date, see Notation#peildatum)
 *       "elementen": [
 *         { "id": "6f1c…1101", "x": 40, "y": 120 },
 *         { "id": "6f1c…1201", "x": 300, "y": 80, "breedte": 260, "hoogte": 90, "weergave": "container" }
 *       ]
 *     },
 *     {
 *       "naam": "Rond de gemeente",
 *       "weergave": "netwerkkaart",
 *       "selectie": { "soort": "rond", "stappen": 1, "elementen": ["6f1c…1101"] },
 *       …
 *     }
 *   ]
 * }
 * </pre>
 *
 * A version 1 file (one map: {@code "elementen"} at the top) is read as one view "Netwerkkaart" and
 * written as version 2 at the next save, its layout kept. A missing file is one empty default view. A
 * file that cannot be read gives a {@link NotationException}; the caller must then never write over it.
 */
public final class NotationFile {

    public static final String EXTENSION = BondgenootFiles.NOTATION_EXTENSION;
    static final String FORMAT = "bondgenoot-netwerkkaart";
    static final int VERSION = 2;
    static final int VERSION_ONE_MAP = 1;

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
    public static MapViews read(Path file) throws NotationException {
        RegularFiles.Read read;
        try {
            read = RegularFiles.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            return new MapViews();
        } catch (UnusableFileException e) {
            throw new NotationException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw new NotationException(file, "kan het bestand niet lezen: " + e.getMessage(), e);
        }
        String text = new String(read.content(), StandardCharsets.UTF_8);
        try {
            MapViews views = parse(file, JsonParser.parseString(text));
            views.fileVersion(read.version());
            return views;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new NotationException(file, "geen geldige JSON: " + firstLine(e), e);
        }
    }

    private static MapViews parse(Path file, JsonElement json) throws NotationException {
        if (!json.isJsonObject()) {
            throw new NotationException(file, "verwacht een JSON-object met \"formaat\": \"" + FORMAT + "\"", null);
        }
        JsonObject root = json.getAsJsonObject();
        if (!root.has("formaat") || !FORMAT.equals(text(root.get("formaat")))) {
            throw new NotationException(file, "geen netwerkkaart-indeling (\"formaat\" is niet \"" + FORMAT + "\")", null);
        }
        JsonElement version = root.get("versie");
        boolean known = version != null && version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber();
        int number = known ? version.getAsInt() : -1;
        if (number == VERSION_ONE_MAP) {
            Notation only = new Notation();
            elements(file, root.get("elementen"), "", only);
            return new MapViews(List.of(only));
        }
        if (number != VERSION) {
            throw new NotationException(file, "onbekende versie " + version + " (deze Bondgenoot leest versie "
                    + VERSION_ONE_MAP + " en " + VERSION + ")", null);
        }
        JsonElement views = root.get("weergaven");
        if (views == null || !views.isJsonArray() || views.getAsJsonArray().isEmpty()) {
            throw new NotationException(file, "\"weergaven\" ontbreekt, is leeg of is geen lijst", null);
        }
        MapViews read = null;
        JsonArray array = views.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String where = "weergave " + (i + 1);
            if (!array.get(i).isJsonObject()) {
                throw new NotationException(file, where + " is geen JSON-object", null);
            }
            Notation view = view(file, array.get(i).getAsJsonObject(), where);
            try {
                if (read == null) {
                    read = new MapViews(List.of(view));
                    read.problemWithName(view.name(), view).ifPresent(problem -> {
                        throw new IllegalArgumentException(problem);
                    });
                } else {
                    read.add(view);
                }
            } catch (IllegalArgumentException e) {
                throw new NotationException(file, where + ": " + e.getMessage(), null);
            }
        }
        return read;
    }

    private static Notation view(Path file, JsonObject json, String where) throws NotationException {
        String name = text(json.get("naam"));
        if (name == null) {
            throw new NotationException(file, where + " heeft geen \"naam\"", null);
        }
        Notation view = new Notation(name.strip());
        where = where + " ('" + name + "')";
        if (json.has("weergave")) {
            String representation = text(json.get("weergave"));
            if (representation == null || representation.isBlank()) {
                throw new NotationException(file, where + ": \"weergave\" is geen naam van een weergavesoort", null);
            }
            view.representation(representation);
        }
        view.selection(selection(file, json.get("selectie"), where));
        JsonElement layers = json.get("lagen");
        if (layers != null) {
            if (!layers.isJsonObject()) {
                throw new NotationException(file, where + ": \"lagen\" is geen JSON-object", null);
            }
            for (Map.Entry<String, JsonElement> layer : layers.getAsJsonObject().entrySet()) {
                JsonElement on = layer.getValue();
                if (!on.isJsonPrimitive() || !on.getAsJsonPrimitive().isBoolean()) {
                    throw new NotationException(file, where + ": laag '" + layer.getKey() + "' is niet true of false", null);
                }
                view.layer(layer.getKey(), on.getAsBoolean());
            }
        }
        view.filters(strings(file, json.get("filters"), where + ": \"filters\""));
        JsonElement peildatum = json.get("peildatum");
        if (peildatum != null) {
            try {
                view.peildatum(Periodes.parse(text(peildatum) == null ? "" : text(peildatum)));
            } catch (IllegalArgumentException e) {
                throw new NotationException(file, where + ": \"peildatum\": " + e.getMessage(), null);
            }
        }
        elements(file, json.get("elementen"), where + ", ", view);
        return view;
    }

    private static ViewSelection selection(Path file, JsonElement json, String where) throws NotationException {
        if (json == null) {
            return ViewSelection.alles();
        }
        if (!json.isJsonObject()) {
            throw new NotationException(file, where + ": \"selectie\" is geen JSON-object", null);
        }
        JsonObject selection = json.getAsJsonObject();
        String word = text(selection.get("soort"));
        ViewSelection.Kind kind = ViewSelection.Kind.of(word).orElseThrow(() -> new NotationException(file, where
                + ": onbekende \"soort\" van selectie " + selection.get("soort") + " (bekend: \"alles\", \"elementen\", \"rond\")", null));
        List<String> ids = kind == ViewSelection.Kind.ALLES ? List.of()
                : strings(file, selection.get("elementen"), where + ": \"elementen\" van de selectie");
        int steps = 0;
        if (kind == ViewSelection.Kind.ROND) {
            JsonElement n = selection.get("stappen");
            if (n == null || !n.isJsonPrimitive() || !n.getAsJsonPrimitive().isNumber() || n.getAsDouble() != Math.rint(n.getAsDouble())
                    || n.getAsDouble() < 0 || n.getAsDouble() > ViewSelection.MAX_STEPS) {
                throw new NotationException(file, where + ": \"stappen\" is geen geheel getal van 0 tot en met "
                        + ViewSelection.MAX_STEPS, null);
            }
            steps = n.getAsInt();
        }
        return new ViewSelection(kind, ids, steps);
    }

    private static List<String> strings(Path file, JsonElement json, String what) throws NotationException {
        if (json == null) {
            return List.of();
        }
        if (!json.isJsonArray()) {
            throw new NotationException(file, what + " is geen lijst", null);
        }
        List<String> strings = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray()) {
            String s = text(e);
            if (s == null) {
                throw new NotationException(file, what + " bevat " + e + ", geen tekst", null);
            }
            strings.add(s);
        }
        return strings;
    }

    /** The layout of one view: its "elementen". */
    private static void elements(Path file, JsonElement elements, String prefix, Notation notation) throws NotationException {
        if (elements == null || !elements.isJsonArray()) {
            throw new NotationException(file, prefix + "\"elementen\" ontbreekt of is geen lijst", null);
        }
        JsonArray array = elements.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String where = prefix + "element " + (i + 1);
            if (!array.get(i).isJsonObject()) {
                throw new NotationException(file, where + " is geen JSON-object", null);
            }
            JsonObject element = array.get(i).getAsJsonObject();
            String id = text(element.get("id"));
            if (id == null || id.isBlank()) {
                throw new NotationException(file, where + " heeft geen \"id\"", null);
            }
            if (notation.contains(id)) {
                throw new NotationException(file, prefix + "de id '" + id + "' komt twee keer voor", null);
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
            if (element.has("vast")) {
                JsonElement pinned = element.get("vast");
                if (!pinned.isJsonPrimitive() || !pinned.getAsJsonPrimitive().isBoolean()) {
                    throw new NotationException(file, where + ": \"vast\" is true of false", null);
                }
                notation.pin(id, pinned.getAsBoolean());
            }
        }
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

    /** The views as the file holds them: in their order, each with its elements sorted by id, whole numbers where possible. */
    public static String format(MapViews views) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\n  \"formaat\": \"").append(FORMAT).append("\",\n  \"versie\": ").append(VERSION)
                .append(",\n  \"weergaven\": [");
        String viewSeparator = "\n";
        for (Notation view : views.all()) {
            out.append(viewSeparator);
            format(view, out);
            viewSeparator = ",\n";
        }
        out.append("\n  ]\n}\n");
        return out.toString();
    }

    private static void format(Notation notation, StringBuilder out) {
        out.append("    {\n      \"naam\": ").append(GSON.toJson(notation.name()))
                .append(",\n      \"weergave\": ").append(GSON.toJson(notation.representation()))
                .append(",\n      \"selectie\": { \"soort\": ").append(GSON.toJson(notation.selection().kind().word()));
        if (notation.selection().kind() == ViewSelection.Kind.ROND) {
            out.append(", \"stappen\": ").append(notation.selection().steps());
        }
        if (notation.selection().kind() != ViewSelection.Kind.ALLES) {
            out.append(", \"elementen\": ").append(GSON.toJson(notation.selection().elements()));
        }
        out.append(" },\n      \"lagen\": ").append(GSON.toJson(notation.layers()))
                .append(",\n      \"filters\": ").append(GSON.toJson(notation.filters()));
        if (notation.peildatum() != null) {
            out.append(",\n      \"peildatum\": ").append(GSON.toJson(notation.peildatum().toString()));
        }
        out.append(",\n      \"elementen\": [");
        Map<String, Bounds> sorted = new TreeMap<>(notation.all());
        String separator = "\n";
        for (Map.Entry<String, Bounds> entry : sorted.entrySet()) {
            Bounds b = entry.getValue();
            out.append(separator).append("        { \"id\": ").append(GSON.toJson(entry.getKey())).append(", \"x\": ")
                    .append(number(b.x())).append(", \"y\": ").append(number(b.y()));
            if (b.hasSize()) {
                out.append(", \"breedte\": ").append(number(b.width())).append(", \"hoogte\": ").append(number(b.height()));
            }
            String display = notation.displays().get(entry.getKey());
            if (display != null) {
                out.append(", \"weergave\": ").append(GSON.toJson(display));
            }
            if (notation.isPinned(entry.getKey())) {
                out.append(", \"vast\": true");
            }
            out.append(" }");
            separator = ",\n";
        }
        out.append(sorted.isEmpty() ? "]\n    }" : "\n      ]\n    }");
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /**
     * Writes atomically (see {@link AtomicWrite}), unless the file changed since the notation was
     * read from it.
     */
    public static void write(Path file, MapViews views) throws IOException {
        AtomicWrite.writeAll(List.of(part(file, views)));
    }

    /** A change of a model's views (add, rename, remove one); refused with an IllegalArgumentException and a Dutch message. */
    @FunctionalInterface
    public interface ViewsChange {
        void apply(MapViews views);
    }

    /**
     * Changes the views in the notation file, and nothing else (the model file is never touched):
     * read, changed, and written back atomically unless the file changed on disk meanwhile. A file
     * that cannot be read is not written ({@link NotationException}).
     *
     * @return the views as they are now written, with the version of the file
     */
    public static MapViews change(Path file, ViewsChange change) throws NotationException, IOException {
        MapViews views = read(file);
        change.apply(views);
        write(file, views);
        return views;
    }

    /** The notation as one file of a save unit with its model (see {@link nl.bondgenoot.model.persistence.ModelFiles#save}). */
    public static AtomicWrite.Part part(Path file, MapViews views) {
        String text = format(views);
        return new AtomicWrite.Part(file, views.fileVersion(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)),
                views::fileVersion);
    }

    /** The notation written beside a copy of its model ("Opslaan als…"): it stays the notation of its own file. */
    public static AtomicWrite.Part copy(Path file, MapViews views) {
        String text = format(views);
        return new AtomicWrite.Part(file, null, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String firstLine(Throwable t) {
        Throwable cause = t.getCause() != null ? t.getCause() : t;
        String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

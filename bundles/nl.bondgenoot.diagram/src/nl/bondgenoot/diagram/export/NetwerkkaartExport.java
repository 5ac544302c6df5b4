package nl.bondgenoot.diagram.export;

import nl.bondgenoot.diagram.compare.CompareView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.persistence.UnusableFileException;

/**
 * The network map as a picture: SVG drawn from the very GModel the diagram server sends the browser
 * (same shapes, colours, labels and places), and PNG rendered from that SVG. No display is needed.
 */
public final class NetwerkkaartExport {

    /** A PNG scale that fits the picture on a slide: see {@link PngRenderer#slideScale}. */
    public static final double FIT_SLIDE = PngRenderer.FIT_SLIDE;

    /** The PNG scale of `bondgenoot export` and the workbench when none is given: fit a slide. */
    public static final double DEFAULT_SCALE = FIT_SLIDE;

    private NetwerkkaartExport() {
    }

    /**
     * The map of a model as an SVG document. The notation says where elements are drawn; what has no
     * place is placed by ELK as the browser map would place it, without changing the given notation.
     * Call it where the model may be read (in the workbench: on the thread that edits the model).
     */
    public static String svg(Governancemodel model, Notation notation) {
        return svg(model, notation, DiagramRepresentations.forView(notation));
    }

    /** The model drawn as another representation description says. */
    public static String svg(Governancemodel model, Notation notation, Representation representation) {
        String name = model.getNaam() == null || model.getNaam().isBlank() ? "" : " van " + model.getNaam();
        String view = notation == null || notation.name().equals(Notation.DEFAULT_NAME) ? "" : ", weergave " + notation.name();
        String peildatum = notation == null || notation.peildatum() == null ? ""
                : ", " + nl.bondgenoot.diagram.model.PeildatumView.titel(notation.peildatum()).toLowerCase(java.util.Locale.ROOT);
        return NetwerkkaartSvg.write(HeadlessGModel.build(model, notation, representation),
                representation.naam() + name + view + peildatum);
    }

    /** Two versions compared (the union, marked) as a picture; the title says what was compared with what. */
    public static byte[] picture(CompareView compare, Format format, double scale) throws ExportException {
        String name = compare.union().getNaam() == null || compare.union().getNaam().isBlank() ? "" : " van " + compare.union().getNaam();
        String svg = NetwerkkaartSvg.write(HeadlessGModel.build(compare), compare.title().replaceFirst("^Vergelijking", "Vergelijking" + name));
        return format == Format.PNG ? png(svg, scale) : svg.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An SVG document (such as {@link #svg}'s) as PNG, at its size times the scale ({@link #FIT_SLIDE}:
     * as large as fits a full-HD slide, at most twice its size), on white.
     */
    public static byte[] png(String svg, double scale) throws ExportException {
        return PngRenderer.render(svg, scale);
    }

    /**
     * Loads the model file and its notation file and writes the map to the target, atomically (the
     * target is either the old or the whole new file), replacing an existing picture. A notation file
     * that cannot be read is reported on standard error; the map is then laid out anew and the
     * notation file is left alone.
     */
    public static void write(Path modelFile, Format format, Path target) throws ExportException {
        ExportTarget.check(target, modelFile, true);
        write(modelFile, format, out -> writeTo(target, out), DEFAULT_SCALE,
                warning -> System.err.println("bondgenoot export: " + warning));
    }

    /** Where the picture goes: a file (written atomically) or a stream such as standard output. */
    @FunctionalInterface
    public interface Destination {
        void write(byte[] picture) throws ExportException;
    }

    /**
     * As {@link #write(Path, Format, Path)}, to a destination checked by the caller (see
     * {@link ExportTarget}), with the PNG scale and a receiver of the (Dutch) warnings: the default view.
     */
    public static void write(Path modelFile, Format format, Destination destination, double scale,
            Consumer<String> warnings) throws ExportException {
        Loaded loaded = load(modelFile, warnings);
        destination.write(picture(loaded.model(), loaded.views().standard(), format, scale));
    }

    /** A model with its views, read for an export. */
    public record Loaded(Governancemodel model, MapViews views) {
    }

    /**
     * Loads the model file and its views. A notation file that cannot be read is reported to the
     * warnings; the map then has one view, laid out anew, and the notation file is left alone.
     */
    public static Loaded load(Path modelFile, Consumer<String> warnings) throws ExportException {
        if (AgendaFiles.isAgenda(modelFile)) {
            return loadAgenda(modelFile);
        }
        if (!ModelFiles.isModelFile(modelFile)) {
            throw new ExportException(modelFile, "is geen model en geen agenda: export tekent de netwerkkaart van een model (."
                    + BondgenootResourceFactory.FILE_EXTENSION + ") of de agendaketen van een agenda (." + AgendaFiles.FILE_EXTENSION
                    + ")", null);
        }
        Governancemodel model;
        try {
            model = ModelFiles.load(modelFile);
        } catch (ModelLoadException e) {
            throw new ExportException(e.getFile(), e.getLine(), e.getMessage(), e);
        }
        MapViews views;
        try {
            views = NotationFile.read(NotationFile.besides(modelFile));
        } catch (NotationException e) {
            warnings.accept(e.toUserMessage());
            views = new MapViews();
        }
        return new Loaded(model, views);
    }

    /**
     * An agenda with the actors and netwerken its names refer to from its project (read as `validate`
     * reads it), and its views: one per representation of agendas, laid out anew (an agenda keeps no
     * notation file). A text that does not read whole is refused with its first problem and line.
     */
    private static Loaded loadAgenda(Path agenda) throws ExportException {
        try {
            return new Loaded(AgendaFiles.load(agenda), ReadOnlyViews.of(agenda));
        } catch (ModelLoadException e) {
            throw new ExportException(e.getFile(), e.getLine(), e.getMessage(), e);
        }
    }

    /**
     * Writes the map of a model as it is in memory (the workbench's editor: unsaved changes included)
     * to the target, atomically; the model file's own files are refused (see {@link ExportTarget}), an
     * existing picture is replaced (the file dialog asked). Call it where the model may be read.
     */
    public static void write(Governancemodel model, Path modelFile, Notation notation, Format format, Path target,
            double scale) throws ExportException {
        ExportTarget.check(target, modelFile, true);
        writeTo(target, picture(model, notation, format, scale));
    }

    /** One view of the model as a picture. Call it where the model may be read. */
    public static byte[] picture(Governancemodel model, Notation notation, Format format, double scale) throws ExportException {
        String svg = svg(model, notation);
        return format == Format.PNG ? png(svg, scale) : svg.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the picture atomically; a new file gets the usual permissions (the umask's), a replaced
     * one keeps its own (see {@link AtomicWrite}).
     */
    public static void writeTo(Path target, byte[] picture) throws ExportException {
        try {
            AtomicWrite.write(target, out -> out.write(picture));
        } catch (UnusableFileException e) {
            throw new ExportException(target, e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException(target, "kan niet schrijven: " + reason(e), e);
        }
    }

    /** Where `bondgenoot export --weergave NAAM` writes when no target is given: beside the model, x-naam.svg. */
    public static Path defaultTarget(Path modelFile, String view, Format format) {
        String name = defaultTarget(modelFile, format).getFileName().toString();
        String base = name.substring(0, name.length() - format.extension().length() - 1);
        return modelFile.resolveSibling(base + "-" + MapViews.fileNamePart(view) + "." + format.extension());
    }

    /** Where `bondgenoot export` writes when no target is given: beside the model, x.svg or x.png. */
    public static Path defaultTarget(Path modelFile, Format format) {
        return defaultTarget(modelFile, format.extension());
    }

    /** Beside the model with this file name extension: x.bondgenoot, xlsx -> x.xlsx. */
    public static Path defaultTarget(Path modelFile, String extension) {
        String name = modelFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return modelFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + extension);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "de map bestaat niet";
        }
        if (e instanceof AccessDeniedException) {
            return "geen schrijfrechten";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package nl.bondgenoot.diagram.export;

import nl.bondgenoot.diagram.compare.OlderVersion;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.representation.look.Geometry;

/**
 * The arguments of `bondgenoot export FILE --format svg|png [--weergave NAAM | --alle-weergaven]
 * [--uit PAD|-] [--overschrijven] [--schaal N] [--peildatum JJJJ-MM-DD]`, checked (the peildatum: the
 * situation on that date, what did not hold then faded; null without one). The target is null for `--uit -` (standard
 * output) and for `--alle-weergaven` (each view beside the model); an existing picture may be replaced
 * when `--overschrijven` is given or when it is the default target beside the model. The view is null
 * for the model's default view.
 */
record ExportArguments(Path model, Format format, Path target, double scale, boolean replace, String view, boolean allViews,
        LocalDate peildatum, nl.bondgenoot.exchange.Format exchange, OlderVersion older) {

    /**
     * The formats `--format` takes: the map's pictures and every exporter contributed at the exchange
     * extension point (csv, xlsx, ...), read once.
     */
    static final List<String> FORMATS = Stream.concat(Stream.of(Format.values()).map(Format::extension),
            Formats.get().exportNames().stream()).toList();

    static final String USAGE = "Gebruik: bondgenoot export BESTAND --format " + String.join("|", FORMATS)
            + " [--weergave NAAM | --alle-weergaven] [--uit PAD|-] [--overschrijven] [--schaal N] [--peildatum JJJJ-MM-DD] " + OlderVersion.USAGE + "\n"
            + "        bondgenoot export --sjabloon " + String.join("|", Formats.get().templateNames()) + " [--uit PAD] [--overschrijven]";

    /** A picture of the map (svg, png); else an export through a contributed exporter ({@link #exchange()}). */
    boolean picture() {
        return exchange == null;
    }

    /** `--sjabloon`: the exporter's empty template, no model read. */
    boolean template() {
        return model == null;
    }
    /** The view name a compare picture is written under beside the model (x-vergelijking.svg). */
    static final String COMPARE_VIEW = "vergelijking";

    /** `--uit -`: the picture goes to standard output. */
    static final String STANDARD_OUTPUT = "-";

    boolean toStandardOutput() {
        return target == null && !allViews;
    }

    /** Arguments that are not usable; the message is Dutch. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * The arguments as picocli read them (strings, null when not given), checked together: which options go
     * with which format, the date, the scale and the paths.
     */
    static ExportArguments of(List<String> models, String format, String target, String scale, String view, String peildatum,
            String template, boolean overwrite, boolean allViews, String compareFile, String gitRevision) throws UsageException {
        if (models.size() > 1) {
            throw new UsageException("geef precies één modelbestand op (ook '" + models.get(1) + "' gegeven).");
        }
        String model = models.isEmpty() ? null : models.get(0);
        if (compareFile != null && gitRevision != null) {
            throw new UsageException("geef één oudere versie op: --vergelijk OUD of --git REVISIE.");
        }
        OlderVersion older = null;
        try {
            if (compareFile != null) {
                older = OlderVersion.fromOption(OlderVersion.FILE_OPTION, compareFile);
            } else if (gitRevision != null) {
                older = OlderVersion.fromOption(OlderVersion.GIT_OPTION, gitRevision);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (template != null) {
            return templateArguments(template, model, format, target, overwrite, view != null || allViews || scale != null
                    || peildatum != null);
        }
        if (model == null) {
            throw new UsageException("geef het modelbestand op.");
        }
        Optional<nl.bondgenoot.exchange.Format> exchange = exchangeFormat(format, target);
        if (exchange.isPresent()) {
            if (view != null || allViews || scale != null || peildatum != null || older != null) {
                throw new UsageException("--weergave, --alle-weergaven, --schaal, --peildatum, --vergelijk en --git horen bij svg en png.");
            }
            if (STANDARD_OUTPUT.equals(target)) {
                throw new UsageException(exchange.get().name() + " wordt naar een bestand geschreven; --uit - kan niet.");
            }
            Path modelPath = path(model);
            Path beside = NetwerkkaartExport.defaultTarget(modelPath, exchange.get().extension());
            Path targetPath = target == null ? beside : path(target);
            return new ExportArguments(modelPath, null, targetPath, 1, overwrite || targetPath.equals(beside), null, false, null,
                    exchange.get(), null);
        }
        if (view != null && view.isBlank()) {
            throw new UsageException("'--weergave' mist de naam van een weergave.");
        }
        if (allViews && (view != null || target != null)) {
            throw new UsageException("--alle-weergaven schrijft elke weergave naast het model; het gaat niet samen met "
                    + (view != null ? "--weergave." : "--uit."));
        }
        if (older != null && (allViews || view != null)) {
            throw new UsageException("een vergelijking is één tekening; " + (allViews ? "--alle-weergaven" : "--weergave")
                    + " gaat niet samen met --vergelijk of --git.");
        }
        Format chosen = chooseFormat(format, target);
        LocalDate date = null;
        if (peildatum != null) {
            try {
                date = Periodes.parse(peildatum);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--peildatum: " + e.getMessage() + ".");
            }
        }
        Path modelPath = path(model);
        if (allViews) {
            return new ExportArguments(modelPath, chosen, null, scale == null ? NetwerkkaartExport.DEFAULT_SCALE : scale(scale),
                    true, null, true, date, null, null);
        }
        Path beside = older != null ? NetwerkkaartExport.defaultTarget(modelPath, COMPARE_VIEW, chosen)
                : view == null ? NetwerkkaartExport.defaultTarget(modelPath, chosen)
                : NetwerkkaartExport.defaultTarget(modelPath, view, chosen);
        Path targetPath = target == null ? beside : STANDARD_OUTPUT.equals(target) ? null : path(target);
        boolean isDefault = targetPath != null && targetPath.toAbsolutePath().normalize().equals(beside.toAbsolutePath().normalize());
        return new ExportArguments(modelPath, chosen, targetPath, scale == null ? NetwerkkaartExport.DEFAULT_SCALE : scale(scale),
                overwrite || isDefault, view, false, date, null, older);
    }

    /** `--sjabloon NAAM [--uit PAD]`: the template of a contributed format, by default bondgenoot-sjabloon.EXT here. */
    private static ExportArguments templateArguments(String name, String model, String format, String target, boolean overwrite,
            boolean pictureOptions) throws UsageException {
        if (model != null || format != null || pictureOptions) {
            throw new UsageException("--sjabloon maakt een leeg sjabloon; geef er geen model, --format of kaartopties bij.");
        }
        nl.bondgenoot.exchange.Format chosen = Formats.get().exportFormat(name)
                .filter(f -> Formats.get().templateNames().contains(f.name()))
                .orElseThrow(() -> new UsageException(
                        "geen sjabloon voor '" + name + "'; kies " + String.join(" of ", Formats.get().templateNames()) + "."));
        if (STANDARD_OUTPUT.equals(target)) {
            throw new UsageException("een sjabloon wordt naar een bestand geschreven; --uit - kan niet.");
        }
        Path beside = Path.of("bondgenoot-sjabloon." + chosen.extension());
        Path targetPath = target == null ? beside : path(target);
        return new ExportArguments(null, null, targetPath, 1, overwrite, null, false, null, chosen, null);
    }

    /** --format, or else the extension of --uit, when it names a contributed exporter (not svg or png). */
    private static Optional<nl.bondgenoot.exchange.Format> exchangeFormat(String format, String target) {
        if (format != null) {
            return Format.parse(format).isPresent() ? Optional.empty() : Formats.get().exportFormat(format);
        }
        if (target == null || target.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = target.substring(target.lastIndexOf('.') + 1);
        return Format.parse(extension).isPresent() ? Optional.empty() : Formats.get().exportFormat(extension);
    }

    /** --format, or else the extension of --uit. */
    private static Format chooseFormat(String format, String target) throws UsageException {
        if (format != null) {
            return Format.parse(format).orElseThrow(() -> new UsageException("onbekend formaat '" + format + "'; kies "
                    + String.join(", ", FORMATS.subList(0, FORMATS.size() - 1)) + " of " + FORMATS.get(FORMATS.size() - 1) + "."));
        }
        Optional<Format> fromTarget = target == null || target.lastIndexOf('.') < 0 ? Optional.empty()
                : Format.parse(target.substring(target.lastIndexOf('.') + 1));
        return fromTarget.orElseThrow(() -> new UsageException("geef het formaat op: --format "
                + String.join(", ", FORMATS) + "."));
    }

    private static double scale(String text) throws UsageException {
        try {
            double scale = Double.parseDouble(text.replace(',', '.'));
            if (scale > 0 && scale <= PngRenderer.MAX_SCALE) {
                return scale;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("de schaal '" + text + "' is geen getal groter dan 0 en hoogstens "
                + Geometry.n(PngRenderer.MAX_SCALE) + ".");
    }

    private static Path path(String text) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + text + "' is geen geldig pad.");
        }
    }
}

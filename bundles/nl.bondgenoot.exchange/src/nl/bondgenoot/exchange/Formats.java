package nl.bondgenoot.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The importers and exporters of this installation, contributed at {@value #EXTENSION_POINT}: read from
 * the extension registry, which is the plugin.xml registry in the fast launch and OSGi's in the product.
 * A contribution with a missing attribute, a name taken before or a reserved name is skipped and listed
 * in {@link #problems()}; it never takes the others down.
 */
public final class Formats {

    public static final String EXTENSION_POINT = "nl.bondgenoot.exchange.formats";

    /** The network map's own formats (the diagram bundle's export): no contribution may take these names. */
    public static final Set<String> RESERVED = Set.of("svg", "png");

    private static volatile Formats cached;

    private final Map<String, Contribution> exporters;
    private final Map<String, Contribution> importers;
    private final List<String> problems;

    private record Contribution(Format format, IConfigurationElement element) {
    }

    private Formats(Map<String, Contribution> exporters, Map<String, Contribution> importers, List<String> problems) {
        this.exporters = exporters;
        this.importers = importers;
        this.problems = problems;
    }

    /** The formats of this installation (read once). */
    public static Formats get() {
        Formats formats = cached;
        if (formats == null) {
            formats = load(RegistryFactory.getRegistry());
            cached = formats;
        }
        return formats;
    }

    /** Every exporter, in contribution order. */
    public List<Format> exporters() {
        return exporters.values().stream().map(Contribution::format).toList();
    }

    /** Every importer, in contribution order. */
    public List<Format> importers() {
        return importers.values().stream().map(Contribution::format).toList();
    }

    /** The names `--format` accepts for export, contributed ones only (svg and png are the map's own). */
    public List<String> exportNames() {
        return List.copyOf(exporters.keySet());
    }

    /**
     * The names `--sjabloon` accepts: a template is an empty sheet to fill in and import again, so only formats
     * that can also be imported (csv, xlsx; not graphml or gexf, which only go out).
     */
    public List<String> templateNames() {
        return exporters.keySet().stream().filter(importers::containsKey).toList();
    }

    /** The exporter with this command-line name (any case), made anew. */
    public Optional<Exporter> exporter(String name) throws ExchangeException {
        Contribution c = name == null ? null : exporters.get(name.strip().toLowerCase(Locale.ROOT));
        return c == null ? Optional.empty() : Optional.of(create(c, Exporter.class));
    }

    /** The format of the exporter with this name. */
    public Optional<Format> exportFormat(String name) {
        Contribution c = name == null ? null : exporters.get(name.strip().toLowerCase(Locale.ROOT));
        return c == null ? Optional.empty() : Optional.of(c.format());
    }

    /** The importer that reads files with this file's extension (any case), made anew. */
    public Optional<Importer> importerFor(Path file) throws ExchangeException {
        Optional<Format> format = importFormatFor(file);
        return format.isEmpty() ? Optional.empty() : Optional.of(create(importers.get(format.get().name()), Importer.class));
    }

    /** The format of the importer for this file's extension. */
    public Optional<Format> importFormatFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return importers.values().stream().map(Contribution::format)
                .filter(f -> f.extension().equalsIgnoreCase(extension)).findFirst();
    }

    /** Contributions that were skipped, one Dutch line each (contributor: what is wrong). */
    public List<String> problems() {
        return problems;
    }

    private static <T> T create(Contribution c, Class<T> type) throws ExchangeException {
        try {
            return type.cast(c.element().createExecutableExtension("class"));
        } catch (CoreException | ClassCastException e) {
            throw new ExchangeException(null, "het formaat '" + c.format().name() + "' van " + c.format().contributor()
                    + " kon niet worden geladen: " + e.getMessage(), e);
        }
    }

    static Formats load(IExtensionRegistry registry) {
        Map<String, Contribution> exporters = new LinkedHashMap<>();
        Map<String, Contribution> importers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                String contributor = e.getContributor().getName();
                Map<String, Contribution> kind = "exporter".equals(e.getName()) ? exporters : importers;
                String what = "exporter".equals(e.getName()) ? "exporteur" : "importeur";
                String id = e.getAttribute("id");
                String name = e.getAttribute("name");
                String extension = e.getAttribute("extension");
                String label = e.getAttribute("label");
                if (blank(id) || blank(name) || blank(extension) || blank(label) || blank(e.getAttribute("class"))) {
                    problems.add(contributor + ": " + what + " '" + id + "' mist id, name, extension, label of class");
                    continue;
                }
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (RESERVED.contains(key)) {
                    problems.add(contributor + ": " + what + " '" + id + "': de naam '" + key + "' is van de netwerkkaart");
                } else if (kind.containsKey(key)) {
                    problems.add(contributor + ": " + what + " '" + id + "': de naam '" + key + "' bestaat al (van "
                            + kind.get(key).format().contributor() + ")");
                } else {
                    kind.put(key, new Contribution(new Format(id, key, extension.strip(), label, contributor), e));
                }
            }
        }
        return new Formats(exporters, importers, List.copyOf(problems));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

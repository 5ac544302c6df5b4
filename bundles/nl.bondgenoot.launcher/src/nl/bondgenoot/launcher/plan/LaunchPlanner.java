package nl.bondgenoot.launcher.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * At build time: for every headless application of the installed product (bundles.info, see {@link #installed}), the class
 * path of the fast launch, resolved from the bundles' own OSGi metadata as the framework would wire
 * them: Require-Bundle, Import-Package (the highest matching exporter), the service loader capabilities
 * (logging back ends, Jetty) and the fragments of what is chosen. Writes one file per application,
 * {@code launch/APPLICATION.classpath}, with one entry per line relative to the product folder, and a
 * report {@code launch/plan.txt}. An application whose bundles need SWT is the workbench: it keeps OSGi.
 * An application that declares the command line's extension point ({@value Bundle#COMMANDS}) also gets a
 * class path per contributed command, {@code launch/APPLICATION/COMMAND.classpath}: the application, the
 * command's bundle and what they need, without the other commands' bundles (the language server does not
 * load the map's Jetty, GLSP and ELK jars); the full one serves {@code help}.
 *
 * <p>Usage: {@code java -cp nl.bondgenoot.launcher.jar nl.bondgenoot.launcher.plan.LaunchPlanner PRODUCT_FOLDER}
 */
public final class LaunchPlanner {

    static final String LAUNCHER = "nl.bondgenoot.launcher";
    private static final List<String> JRE_PACKAGES = List.of("java.", "javax.", "org.w3c.", "org.xml.", "org.ietf.",
            "sun.", "com.sun.", "jdk.");

    private final Map<String, List<Bundle>> byName = new LinkedHashMap<>();
    private final List<Bundle> all = new ArrayList<>();

    LaunchPlanner(List<Bundle> bundles) {
        for (Bundle b : bundles) {
            all.add(b);
            byName.computeIfAbsent(b.name(), n -> new ArrayList<>()).add(b);
        }
        byName.values().forEach(list -> list.sort(Comparator.comparing(Bundle::version).reversed()));
    }

    /** The planner of these installed bundles (jars or folders; what is no bundle is left out). */
    public static LaunchPlanner of(List<Path> locations) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path p : locations) {
            Bundle b = Bundle.read(p);
            if (b != null) {
                bundles.add(b);
            }
        }
        return new LaunchPlanner(bundles);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Gebruik: LaunchPlanner PRODUCTMAP");
            System.exit(2);
        }
        Path product = Path.of(args[0]).toAbsolutePath().normalize();
        Path launch = product.resolve("launch");
        LaunchPlanner planner = of(installed(product));
        deleteFolder(launch);
        Files.createDirectories(launch);
        StringBuilder report = new StringBuilder("# Klassenpaden van de snelle start, berekend uit de manifesten van plugins/\n");
        for (Bundle owner : planner.all) {
            for (String application : owner.applications()) {
                Plan plan = planner.plan(owner);
                report.append("\n[").append(application).append("]\n");
                if (!plan.headless()) {
                    report.append("niet gepland: vraagt SWT (de werkbank houdt OSGi)\n");
                    continue;
                }
                List<String> entries = new ArrayList<>();
                for (Path entry : classPath(plan, launch.resolve("lib"))) {
                    entries.add(product.relativize(entry).toString());
                }
                plan.bundles().forEach(b -> report.append(b).append('\n'));
                plan.notes().forEach(n -> report.append("let op: ").append(n).append('\n'));
                Files.write(launch.resolve(application + ".classpath"), entries, StandardCharsets.UTF_8);
                if (!owner.extensions().declared().contains(Bundle.COMMANDS)) {
                    continue;
                }
                Files.createDirectories(launch.resolve(application));
                for (Bundle contributor : plan.bundles()) {
                    for (String command : contributor.commands()) {
                        Plan own = planner.planOf(owner, contributor);
                        List<String> commandEntries = new ArrayList<>();
                        for (Path entry : classPath(own, launch.resolve("lib"))) {
                            commandEntries.add(product.relativize(entry).toString());
                        }
                        report.append("[").append(application).append(' ').append(command).append("] ")
                                .append(own.bundles().size()).append(" bundels\n");
                        Files.write(launch.resolve(application).resolve(command + ".classpath"), commandEntries,
                                StandardCharsets.UTF_8);
                    }
                }
            }
        }
        Files.writeString(launch.resolve("plan.txt"), report, StandardCharsets.UTF_8);
    }

    /**
     * The bundles the OSGi product starts with: the ones in its simple configurator's bundles.info (what p2 installed;
     * a bundle that `bondgenoot uninstall` removed stays in plugins/ until p2 collects it, but is no longer listed),
     * or, in a folder without one, every bundle in plugins/.
     */
    public static List<Path> installed(Path product) throws IOException {
        Path info = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        if (!Files.isRegularFile(info)) {
            try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
                return plugins.sorted().toList();
            }
        }
        List<Path> bundles = new ArrayList<>();
        for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            String[] fields = line.split(",");
            if (line.startsWith("#") || fields.length < 3) {
                continue;
            }
            String location = fields[2].startsWith("file:") ? fields[2].substring("file:".length()) : fields[2];
            Path bundle = product.resolve(location).normalize();
            if (Files.exists(bundle)) {
                bundles.add(bundle);
            }
        }
        return bundles.stream().sorted().toList();
    }

    /**
     * The class path of the fast launch of an application, or empty when no bundle contributes it or it
     * needs SWT; nested and signed jars are copied (without signature) into {@code lib}.
     */
    public Optional<List<Path>> classPath(String application, Path lib) throws IOException {
        for (Bundle owner : all) {
            if (owner.applications().contains(application)) {
                Plan plan = plan(owner);
                return plan.headless() ? Optional.of(classPath(plan, lib)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The class path of one contributed command of an application: the application's bundle, the bundle
     * that contributes the command and what they need, without the other commands' bundles; empty when no
     * bundle of the application's plan contributes the command.
     */
    public Optional<List<Path>> classPath(String application, String command, Path lib) throws IOException {
        for (Bundle owner : all) {
            if (owner.applications().contains(application)) {
                for (Bundle contributor : plan(owner).bundles()) {
                    if (contributor.commands().contains(command)) {
                        return Optional.of(classPath(planOf(owner, contributor), lib));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> classPath(Plan plan, Path lib) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (Bundle b : plan.bundles()) {
            entries.addAll(classPath(b, lib));
        }
        return entries;
    }

    /** The bundles of one application, in class path order, and what could not be wired. */
    record Plan(List<Bundle> bundles, List<String> notes) {
        /** An application that needs SWT is the workbench's: it keeps OSGi. */
        boolean headless() {
            return bundles.stream().noneMatch(b -> b.name().equals("org.eclipse.swt"));
        }
    }

    /**
     * The application's bundle and what it needs, and, as in the product where every installed bundle
     * is there, every headless bundle that contributes to an extension point of those (a plug-in's rule
     * set, actor kinds or EMF package, and its commands: nl.bondgenoot.cli.app requires none of the bundles
     * whose commands it runs, they come along because they contribute to nl.bondgenoot.cli.commands). The points of the Eclipse runtime itself
     * (org.eclipse.core.*, org.eclipse.equinox.*: applications, adapters, preferences, content types)
     * bring no one along: the fast launch does not run that runtime.
     */
    private Plan plan(Bundle root) {
        return grow(closure(List.of(root)), Set.of());
    }

    /**
     * The plan of one command: the application's bundle and the command's, grown like {@link #plan(Bundle)}
     * except by the other commands (contributions to {@value Bundle#COMMANDS} bring no one along).
     */
    private Plan planOf(Bundle root, Bundle command) {
        return grow(closure(List.of(root, command)), Set.of(Bundle.COMMANDS));
    }

    private Plan grow(Plan start, Set<String> ignored) {
        Plan plan = start;
        boolean grown = true;
        while (grown) {
            grown = false;
            Set<String> points = new HashSet<>();
            plan.bundles().stream().filter(b -> RUNTIME.stream().noneMatch(b.name()::startsWith))
                    .forEach(b -> points.addAll(b.extensions().declared()));
            points.removeAll(ignored);
            Set<String> present = new HashSet<>();
            plan.bundles().forEach(b -> present.add(b.name()));
            for (Bundle candidate : all) {
                if (present.contains(candidate.name()) || byName.get(candidate.name()).get(0) != candidate
                        || candidate.extensions().used().stream().noneMatch(points::contains)) {
                    continue;
                }
                if (closure(List.of(candidate)).headless()) {
                    List<Bundle> roots = new ArrayList<>(plan.bundles());
                    roots.add(candidate);
                    plan = closure(roots);
                    grown = true;
                    break;
                }
            }
        }
        return plan;
    }

    private static final List<String> RUNTIME = List.of("org.eclipse.core.", "org.eclipse.equinox.");

    private Plan closure(List<Bundle> roots) {
        Map<String, Bundle> chosen = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Deque<Bundle> todo = new ArrayDeque<>();
        roots.forEach(r -> add(r, chosen, todo, notes));
        byName.getOrDefault(LAUNCHER, List.of()).stream().findFirst().ifPresent(l -> add(l, chosen, todo, notes));
        while (!todo.isEmpty()) {
            Bundle b = todo.poll();
            for (Clause req : b.requires()) {
                String name = req.name().equals("system.bundle") ? "org.eclipse.osgi" : req.name();
                VersionRange range = VersionRange.parse(req.get("bundle-version"));
                Bundle present = chosen.get(name);
                if (present != null) {
                    if (!range.includes(present.version())) {
                        notes.add(b + " vraagt " + name + " " + req.get("bundle-version") + ", gekozen is " + present);
                    }
                    continue;
                }
                Bundle best = byName.getOrDefault(name, List.of()).stream().filter(c -> range.includes(c.version()))
                        .findFirst().orElse(null);
                if (best != null) {
                    add(best, chosen, todo, notes);
                } else if (!req.optional()) {
                    notes.add(b + " vraagt bundel " + name + " " + range + ", die er niet is");
                }
            }
            for (Clause imp : b.imports()) {
                String pkg = imp.name();
                VersionRange range = VersionRange.parse(imp.get("version"));
                if (b.exportedVersion(pkg) != null || exportedIn(chosen.values(), pkg, range)) {
                    continue;
                }
                Bundle exporter = all.stream().filter(c -> exports(c, pkg, range))
                        .max(Comparator.comparing((Bundle c) -> c.exportedVersion(pkg)).thenComparing(Bundle::version))
                        .orElse(null);
                if (exporter != null && !chosen.containsKey(exporter.name())) {
                    add(exporter, chosen, todo, notes);
                } else if (exporter == null && !imp.optional() && JRE_PACKAGES.stream().noneMatch(pkg::startsWith)) {
                    notes.add(b + " importeert " + pkg + " " + range + ", dat niemand levert");
                }
            }
            for (String service : b.servicesRequired()) {
                all.stream().filter(c -> c.servicesProvided().contains(service) && !chosen.containsKey(c.name()))
                        .forEach(c -> add(c, chosen, todo, notes));
            }
            // Fragments join their host, as in OSGi (none of the headless ones is platform specific); not the
            // framework's extensions (the p2 director's compatibility.state): no framework runs in the fast launch.
            if (!b.name().equals("org.eclipse.osgi")) {
                all.stream().filter(f -> b.name().equals(f.host()) && !chosen.containsKey(f.name()))
                        .forEach(f -> add(f, chosen, todo, notes));
            }
        }
        return new Plan(List.copyOf(chosen.values()), notes);
    }

    private static void add(Bundle b, Map<String, Bundle> chosen, Deque<Bundle> todo, List<String> notes) {
        Bundle present = chosen.putIfAbsent(b.name(), b);
        if (present == null) {
            todo.add(b);
        } else if (!present.version().equals(b.version())) {
            notes.add("twee versies van " + b.name() + ": " + present.version() + " gekozen, " + b.version() + " niet");
        }
    }

    private static boolean exportedIn(Iterable<Bundle> bundles, String pkg, VersionRange range) {
        for (Bundle b : bundles) {
            if (exports(b, pkg, range)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exports(Bundle b, String pkg, VersionRange range) {
        return b.exportedVersions(pkg).stream().anyMatch(range::includes);
    }

    /**
     * The class path entries of a bundle. Jars nested in a jar are copied out to {@code lib}, and so are
     * signed jars, without their signature: the JVM's class data sharing leaves every class of a signed
     * jar out of its archive (and checking the signatures at each start costs time of its own).
     */
    private static List<Path> classPath(Bundle b, Path lib) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String inner : b.classPath()) {
            if (inner.equals(".") || inner.equals("/")) {
                entries.add(Files.isDirectory(b.location()) ? b.location() : withoutSignature(b.location(), lib));
            } else if (Files.isDirectory(b.location())) {
                Path nested = b.location().resolve(inner);
                if (Files.exists(nested)) {
                    entries.add(nested);
                }
            } else {
                try (JarFile jar = new JarFile(b.location().toFile(), false)) {
                    ZipEntry entry = jar.getEntry(inner);
                    if (entry == null) {
                        continue;
                    }
                    Path copy = lib.resolve(b.toString()).resolve(inner);
                    Files.createDirectories(copy.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                    entries.add(copy);
                }
            }
        }
        return entries;
    }

    /** The jar itself when it is not signed, else a copy in {@code lib} without the signature files. */
    private static Path withoutSignature(Path jar, Path lib) throws IOException {
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            if (in.stream().noneMatch(e -> isSignature(e.getName()))) {
                return jar;
            }
            Path copy = lib.resolve(jar.getFileName());
            if (Files.exists(copy)) {
                return copy; // already copied for another application
            }
            Files.createDirectories(lib);
            Path partial = lib.resolve(jar.getFileName() + ".tmp");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (JarEntry e : in.stream().toList()) {
                    if (isSignature(e.getName())) {
                        continue;
                    }
                    ZipEntry copied = new ZipEntry(e.getName());
                    copied.setTime(e.getTime());
                    out.putNextEntry(copied);
                    try (InputStream content = in.getInputStream(e)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            return copy;
        }
    }

    private static boolean isSignature(String entry) {
        String name = entry.toUpperCase(java.util.Locale.ROOT);
        if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC")
                || name.startsWith("META-INF/SIG-");
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package nl.bondgenoot.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.bondgenoot.cli.Cli;
import nl.bondgenoot.launcher.ClassPathRegistry;
import nl.bondgenoot.launcher.FastLaunch;
import nl.bondgenoot.launcher.plan.LaunchPlanner;
import nl.bondgenoot.rules.Rules;

/**
 * The fast launch (plain class path, no OSGi) sees the contributions of the bundles exactly as the OSGi
 * runtime does: the test fragments of rules and model contribute the rule set VB-1, the actor kinds
 * "jongerenwerk" and "kapot" (a broken one) and the instrument "test-buurtscan", and this test runtime is the
 * OSGi side.
 */
class FastLaunchTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../.."));

    @TempDir
    Path folder;

    @Test
    void classPathRegistryHoldsWhatTheOsgiRegistryHolds() throws IOException {
        IExtensionRegistry osgi = RegistryFactory.getRegistry();
        IExtensionRegistry classPath = new ClassPathRegistry(bundleLocations()).getRegistry();
        for (String point : List.of("nl.bondgenoot.rules.ruleSets", "nl.bondgenoot.model.actorSoorten",
                "nl.bondgenoot.model.instrumenten")) {
            TreeSet<String> expected = contributions(osgi, point);
            assertTrue(expected.stream().anyMatch(c -> c.contains("VoorbeeldRuleSet") || c.contains("jongerenwerk")
                    || c.contains("test-buurtscan")),
                    "the test fragments contribute to " + point + ": " + expected);
            assertEquals(expected, contributions(classPath, point), point);
        }
    }

    @Test
    void contributedRuleSetWorksInBothLaunches() throws Exception {
        Path model = folder.resolve("kern.bondgenoot");
        Files.copy(ROOT.resolve("examples/skelet/kamperpoort-kern.bondgenoot"), model);
        Path profile = folder.resolve("strenger.profiel");
        Files.writeString(profile, "VB-1.minimumLengte = 100000\n");
        String[] validate = { "validate", "--profiel", profile.toString(), model.toString() };

        assertTrue(Rules.all().stream().anyMatch(r -> r.info().id().equals("VB-1")), "VB-1 in the OSGi runtime");
        String osgiRules = inProcess("rules");
        String osgiFindings = inProcess(validate);
        assertTrue(osgiFindings.contains("INFO [VB-1]"), osgiFindings);

        assertEquals(osgiRules, fastLaunch("rules"), "rules in the fast launch");
        assertEquals(osgiFindings, fastLaunch(validate), "validate in the fast launch");
    }

    /**
     * The cli bundle requires none of the bundles that own commands (diagram, agenda.ide, compare, exchange):
     * the planner brings them along because they contribute to nl.bondgenoot.cli.commands, and the fast
     * launch's generated help is the OSGi runtime's.
     */
    @Test
    void theFastLaunchServesEveryContributedCommand() throws Exception {
        String osgiHelp = inProcess("help");
        for (String command : List.of("validate", "rules", "serve", "export", "analyse", "import", "diff", "merge", "lsp")) {
            assertTrue(osgiHelp.contains("\n  " + command + " "), command + " in the help:\n" + osgiHelp);
        }
        assertEquals(osgiHelp, fastLaunch("help"), "help in the fast launch");
        assertEquals(contributions(RegistryFactory.getRegistry(), "nl.bondgenoot.cli.commands"),
                contributions(new ClassPathRegistry(bundleLocations()).getRegistry(), "nl.bondgenoot.cli.commands"));
        String cliRequires = FrameworkUtil.getBundle(Cli.class).getHeaders().get("Require-Bundle");
        for (String owner : List.of("nl.bondgenoot.diagram", "nl.bondgenoot.agenda.ide", "nl.bondgenoot.compare",
                "nl.bondgenoot.exchange", "nl.bondgenoot.analysis")) {
            assertTrue(!cliRequires.contains(owner), "the cli bundle does not require " + owner + ": " + cliRequires);
        }
    }

    private static String inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), err);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Each command gets a class path of its own: its bundle and what that needs, not the other commands'.
     * The language server and validate do without the map's bundles (Jetty, GLSP, ELK); export has them.
     */
    @Test
    void eachCommandHasAClassPathOfItsOwn() throws Exception {
        LaunchPlanner planner = LaunchPlanner.of(bundleLocations());
        for (String command : List.of("lsp", "validate", "rules")) {
            List<Path> classPath = planner.classPath("nl.bondgenoot.cli.app", command, folder.resolve("lib")).orElseThrow();
            assertTrue(classPath.stream().noneMatch(FastLaunchTest::isDiagramBundle), command + ": " + classPath);
        }
        List<Path> export = planner.classPath("nl.bondgenoot.cli.app", "export", folder.resolve("lib")).orElseThrow();
        assertTrue(export.stream().anyMatch(FastLaunchTest::isDiagramBundle), export::toString);
        assertTrue(planner.classPath("nl.bondgenoot.cli.app", "opruimen", folder.resolve("lib")).isEmpty());
    }

    /** The diagram bundle's jar or folder (as installed, or target/classes in the build), not its tests or ui. */
    private static boolean isDiagramBundle(Path entry) {
        return java.util.regex.Pattern.compile("nl\\.bondgenoot\\.diagram[/_-]").matcher(entry.toString()).find();
    }

    /**
     * Standard output of the application nl.bondgenoot.cli.app in the fast launch, as ./bondgenoot starts it:
     * a command on its own class path, help on the application's.
     */
    private String fastLaunch(String... args) throws Exception {
        LaunchPlanner planner = LaunchPlanner.of(bundleLocations());
        Optional<List<Path>> classPath = args[0].equals("help") ? planner.classPath("nl.bondgenoot.cli.app", folder.resolve("lib"))
                : planner.classPath("nl.bondgenoot.cli.app", args[0], folder.resolve("lib"));
        assertTrue(classPath.isPresent(), "a fast launch is planned for the CLI");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Dfile.encoding=UTF-8", "-cp",
                String.join(File.pathSeparator, classPath.get().stream().map(Path::toString).toList()),
                FastLaunch.class.getName(), "nl.bondgenoot.cli.app"));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the fast launch ends");
        String output = Files.readString(out);
        assertTrue(process.exitValue() <= 1, "exit code " + process.exitValue() + "; standard error: " + Files.readString(err));
        return output;
    }

    /** Where the bundles of this OSGi runtime are installed (jars or folders). */
    private static List<Path> bundleLocations() {
        List<Path> locations = new ArrayList<>();
        for (Bundle b : FrameworkUtil.getBundle(FastLaunchTest.class).getBundleContext().getBundles()) {
            FileLocator.getBundleFileLocation(b).ifPresent(f -> locations.add(f.toPath()));
        }
        return locations;
    }

    /** Every contribution to the point: contributor, element and attributes, in a comparable form. */
    private static TreeSet<String> contributions(IExtensionRegistry registry, String point) {
        TreeSet<String> all = new TreeSet<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
            StringBuilder s = new StringBuilder(e.getContributor().getName()).append(' ').append(e.getName());
            for (String name : new TreeSet<>(List.of(e.getAttributeNames()))) {
                s.append(' ').append(name).append('=').append(e.getAttribute(name));
            }
            all.add(s.toString());
        }
        return all;
    }
}

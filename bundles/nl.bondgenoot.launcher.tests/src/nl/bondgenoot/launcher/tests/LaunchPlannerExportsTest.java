package nl.bondgenoot.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.launcher.plan.LaunchPlanner;

/** The fast launch's class path wires imports as OSGi does, also to a package exported at two versions. */
class LaunchPlannerExportsTest {

    @TempDir
    Path folder;

    /**
     * commons-io exports each package at 1.4.9999 and at its own version (2.21.0); commons-csv imports
     * [2.20,): the planner must see the second export, not only the first.
     */
    @Test
    void aPackageExportedAtTwoVersionsMatchesEither() throws Exception {
        Path app = application("Import-Package: voorbeeld.io;version=\"[2.20.0,3)\"\n");
        Path io = bundle("voorbeeld.io", "Export-Package: voorbeeld.io;version=\"1.4.9999\",voorbeeld.io;version=\"2.21.0\"\n");
        List<Path> classPath = LaunchPlanner.of(List.of(app, io)).classPath("voorbeeld.app.app", folder.resolve("lib")).orElseThrow();
        assertTrue(classPath.stream().anyMatch(p -> p.startsWith(io)), classPath::toString);
    }

    /** A framework extension (the p2 director's org.eclipse.osgi.compatibility.state) has no framework to extend there. */
    @Test
    void aFrameworkExtensionStaysOutOfTheFastLaunch() throws Exception {
        Path app = application("Require-Bundle: org.eclipse.osgi\n");
        Path osgi = bundle("org.eclipse.osgi", "");
        Path extension = bundle("org.eclipse.osgi.compatibility.state", "Fragment-Host: org.eclipse.osgi\n");
        List<Path> classPath = LaunchPlanner.of(List.of(app, osgi, extension)).classPath("voorbeeld.app.app", folder.resolve("lib"))
                .orElseThrow();
        assertTrue(classPath.stream().anyMatch(p -> p.startsWith(osgi)), classPath::toString);
        assertTrue(classPath.stream().noneMatch(p -> p.startsWith(extension)), classPath::toString);
    }

    /** The bundle voorbeeld.app with the application voorbeeld.app.app. */
    private Path application(String headers) throws Exception {
        Path app = bundle("voorbeeld.app", headers);
        Files.writeString(app.resolve("plugin.xml"), "<?xml version=\"1.0\"?><plugin><extension id=\"app\""
                + " point=\"org.eclipse.core.runtime.applications\"><application><run class=\"x.X\"/></application>"
                + "</extension></plugin>");
        return app;
    }

    private Path bundle(String name, String headers) throws Exception {
        Path b = folder.resolve(name);
        Files.createDirectories(b.resolve("META-INF"));
        Files.writeString(b.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                + "Bundle-SymbolicName: " + name + "\nBundle-Version: 1.0.0\n" + headers);
        return b;
    }
}

package nl.bondgenoot.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.launcher.plan.LaunchPlanner;

/**
 * The fast launch is planned from the bundles the OSGi product starts with: after `bondgenoot uninstall` a plug-in's
 * jar stays in plugins/ until p2 collects it, but it is out of bundles.info, and so out of the fast launch.
 */
class LaunchPlannerInstalledTest {

    @TempDir
    Path product;

    @Test
    void theBundlesOfBundlesInfoAreInstalledNotEveryJarInPlugins() throws Exception {
        Path kept = jar("voorbeeld.kept_1.0.0.jar");
        jar("voorbeeld.removed_1.0.0.jar");
        Path info = Files.createDirectories(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator"))
                .resolve("bundles.info");
        Files.writeString(info, "#encoding=UTF-8\n#version=1\nvoorbeeld.kept,1.0.0,plugins/voorbeeld.kept_1.0.0.jar,4,false\n"
                + "voorbeeld.gone,1.0.0,plugins/voorbeeld.gone_1.0.0.jar,4,false\n");
        assertEquals(List.of(kept), LaunchPlanner.installed(product), "listed and present; the removed one is not listed");
    }

    @Test
    void withoutBundlesInfoEveryJarInPluginsIs() throws Exception {
        assertEquals(List.of(jar("a_1.0.0.jar"), jar("b_1.0.0.jar")), LaunchPlanner.installed(product));
    }

    private Path jar(String name) throws Exception {
        return Files.writeString(Files.createDirectories(product.resolve("plugins")).resolve(name), "");
    }
}

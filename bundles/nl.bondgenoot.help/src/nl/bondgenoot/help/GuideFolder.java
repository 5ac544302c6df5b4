package nl.bondgenoot.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.bondgenoot.rules.Rule;

/**
 * The Handleiding as plain files: the bundle's guide/ pages copied out of the (jarred) bundle and the
 * rule catalogue written beside them. A browser then needs nothing but file: URLs, and the same
 * folder can be opened in any browser when the built-in one is missing.
 */
public final class GuideFolder {

    private static final String SOURCE = "guide";

    private GuideFolder() {
    }

    /** Where the workbench keeps the guide: in this bundle's state area, else in a temporary folder. */
    public static Path defaultFolder() throws IOException {
        try {
            return Path.of(Platform.getStateLocation(bundle()).toOSString(), "handleiding");
        } catch (IllegalStateException noInstanceArea) {
            // Started with -data @none: there is no state area, but the guide must still be readable.
            return Files.createTempDirectory("bondgenoot-handleiding");
        }
    }

    /**
     * Copies the static pages into {@code folder} and writes the catalogue of {@code rules} beside
     * them, every time: after an update or with other plug-ins the pages stay those of this
     * installation. Returns the start page.
     */
    public static Path write(Path folder, List<Rule<?>> rules) throws IOException {
        Files.createDirectories(folder);
        Bundle bundle = bundle();
        String prefix = "/" + SOURCE + "/";
        Enumeration<URL> entries = bundle.findEntries(SOURCE, "*", true);
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = entry.getPath();
            if (path.endsWith("/") || !path.startsWith(prefix)) {
                continue;
            }
            Path target = folder.resolve(path.substring(prefix.length())).normalize();
            Files.createDirectories(target.getParent());
            try (InputStream in = entry.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(folder.resolve(GuideContents.CATALOGUE), CatalogueHtml.render(rules), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(GuideContents.DOMEINMODEL), DomeinmodelHtml.render(rules), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(GuideContents.BRONNEN), BronnenHtml.render(), StandardCharsets.UTF_8);
        return folder.resolve(GuideContents.START);
    }

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(GuideFolder.class);
    }
}

package nl.bondgenoot.help.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.help.GuideNavigation;
import nl.bondgenoot.help.NoBrowserNotice;

/** The Handleiding's browser opens the guide's own files and nothing else. */
class GuideNavigationTest {

    @TempDir
    Path parent;

    @Test
    void theGuidesOwnPagesAndAnchorsAreAllowed() {
        Path folder = parent.resolve("handleiding");
        GuideNavigation navigation = new GuideNavigation(folder);
        assertTrue(navigation.allows(folder.resolve("index.html").toUri().toString()));
        assertTrue(navigation.allows(folder.resolve("regelcatalogus.html").toUri() + "#regel-4R-1"));
        assertTrue(navigation.allows("about:blank"));
    }

    @Test
    void theInternetAndOtherFilesAreRefused() {
        Path folder = parent.resolve("handleiding");
        GuideNavigation navigation = new GuideNavigation(folder);
        assertFalse(navigation.allows("http://example.org/"));
        assertFalse(navigation.allows("https://example.org/index.html"));
        assertFalse(navigation.allows("//example.org/index.html"));
        assertFalse(navigation.allows("ftp://example.org/"));
        assertFalse(navigation.allows("javascript:alert(1)"));
        assertFalse(navigation.allows("data:text/html,<p>hallo</p>"));
        assertFalse(navigation.allows("file:///etc/passwd"));
        assertFalse(navigation.allows(folder.resolve("../geheim.html").toUri().toString()));
        assertFalse(navigation.allows(parent.resolve("handleiding-oud/index.html").toUri().toString()), "a sibling folder");
        assertFalse(navigation.allows("file:/" + folder + "/%2e%2e/geheim.html"));
    }

    @Test
    void withoutABrowserTheNoticeNamesThePackageAndTheFolder() {
        Path folder = parent.resolve("handleiding");
        String text = NoBrowserNotice.text(folder);
        assertTrue(text.contains("sudo apt-get install libwebkit2gtk-4.1-0"), text);
        assertTrue(text.contains(folder.toString()) && text.contains("index.html"), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
    }
}

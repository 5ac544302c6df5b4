package nl.bondgenoot.help;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.bondgenoot.ui.pages.EmbeddedBrowser;

/** What the Handleiding says instead of its pages when no built-in browser can be made. */
public final class NoBrowserNotice {

    private NoBrowserNotice() {
    }

    public static String text(Path folder) {
        return NLS.bind(Messages.noBrowser, new Object[] { EmbeddedBrowser.PACKAGE, folder, GuideContents.START });
    }
}

package nl.bondgenoot.help;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** What the Handleiding says instead of its pages when no built-in browser can be made. */
public final class NoBrowserNotice {

    /** The Debian package that brings WebKitGTK, the engine of SWT's Browser on Linux. */
    public static final String PACKAGE = "libwebkit2gtk-4.1-0";

    private NoBrowserNotice() {
    }

    public static String text(Path folder) {
        return NLS.bind(Messages.noBrowser, new Object[] { PACKAGE, folder, GuideContents.START });
    }
}

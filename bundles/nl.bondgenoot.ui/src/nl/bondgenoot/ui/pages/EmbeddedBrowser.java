package nl.bondgenoot.ui.pages;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;

/** SWT's Browser (WebKitGTK on Linux) for the pages that need one: the Handleiding and the network map. */
public final class EmbeddedBrowser {

    /** The Debian package that brings WebKitGTK, the engine of SWT's Browser on Linux. */
    public static final String PACKAGE = "libwebkit2gtk-4.1-0";

    private EmbeddedBrowser() {
    }

    /** A browser in the parent, or empty (and logged) when WebKitGTK is missing: the caller says what to install. */
    public static Optional<Browser> create(Composite parent, String purpose) {
        try {
            return Optional.of(new Browser(parent, SWT.NONE));
        } catch (SWTError noWebKit) {
            Platform.getLog(EmbeddedBrowser.class).warn("Geen ingebouwde browser voor " + purpose + ": " + noWebKit.getMessage());
            return Optional.empty();
        }
    }
}

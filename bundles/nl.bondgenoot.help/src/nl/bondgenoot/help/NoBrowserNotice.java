package nl.bondgenoot.help;

import java.nio.file.Path;

/** What the Handleiding says instead of its pages when no built-in browser can be made. */
public final class NoBrowserNotice {

    /** The Debian package that brings WebKitGTK, the engine of SWT's Browser on Linux. */
    public static final String PACKAGE = "libwebkit2gtk-4.1-0";

    private NoBrowserNotice() {
    }

    public static String text(Path folder) {
        return """
                De handleiding kan hier niet worden getoond: op deze computer ontbreekt de ingebouwde \
                browser (WebKitGTK).

                Installeer die met
                    sudo apt-get install %s
                en open daarna Help > Handleiding opnieuw.

                De pagina's van de handleiding, met de regelcatalogus, staan ook als gewone HTML-bestanden in
                    %s
                Open daar %s in een webbrowser.""".formatted(PACKAGE, folder, GuideContents.START);
    }
}

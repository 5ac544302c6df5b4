package nl.bondgenoot.publish;

import java.io.IOException;
import java.io.InputStream;

/** The site's style sheet and scripts, shipped in this bundle's site/ folder and copied into every publication. */
final class Assets {

    static final String CSS = "assets/bondgenoot.css";
    static final String MAP_SCRIPT = "assets/kaart.js";
    static final String SEARCH_SCRIPT = "assets/zoeken.js";
    /** The search index: a script that sets a variable (a page opened from file:// may not fetch a data file). */
    static final String SEARCH_INDEX = "assets/zoekindex.js";

    private static final String[] SHIPPED = { CSS, MAP_SCRIPT, SEARCH_SCRIPT };

    private Assets() {
    }

    static void copyInto(SiteFolder site) throws IOException {
        for (String asset : SHIPPED) {
            site.write(asset, read(asset.substring(asset.indexOf('/') + 1)));
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = Assets.class.getResourceAsStream("/site/" + name)) {
            if (in == null) {
                throw new IOException("het bestand site/" + name + " ontbreekt in de bundel nl.bondgenoot.publish");
            }
            return in.readAllBytes();
        }
    }
}

package nl.bondgenoot.publish;

import nl.bondgenoot.representation.look.SvgWriter;

/** Text made safe for the site's pages, element content and attribute values alike: the product's one escape. */
final class Html {

    private Html() {
    }

    static String esc(String text) {
        return text == null ? "" : SvgWriter.escape(text);
    }

    /** A link; {@code href} is relative to the page that holds it. */
    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }
}

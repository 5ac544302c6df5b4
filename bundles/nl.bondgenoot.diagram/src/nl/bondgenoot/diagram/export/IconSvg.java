package nl.bondgenoot.diagram.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bondgenoot.representation.look.Icons;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/** A description's icon inlined as a nested svg element, so the export stands on its own. */
final class IconSvg {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]*)\"");

    private IconSvg() {
    }

    /** The icon at (x, y) in the given size; nothing when there is no such icon. */
    static void write(SvgWriter svg, String id, double x, double y, double size) {
        String icon = id == null ? "" : Icons.svg(id).orElse("");
        Matcher viewBox = VIEW_BOX.matcher(icon);
        int start = icon.indexOf('>') + 1;
        int end = icon.lastIndexOf("</svg>");
        if (!viewBox.find() || start <= 0 || end < start) {
            return;
        }
        svg.raw("<svg class=\"icoon\" x=\"" + Geometry.n(x) + "\" y=\"" + Geometry.n(y) + "\" width=\"" + Geometry.n(size)
                + "\" height=\"" + Geometry.n(size) + "\" viewBox=\"" + viewBox.group(1) + "\">" + icon.substring(start, end).trim()
                + "</svg>");
    }
}

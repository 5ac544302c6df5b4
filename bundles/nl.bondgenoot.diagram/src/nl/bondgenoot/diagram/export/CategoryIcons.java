package nl.bondgenoot.diagram.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * The category icons of the model editor's tree (nl.bondgenoot.model.edit/icons/categorie/*.svg),
 * the ones the browser map shows, inlined as nested svg elements so the export stands on its own.
 */
final class CategoryIcons {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]*)\"");
    private static final Map<String, String> CONTENT = new ConcurrentHashMap<>();

    private CategoryIcons() {
    }

    /** The icon of a category at (x, y) in the given size; nothing when the bundle has no such icon. */
    static void write(SvgWriter svg, String category, double x, double y, double size) {
        String icon = CONTENT.computeIfAbsent(category, CategoryIcons::load);
        if (icon.isEmpty()) {
            return;
        }
        Matcher viewBox = VIEW_BOX.matcher(icon);
        int start = icon.indexOf('>') + 1;
        int end = icon.lastIndexOf("</svg>");
        if (!viewBox.find() || start <= 0 || end < start) {
            return;
        }
        svg.raw("<svg x=\"" + SvgWriter.number(x) + "\" y=\"" + SvgWriter.number(y) + "\" width=\"" + SvgWriter.number(size)
                + "\" height=\"" + SvgWriter.number(size) + "\" viewBox=\"" + viewBox.group(1) + "\">"
                + icon.substring(start, end).trim() + "</svg>");
    }

    private static String load(String category) {
        if (!category.matches("[a-z_]+")) {
            return "";
        }
        try (InputStream in = BondgenootAdapterFactory.class.getResourceAsStream("/icons/categorie/" + category + ".svg")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

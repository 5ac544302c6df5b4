package nl.bondgenoot.diagram.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.description.TextStyle;
import nl.bondgenoot.representation.look.Legend;
import nl.bondgenoot.representation.look.Paint;

/**
 * The names under which a resolved look travels in the GModel's arguments, and their encoding: the
 * browser (look.ts) and the export read the same arguments, so both draw what the description says
 * and neither keeps a look of its own.
 */
public final class LookArgs {

    /** On a node: its paths as JSON ([Paint]), and the width and height they were computed for ("w h"). */
    public static final String PAINT = "verf";
    public static final String PAINT_SIZE = "verfMaat";
    public static final String ICON = "icoon";
    /** Where the icon goes in the node ("x y"). */
    public static final String ICON_PLACE = "icoonPlek";
    /** On a node with a group: the ids of its members (space-separated) and the region's style as JSON. */
    public static final String GROUP = "groep";
    public static final String GROUP_STYLE = "groepStijl";
    /** On a line: colour, width, dashes, round caps, the arrow head's path. */
    public static final String COLOUR = "kleur";
    public static final String WIDTH = "dikte";
    public static final String DASH = "streep";
    public static final String ROUND = "rond";
    public static final String ARROW = "pijl";
    /** On a label: size, weight, italic, colour (COLOUR), halo; on a badge also its pill's colour. */
    public static final String FONT_SIZE = "grootte";
    public static final String FONT_WEIGHT = "gewicht";
    public static final String ITALIC = "cursief";
    public static final String HALO = "halo";
    public static final String PILL = "vlak";
    /** On a node: pinned (a layout leaves it where it is). */
    public static final String PINNED = "vast";
    /** On nodes and lines: the layers they are on and the filters they do not pass (space-separated ids). */
    public static final String LAYERS = "lagen";
    public static final String FAILED_FILTERS = "filtersNiet";
    /** On the root: the legend, the icons by id (data URLs), the layers and filters, the representation. */
    public static final String LEGEND = "legenda";
    public static final String ICONS = "iconen";
    public static final String LAYER_LIST = "lagenLijst";
    public static final String FILTER_LIST = "filterLijst";
    public static final String REPRESENTATION = "weergave";
    /** On the root, true when the drawing is only shown (an agenda's chain): nothing to save, no model tables. */
    public static final String SHOW_ONLY = "alleenTonen";

    public static final Gson GSON = new Gson();

    private LookArgs() {
    }

    public static List<Paint> paints(GModelElement element) {
        Paint[] paints = GSON.fromJson(text(element, PAINT), Paint[].class);
        return paints == null ? List.of() : List.of(paints);
    }

    /** The width and height the paths were computed for. */
    public static double[] paintSize(GModelElement element) {
        String size = text(element, PAINT_SIZE);
        if (size.isEmpty()) {
            return new double[] { 0, 0 };
        }
        return Arrays.stream(size.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Where the node's icon goes; its top left corner by default. */
    public static double[] iconPlace(GModelElement element) {
        String place = text(element, ICON_PLACE);
        return place.isEmpty() ? new double[] { 6, 6 } : Arrays.stream(place.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    public static Style groupStyle(GModelElement element) {
        return GSON.fromJson(text(element, GROUP_STYLE), Style.class);
    }

    public static List<String> ids(GModelElement element, String key) {
        return Arrays.stream(text(element, key).split(" ")).filter(id -> !id.isEmpty()).toList();
    }

    /** The layers that are off and the filters that are on, in the view the root was drawn for: "id" -> vervaag (filters only). */
    public static java.util.Set<String> layersOff(GModelElement root) {
        java.util.Set<String> off = new java.util.HashSet<>();
        JsonArray layers = GSON.fromJson(text(root, LAYER_LIST), JsonArray.class);
        if (layers != null) {
            layers.forEach(l -> {
                if (!l.getAsJsonObject().get("aan").getAsBoolean()) {
                    off.add(l.getAsJsonObject().get("id").getAsString());
                }
            });
        }
        return off;
    }

    /** The filters that are on, each with whether it fades (true) or hides (false). */
    public static Map<String, Boolean> filtersOn(GModelElement root) {
        Map<String, Boolean> on = new LinkedHashMap<>();
        JsonArray filters = GSON.fromJson(text(root, FILTER_LIST), JsonArray.class);
        if (filters != null) {
            filters.forEach(f -> {
                JsonObject filter = f.getAsJsonObject();
                if (filter.has("aan") && filter.get("aan").getAsBoolean()) {
                    on.put(filter.get("id").getAsString(), filter.get("vervaag").getAsBoolean());
                }
            });
        }
        return on;
    }

    public static Legend legend(GModelElement root) {
        return GSON.fromJson(text(root, LEGEND), Legend.class);
    }

    public static Map<String, String> icons(GModelElement root) {
        JsonObject icons = GSON.fromJson(text(root, ICONS), JsonObject.class);
        Map<String, String> byId = new LinkedHashMap<>();
        if (icons != null) {
            icons.entrySet().forEach(e -> byId.put(e.getKey(), e.getValue().getAsString()));
        }
        return byId;
    }

    /** A label's text style as its arguments say. */
    public static TextStyle textStyle(GModelElement label) {
        return new TextStyle(number(label, FONT_SIZE, 11), (int) number(label, FONT_WEIGHT, 400), flag(label, ITALIC),
                text(label, COLOUR).isEmpty() ? TextStyle.DEFAULT.kleur() : text(label, COLOUR), flag(label, HALO));
    }

    public static String text(GModelElement element, String key) {
        Object value = element.getArgs() == null ? null : element.getArgs().get(key);
        return value == null ? "" : String.valueOf(value);
    }

    public static double number(GModelElement element, String key, double otherwise) {
        Object value = element.getArgs() == null ? null : element.getArgs().get(key);
        return value instanceof Number n ? n.doubleValue() : otherwise;
    }

    public static boolean flag(GModelElement element, String key) {
        return Boolean.TRUE.equals(element.getArgs() == null ? null : element.getArgs().get(key));
    }
}

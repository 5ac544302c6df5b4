package nl.bondgenoot.representation.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.representation.expression.Expression;

/**
 * One entry of the palette: a tool, or one value of a tool's repeat, with its name and values filled in.
 *
 * @param waarden the values to set on what is made, converted to their attribute's type
 */
public record ToolItem(String id, String naam, String icoon, Tool tool, Map<EAttribute, Object> waarden) {

    /** A placeholder of a repeat in a tool's name or values: {id}, {label}, {categorie}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    /** The entries a tool stands for: itself, or one per value of its repeat. */
    static List<ToolItem> of(Tool tool) {
        if (tool.voorElke() == null) {
            return List.of(new ToolItem(tool.id(), tool.naam(), tool.icoon(), tool, values(tool, Map.of())));
        }
        List<ToolItem> items = new ArrayList<>();
        for (Repeat.Value value : tool.voorElke().values()) {
            items.add(new ToolItem(tool.id() + "-" + value.id(), fill(tool.naam(), value.placeholders()), tool.icoon(), tool,
                    values(tool, value.placeholders())));
        }
        return items;
    }

    private static Map<EAttribute, Object> values(Tool tool, Map<String, String> placeholders) {
        Map<EAttribute, Object> values = new LinkedHashMap<>();
        tool.waarden().forEach((attribute, text) -> {
            String filled = fill(text, placeholders);
            values.put(attribute, attribute.getEAttributeType() instanceof EEnum e ? Expression.enumLiteral(e, filled).getInstance()
                    : EcoreUtil.createFromString(attribute.getEAttributeType(), filled));
        });
        return values;
    }

    /** The text with each {name} replaced by the repeat value's; the reader checked every name. */
    static String fill(String text, Map<String, String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeholders.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The GModel type of what the entry makes. */
    public String elementType() {
        return tool.elementType();
    }
}

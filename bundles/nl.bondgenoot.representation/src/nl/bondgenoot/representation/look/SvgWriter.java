package nl.bondgenoot.representation.look;

/**
 * Writes SVG markup: elements with attributes given as name/value pairs, text content and attribute
 * values escaped, numbers as {@link Geometry#n} writes them (the numbers the browser gets). Characters XML
 * cannot hold are left out. One writer for every SVG the product draws: the map export (diagram bundle) and
 * the assessment charts (beoordeling bundle).
 */
public final class SvgWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** An element with children; close it with {@link #close(String)}. */
    public SvgWriter open(String name, Object... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    public SvgWriter close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element without children. */
    public SvgWriter empty(String name, Object... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element with text content only. */
    public SvgWriter text(String name, String text, Object... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** Markup that is already well-formed (the category icons of the bundle). */
    public SvgWriter raw(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(format(value))).append('"');
            }
        }
    }

    private void indent() {
        out.append("  ".repeat(Math.max(depth, 0)));
    }

    /** Two lists of name/value pairs as one. */
    public static Object[] concat(Object[] first, Object[] second) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    public static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Geometry.n(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    /** Text and attribute values: &amp; &lt; &gt; &quot; &apos; escaped, characters XML 1.0 forbids left out. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                        if (Character.isSurrogate(c)) {
                            appendSurrogate(text, i, escaped);
                        } else {
                            escaped.append(c);
                        }
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A surrogate is kept only as half of a valid pair. */
    private static void appendSurrogate(String text, int i, StringBuilder escaped) {
        char c = text.charAt(i);
        boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        if (pairedHigh || pairedLow) {
            escaped.append(c);
        }
    }
}

package nl.bondgenoot.help.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The SDK guide's architecture picture, generated from the bundles' manifests so it cannot drift:
 * every product bundle (test fragments and benchmarks left out) as a box, its Require-Bundle
 * arrows to other product bundles, workbench bundles above and headless bundles below,
 * each group in layers (a bundle sits one layer above the highest bundle of its group it requires). Arrows implied by
 * a longer path are left out, so the picture stays readable; an arrow that would run behind a third box goes round
 * it through a channel of its own beside the boxes. Only the JDK is used, so it also runs as a single-file program:
 *
 * <pre>java bundles/nl.bondgenoot.help.tests/src/nl/bondgenoot/help/tests/ArchitectureDiagram.java . bundles/nl.bondgenoot.help/guide/architectuur.svg</pre>
 *
 * {@code ArchitectureDiagramTest} fails when the committed picture differs from what this writes.
 */
public final class ArchitectureDiagram {

    static final String PREFIX = "nl.bondgenoot.";
    static final int CHAR = 8, BOX_H = 30, PAD = 14, GAP_X = 16, LAYER_H = 78, GROUP_GAP = 40, MARGIN = 20, HEAD = 34, DETOUR_STEP = 10;

    /** A bundle's box in the picture. */
    public record Box(String id, boolean workbench, int layer, int x, int y, int width) {
        String label() {
            return id.substring(PREFIX.length());
        }
    }

    public record Layout(List<Box> boxes, Map<String, Set<String>> arrows, int width, int height) {
    }

    private ArchitectureDiagram() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = Path.of(args.length > 1 ? args[1] : "bundles/nl.bondgenoot.help/guide/architectuur.svg");
        Files.writeString(out, svg(layout(root)), StandardCharsets.UTF_8);
    }

    /** Product bundles and the product bundles each requires, read from {@code root/bundles/*}. */
    public static Map<String, Set<String>> requires(Path root) throws IOException {
        Map<String, Set<String>> requires = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root.resolve("bundles"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path file = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Manifest manifest;
                try (var in = Files.newInputStream(file)) {
                    manifest = new Manifest(in);
                }
                var main = manifest.getMainAttributes();
                String id = main.getValue("Bundle-SymbolicName").split(";")[0].strip();
                if (main.getValue("Fragment-Host") != null || id.endsWith(".tests") || id.endsWith(".benchmarks")) {
                    continue;
                }
                requires.put(id, names(main.getValue("Require-Bundle")));
            }
        }
        return requires;
    }

    /** Bundle names of a Require-Bundle header, without attributes or directives. */
    static Set<String> names(String header) {
        Set<String> names = new TreeSet<>();
        if (header == null) {
            return names;
        }
        // commas inside quoted version ranges are not separators
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                names.add(part.toString().split(";")[0].strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return names;
    }

    public static Layout layout(Path root) throws IOException {
        Map<String, Set<String>> all = requires(root);
        Map<String, Set<String>> arrows = new TreeMap<>();
        Map<String, Boolean> workbench = new HashMap<>();
        for (var entry : all.entrySet()) {
            Set<String> own = new TreeSet<>(entry.getValue());
            own.retainAll(all.keySet());
            arrows.put(entry.getKey(), own);
        }
        for (String id : all.keySet()) {
            workbench.put(id, usesTheWorkbench(id, all, new HashSet<>()));
        }
        // layers within each group: a workbench bundle is not lifted by the headless layers below it
        Map<String, Set<String>> inGroup = new TreeMap<>();
        for (var entry : arrows.entrySet()) {
            inGroup.put(entry.getKey(), new TreeSet<>(entry.getValue().stream()
                    .filter(t -> workbench.get(t).equals(workbench.get(entry.getKey()))).toList()));
        }
        Map<String, Integer> layer = new HashMap<>();
        for (String id : all.keySet()) {
            layer(id, inGroup, layer);
        }
        Map<String, Set<String>> reduced = new TreeMap<>();
        for (var entry : arrows.entrySet()) {
            Set<String> direct = new TreeSet<>();
            for (String target : entry.getValue()) {
                boolean implied = entry.getValue().stream()
                        .anyMatch(other -> !other.equals(target) && reaches(other, target, arrows));
                if (!implied) {
                    direct.add(target);
                }
            }
            reduced.put(entry.getKey(), direct);
        }
        List<Box> boxes = new ArrayList<>();
        Map<String, Integer> centre = new HashMap<>();
        int groupY = MARGIN;
        int width = 0;
        for (boolean wb : List.of(true, false)) {
            int layers = all.keySet().stream().filter(id -> workbench.get(id) == wb).mapToInt(layer::get).max().orElse(-1) + 1;
            for (int l = layers - 1; l >= 0; l--) {
                final int current = l;
                List<String> row = new ArrayList<>(all.keySet().stream()
                        .filter(id -> workbench.get(id) == wb && layer.get(id) == current).toList());
                // under the bundles that require them: order by the mean position of those above
                row.sort(Comparator.comparingDouble((String id) -> reduced.entrySet().stream()
                        .filter(e -> e.getValue().contains(id) && centre.containsKey(e.getKey()))
                        .mapToInt(e -> centre.get(e.getKey())).average().orElse(0)).thenComparing(id -> id));
                int x = MARGIN + PAD;
                int y = groupY + HEAD + (layers - 1 - l) * LAYER_H;
                for (String id : row) {
                    int w = (id.length() - PREFIX.length()) * CHAR + 2 * PAD;
                    boxes.add(new Box(id, wb, l, x, y, w));
                    centre.put(id, x + w / 2);
                    x += w + GAP_X;
                }
                width = Math.max(width, x - GAP_X + PAD);
            }
            groupY += HEAD + layers * LAYER_H - (LAYER_H - BOX_H) + PAD + GROUP_GAP;
        }
        int height = groupY - GROUP_GAP + MARGIN;
        return new Layout(boxes, reduced, Math.max(width, 400) + MARGIN, height);
    }

    private static boolean usesTheWorkbench(String id, Map<String, Set<String>> all, Set<String> seen) {
        if (!seen.add(id) || !all.containsKey(id)) {
            return false;
        }
        for (String required : all.get(id)) {
            if (required.equals("org.eclipse.ui") || required.startsWith("org.eclipse.swt")
                    || required.startsWith("org.eclipse.ui.") || usesTheWorkbench(required, all, seen)) {
                return true;
            }
        }
        return false;
    }

    private static int layer(String id, Map<String, Set<String>> arrows, Map<String, Integer> layer) {
        Integer known = layer.get(id);
        if (known != null) {
            return known;
        }
        layer.put(id, 0); // a cycle (which OSGi would refuse) ends here instead of looping
        int mine = 0;
        for (String target : arrows.get(id)) {
            mine = Math.max(mine, layer(target, arrows, layer) + 1);
        }
        layer.put(id, mine);
        return mine;
    }

    private static boolean reaches(String from, String to, Map<String, Set<String>> arrows) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(to)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(arrows.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    public static String svg(Layout layout) {
        Map<String, Box> byId = new LinkedHashMap<>();
        layout.boxes().forEach(b -> byId.put(b.id(), b));
        List<String> lines = new ArrayList<>();
        int detours = 0;
        int channel = layout.boxes().stream().mapToInt(b -> b.x() + b.width()).max().orElse(0) + 2 * GAP_X;
        for (var entry : layout.arrows().entrySet()) {
            Box from = byId.get(entry.getKey());
            for (String target : entry.getValue()) {
                Box to = byId.get(target);
                String points = straight(from, to);
                if (layout.boxes().stream().anyMatch(b -> b != from && b != to && crosses(from, to, b))) {
                    points = detour(from, to, channel + detours * DETOUR_STEP, detours);
                    detours++;
                }
                lines.add("<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#555\" stroke-opacity=\"0.55\""
                        + " marker-end=\"url(#pijl)\"><title>" + from.id() + " \u2192 " + to.id() + "</title></polyline>\n");
            }
        }
        int width = Math.max(layout.width(), channel + detours * DETOUR_STEP + MARGIN + PAD);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(layout.height()).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(layout.height()).append("\" font-family=\"monospace\" font-size=\"13\">\n");
        svg.append("<!-- Generated from the bundles' MANIFEST.MF by ArchitectureDiagram (nl.bondgenoot.help.tests); do not edit. -->\n");
        svg.append("<defs><marker id=\"pijl\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        for (boolean wb : List.of(true, false)) {
            List<Box> group = layout.boxes().stream().filter(b -> b.workbench() == wb).toList();
            if (group.isEmpty()) {
                continue;
            }
            int left = MARGIN;
            int right = width - MARGIN;
            int top = group.stream().mapToInt(Box::y).min().getAsInt() - HEAD;
            int bottom = group.stream().mapToInt(Box::y).max().getAsInt() + BOX_H + PAD;
            svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(right - left)
                    .append("\" height=\"").append(bottom - top).append("\" rx=\"8\" fill=\"")
                    .append(wb ? "#eef3fb" : "#f1f7ee").append("\" stroke=\"#999\"/>\n");
        }
        lines.forEach(svg::append);
        // the group titles over the arrows, with a halo of the group's colour: an arrow never runs through them
        for (boolean wb : List.of(true, false)) {
            List<Box> group = layout.boxes().stream().filter(b -> b.workbench() == wb).toList();
            if (!group.isEmpty()) {
                int top = group.stream().mapToInt(Box::y).min().getAsInt() - HEAD;
                svg.append("<text x=\"").append(MARGIN + PAD).append("\" y=\"").append(top + 22)
                        .append("\" font-weight=\"bold\" paint-order=\"stroke\" stroke-width=\"6\" stroke=\"")
                        .append(wb ? "#eef3fb" : "#f1f7ee").append("\">")
                        .append(wb ? "Werkbank (SWT, Eclipse UI)" : "Headless (opdrachtregel, server, werkbank)").append("</text>\n");
            }
        }
        for (Box box : layout.boxes()) {
            svg.append("<g data-id=\"").append(box.id()).append("\"><title>").append(box.id()).append("</title><rect x=\"")
                    .append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(box.width())
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"4\" fill=\"#fff\" stroke=\"")
                    .append(box.workbench() ? "#3465a4" : "#4e9a06").append("\"/><text x=\"").append(box.x() + PAD)
                    .append("\" y=\"").append(box.y() + 20).append("\">").append(box.label()).append("</text></g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** From the middle of the bottom of one box to the middle of the top of the other. */
    private static String straight(Box from, Box to) {
        return (from.x() + from.width() / 2) + "," + (from.y() + BOX_H) + " " + (to.x() + to.width() / 2) + "," + to.y();
    }

    /**
     * An arrow that would run behind a third box goes round instead: down into the gap under its bundle, right
     * to a channel of its own beside all boxes, down to the gap over its target, and in. Each detour has its
     * own channel and its own height in the gaps, so no two run together.
     */
    private static String detour(Box from, Box to, int x, int index) {
        int gap = LAYER_H - BOX_H;
        int below = from.y() + BOX_H + 6 + (index * 4) % (gap - 12);
        int above = to.y() - 6 - (index * 4) % (gap - 12);
        int sx = from.x() + from.width() / 2;
        int tx = to.x() + to.width() / 2;
        return sx + "," + (from.y() + BOX_H) + " " + sx + "," + below + " " + x + "," + below + " " + x + "," + above
                + " " + tx + "," + above + " " + tx + "," + to.y();
    }

    /** Whether the straight arrow from one box to another passes through a third (with a margin of 2). */
    private static boolean crosses(Box from, Box to, Box third) {
        double x1 = from.x() + from.width() / 2.0, y1 = from.y() + BOX_H, x2 = to.x() + to.width() / 2.0, y2 = to.y();
        double left = third.x() - 2, right = third.x() + third.width() + 2, top = third.y() - 2, bottom = third.y() + BOX_H + 2;
        for (int i = 0; i <= 200; i++) {
            double t = i / 200.0, x = x1 + t * (x2 - x1), y = y1 + t * (y2 - y1);
            if (x >= left && x <= right && y >= top && y <= bottom) {
                return true;
            }
        }
        return false;
    }
}

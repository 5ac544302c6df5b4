package nl.bondgenoot.rules.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleInfo;

/**
 * The rule catalogue as Markdown, written from the rules themselves (id, severity, provenance,
 * title, source lines and explanation): for the README and `bondgenoot rules`. The workbench's
 * Handleiding renders the same {@link #entries(List) entries} as HTML.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** What every catalogue shows of these rules, in catalogue order (by family, then by number). */
    public static List<RuleInfo> entries(List<Rule<?>> rules) {
        return rules.stream().map(Rule::info).sorted(BY_ID).toList();
    }

    public static String markdown(List<Rule<?>> rules) {
        List<RuleInfo> infos = entries(rules);
        StringBuilder md = new StringBuilder();
        md.append("# Regelcatalogus van Bondgenoot\n\n")
                .append("Gegenereerd uit de regels zelf (`./bondgenoot rules`). Ernst: FOUT, WAARSCHUWING of INFO;")
                .append(" herkomst: ").append(Arrays.stream(Provenance.values()).map(p -> p + " (" + p.meaning() + ")")
                        .collect(Collectors.joining(", "))).append(".")
                .append(" Bron `S2:2258-2260` betekent: regels 2258-2260 van publicatie S2; welke publicatie dat is en")
                .append(" hoe de regels in haar hoofdstukken vallen, staat in [bronnen.md](bronnen.md).\n\n")
                .append("| id | ernst | herkomst | regel | bron |\n|---|---|---|---|---|\n");
        for (RuleInfo r : infos) {
            md.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ")
                    .append(r.provenance()).append(" | ").append(escape(r.title())).append(" | ")
                    .append(escape(r.source())).append(" |\n");
        }
        md.append('\n');
        for (RuleInfo r : infos) {
            md.append("## ").append(r.id()).append(": ").append(r.title()).append("\n\n")
                    .append(r.explanation()).append("\n\n")
                    .append("*Ernst ").append(r.severity().label()).append(", herkomst ").append(r.provenance())
                    .append(", bron ").append(r.sourceWithSections()).append(".*\n\n");
        }
        return md.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    /** Rule ids in catalogue order, NET-2 before NET-10: by family, then by number. */
    public static final Comparator<String> ID_ORDER = Comparator.comparing(RuleCatalogue::family)
            .thenComparingInt(RuleCatalogue::number).thenComparing(Comparator.naturalOrder());

    static final Comparator<RuleInfo> BY_ID = Comparator.comparing(RuleInfo::id, ID_ORDER);

    private static String family(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}

package nl.bondgenoot.publish;

import java.util.List;

/**
 * Findings as a table: severity word, rule id (a link to the rule in the catalogue), the message, the
 * rule's text and its source reference, and where: the element (a link to its page) and the line.
 */
final class FindingTable {

    private FindingTable() {
    }

    /** The anchor of a rule in the catalogue page. */
    static String ruleAnchor(String ruleId) {
        return "regel-" + SitePaths.part(ruleId);
    }

    static String html(Page page, List<SiteFinding> findings, PageIndex pages, boolean withElement) {
        if (findings.isEmpty()) {
            return withElement ? "" : "<h2>Bevindingen</h2>\n<p class=\"geen\">Geen bevindingen.</p>\n";
        }
        StringBuilder html = new StringBuilder("<h2>Bevindingen (").append(findings.size()).append(")</h2>\n")
                .append("<table class=\"bevindingen\">\n<thead><tr><th>Ernst</th><th>Regel</th><th>Bevinding</th>")
                .append(withElement ? "<th>Element</th>" : "").append("<th>Plaats</th></tr></thead>\n<tbody>\n");
        for (SiteFinding f : findings) {
            html.append(row(page, f, pages, withElement));
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    static String row(Page page, SiteFinding f, PageIndex pages, boolean withElement) {
        String severity = f.severity();
        StringBuilder row = new StringBuilder("<tr class=\"ernst-").append(SitePaths.part(severity)).append("\">")
                .append("<td class=\"ernst\">").append(Html.esc(severity)).append("</td>")
                .append("<td class=\"regelid\">").append(Html.link(page.href("regels.html") + "#" + ruleAnchor(f.finding().ruleId()),
                        f.finding().ruleId())).append("</td>")
                .append("<td>").append(Html.esc(f.finding().message()))
                .append("<div class=\"regeltekst\">").append(Html.esc(f.finding().rule().title())).append("</div>")
                .append("<div class=\"bronverwijzing\">Bron: ").append(Html.esc(f.finding().rule().sourceWithSections()))
                .append("</div></td>");
        if (withElement) {
            String element = pages.of(f.finding().element()).map(p -> Html.link(page.href(p), f.element()))
                    .orElse(Html.esc(f.element()));
            row.append("<td>").append(element).append("</td>");
        }
        row.append("<td class=\"plaats\">").append(Html.esc(f.file().getFileName().toString()))
                .append(f.line() > 0 ? ":" + f.line() : "").append("</td></tr>\n");
        return row.toString();
    }
}

package nl.bondgenoot.help;

import java.util.List;

import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/**
 * The Regelcatalogus page of the Handleiding, written from the rules that are installed (the same
 * entries as `./bondgenoot rules`), so the guide never lists a rule the engine does not have.
 * The markup is XML-compatible HTML: the tests read it with an XML parser.
 */
public final class CatalogueHtml {

    /** The page's title, also its entry in the table of contents. */
    public static final String TITLE = "Regelcatalogus";

    private CatalogueHtml() {
    }

    /** The anchor of a rule's section, e.g. {@code regel-4R-1}: other pages link to it. */
    public static String anchor(String ruleId) {
        return "regel-" + ruleId;
    }

    public static String render(List<Rule<?>> rules) {
        List<RuleInfo> entries = RuleCatalogue.entries(rules);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(TITLE)
                .append("</title>\n<link rel=\"stylesheet\" href=\"stijl.css\"/>\n</head>\n<body>\n")
                .append("<p class=\"terug\"><a href=\"index.html\">Inhoud van de handleiding</a></p>\n")
                .append("<h1>").append(TITLE).append("</h1>\n");
        introduction(html, entries.size());
        overview(html, entries);
        for (RuleInfo rule : entries) {
            section(html, rule);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void introduction(StringBuilder html, int count) {
        html.append("<p>Deze pagina is gemaakt uit de regels die in deze installatie van Bondgenoot werken: ")
                .append(count).append(count == 1 ? " regel" : " regels")
                .append(". Het is dezelfde catalogus die <code>./bondgenoot rules</code> als Markdown geeft;")
                .append(" regels van andere plug-ins staan er ook in.</p>\n")
                .append("<p>Een bevinding noemt altijd haar regel-id en haar bron. De <em>ernst</em> is de standaardernst;")
                .append(" een project kan een regel uitzetten of anders wegen in zijn")
                .append(" <a href=\"regelprofiel.html\">regelprofiel</a>. Ernst: ");
        Severity[] severities = Severity.values();
        for (int i = 0; i < severities.length; i++) {
            html.append(i == 0 ? "" : i == severities.length - 1 ? " of " : ", ").append(Html.escape(severities[i].label()));
        }
        html.append(".</p>\n<p>De <em>herkomst</em> zegt hoe vast een regel in de bronnen staat:</p>\n<dl class=\"herkomst\">\n");
        for (Provenance provenance : Provenance.values()) {
            html.append("<dt>").append(provenance).append("</dt><dd>").append(Html.escape(provenance.meaning())).append("</dd>\n");
        }
        html.append("</dl>\n<p>De <em>bron</em> <code>S2:2258-2260</code> betekent: regels 2258-2260 van brondocument S2;")
                .append(" welk document dat is en welk hoofdstuk die regels beslaan, staat bij <a href=\"bronnen.html\">Bronnen</a>.</p>\n");
    }

    private static void overview(StringBuilder html, List<RuleInfo> entries) {
        html.append("<table class=\"overzicht\">\n<thead><tr><th>Regel</th><th>Ernst</th><th>Herkomst</th><th>Wat de regel vraagt</th>")
                .append("<th>Bron</th></tr></thead>\n<tbody>\n");
        for (RuleInfo rule : entries) {
            html.append("<tr><td><a href=\"#").append(Html.escape(anchor(rule.id()))).append("\">").append(Html.escape(rule.id()))
                    .append("</a></td><td>").append(Html.escape(rule.severity().label())).append("</td><td>")
                    .append(rule.provenance()).append("</td><td>").append(Html.escape(rule.title())).append("</td><td>")
                    .append(Html.escape(rule.source())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void section(StringBuilder html, RuleInfo rule) {
        html.append("<section class=\"regel\" id=\"").append(Html.escape(anchor(rule.id()))).append("\">\n<h2>")
                .append(Html.escape(rule.id() + ": " + rule.title())).append("</h2>\n<dl class=\"kenmerken\">\n")
                .append("<dt>Standaardernst</dt><dd>").append(Html.escape(rule.severity().label())).append("</dd>\n")
                .append("<dt>Herkomst</dt><dd>").append(rule.provenance()).append(": ")
                .append(Html.escape(rule.provenance().meaning())).append("</dd>\n")
                .append("<dt>Bron</dt><dd class=\"bron\">").append(Html.escape(rule.sourceWithSections())).append("</dd>\n</dl>\n");
        for (String paragraph : rule.explanation().strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(Html.escape(paragraph.strip())).append("</p>\n");
        }
        html.append("</section>\n");
    }
}

package nl.bondgenoot.publish;

import java.util.Arrays;
import java.util.stream.Collectors;

import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/** The rule catalogue: the entries and texts of `bondgenoot rules` ({@link RuleCatalogue}), as a page. */
final class RulePage {

    static final String PATH = "regels.html";

    private RulePage() {
    }

    static Page write(String project, SearchIndex search) {
        Page page = new Page(PATH, "Regelcatalogus", project);
        page.paragraph("De regels waaraan Bondgenoot modellen, agenda's en beoordelingen toetst, met hun ernst (FOUT, "
                + "WAARSCHUWING of INFO), herkomst (" + Arrays.stream(Provenance.values()).map(p -> p + ": " + p.meaning())
                        .collect(Collectors.joining("; ")) + ") en de bron: 'S2:2258-2260' betekent regels 2258-2260 van publicatie S2.");
        page.append("<table class=\"regels\">\n<thead><tr><th>Id</th><th>Ernst</th><th>Herkomst</th><th>Regel</th><th>Bron</th></tr></thead>\n<tbody>\n");
        for (RuleInfo rule : RuleCatalogue.entries(Rules.all())) {
            page.append("<tr><td>" + Html.link("#" + FindingTable.ruleAnchor(rule.id()), rule.id()) + "</td><td>"
                    + Html.esc(rule.severity().label()) + "</td><td>" + Html.esc(rule.provenance().toString()) + "</td><td>"
                    + Html.esc(rule.title()) + "</td><td>" + Html.esc(rule.source()) + "</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
        for (RuleInfo rule : RuleCatalogue.entries(Rules.all())) {
            String anchor = FindingTable.ruleAnchor(rule.id());
            page.append("<section class=\"regel\" id=\"" + anchor + "\">\n<h2>" + Html.esc(rule.id() + ": " + rule.title()) + "</h2>\n"
                    + "<p>" + Html.esc(rule.explanation()) + "</p>\n<p class=\"bronverwijzing\">Ernst " + Html.esc(rule.severity().label())
                    + ", herkomst " + Html.esc(rule.provenance().toString()) + ", bron " + Html.esc(rule.sourceWithSections())
                    + ".</p>\n</section>\n");
            search.add("Regel", rule.id() + ": " + rule.title(), PATH + "#" + anchor, rule.id() + " " + rule.explanation() + " "
                    + rule.source());
        }
        return page;
    }
}

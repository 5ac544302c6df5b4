package nl.bondgenoot.help;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.domeinmodel.Domeinmodel;

/**
 * The Domeinmodel page of the Handleiding: every class and enumeration of the metamodel with the
 * ecore's documentation and the rules that read it, from the same {@link Domeinmodel} as
 * docs/domeinmodel.md (XML-compatible HTML, as the tests read it with an XML parser).
 */
public final class DomeinmodelHtml {

    /** The page's title, also its entry in the table of contents. */
    public static final String TITLE = "Domeinmodel";

    private DomeinmodelHtml() {
    }

    public static String render(List<Rule<?>> rules) {
        Domeinmodel model = Domeinmodel.of(rules);
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(TITLE)
                .append("</title>\n<link rel=\"stylesheet\" href=\"stijl.css\"/>\n</head>\n<body>\n")
                .append("<p class=\"terug\"><a href=\"index.html\">Inhoud van de handleiding</a></p>\n")
                .append("<h1>").append(TITLE).append("</h1>\n<p>").append(Html.escape(model.documentation())).append("</p>\n")
                .append("<p>Elke klasse en opsomming van het metamodel (<code>").append(Html.escape(model.nsUri()))
                .append("</code>) met haar toelichting. <em>Gelezen door</em> noemt de regels die een kenmerk lezen,")
                .append(" afgeleid uit hun code (ook via hulpcode die zij gebruiken); <em>vergeleken door</em> de regels die")
                .append(" in hun code met een waarde vergelijken (waarden uit de parameters van een regel staan bij de regel);")
                .append(" <em>standaard</em> is wat een kenmerk")
                .append(" dat niet is ingevuld leest. De regels staan in de <a href=\"").append(GuideContents.CATALOGUE)
                .append("\">regelcatalogus</a>, de bronnen bij <a href=\"").append(GuideContents.BRONNEN)
                .append("\">Bronnen</a>. Naar: <a href=\"#klassen\">klassen</a>, <a href=\"#opsommingen\">opsommingen</a>,")
                .append(" <a href=\"#per-regel\">wat elke regel leest</a>.</p>\n<h2 id=\"klassen\">Klassen</h2>\n");
        for (EClass eClass : model.classes()) {
            html.append("<h3 id=\"").append(eClass.getName()).append("\">").append(eClass.getName()).append("</h3>\n<p>");
            if (eClass.isAbstract()) {
                html.append("<em>Abstract.</em> ");
            }
            if (!eClass.getESuperTypes().isEmpty()) {
                html.append("Is een ").append(eClass.getESuperTypes().stream().map(DomeinmodelHtml::link)
                        .collect(Collectors.joining(", "))).append(". ");
            }
            html.append(Html.escape(Domeinmodel.explanation(eClass))).append("</p>\n<p>Gelezen door: ")
                    .append(model.readers(eClass).isEmpty() ? "geen regel" : rules(model.readers(eClass))).append(".</p>\n");
            if (!eClass.getEStructuralFeatures().isEmpty()) {
                html.append("<table class=\"overzicht\">\n<thead><tr><th>Kenmerk</th><th>Type</th><th>Aantal</th>")
                        .append("<th>Standaard</th><th>Gelezen door</th><th>Betekenis</th></tr></thead>\n<tbody>\n");
                for (EStructuralFeature f : eClass.getEStructuralFeatures()) {
                    html.append("<tr><td>").append(f.getName()).append("</td><td>").append(Html.escape(Domeinmodel.type(f)))
                            .append("</td><td>").append(Domeinmodel.multiplicity(f)).append("</td><td>")
                            .append(Html.escape(Domeinmodel.defaultValue(f))).append("</td><td>").append(rules(model.readers(f)))
                            .append("</td><td>").append(Html.escape(Domeinmodel.explanation(f))).append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
        }
        html.append("<h2 id=\"opsommingen\">Opsommingen</h2>\n");
        for (EEnum eEnum : model.enumerations()) {
            html.append("<h3 id=\"").append(eEnum.getName()).append("\">").append(eEnum.getName()).append("</h3>\n<p>")
                    .append(Html.escape(Domeinmodel.explanation(eEnum))).append("</p>\n")
                    .append("<table class=\"overzicht\">\n<thead><tr><th>Waarde</th><th>Betekenis</th><th>Vergeleken door</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                html.append("<tr><td>").append(literal.getName()).append("</td><td>")
                        .append(Html.escape(Domeinmodel.explanation(literal))).append("</td><td>")
                        .append(rules(model.readers(literal))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        if (!model.dataTypes().isEmpty()) {
            html.append("<h2 id=\"gegevenstypen\">Gegevenstypen</h2>\n");
            model.dataTypes().forEach(t -> html.append("<h3 id=\"").append(t.getName()).append("\">").append(t.getName())
                    .append("</h3>\n<p>").append(Html.escape(Domeinmodel.explanation(t))).append("</p>\n"));
        }
        html.append("<h2 id=\"per-regel\">Wat elke regel leest</h2>\n<table class=\"overzicht\">\n<thead><tr><th>Regel</th>")
                .append("<th>Leest</th><th>Vergelijkt met</th></tr></thead>\n<tbody>\n");
        model.readsPerRule().forEach((id, reads) -> html.append("<tr><td>").append(rules(List.of(id))).append("</td><td>")
                .append(Html.escape(Domeinmodel.featuresRead(reads))).append("</td><td>")
                .append(Html.escape(Domeinmodel.literalsRead(reads))).append("</td></tr>\n"));
        return html.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    private static String link(EClass eClass) {
        return "<a href=\"#" + eClass.getName() + "\">" + eClass.getName() + "</a>";
    }

    private static String rules(Collection<String> ids) {
        return ids.stream().map(id -> "<a href=\"" + GuideContents.CATALOGUE + "#" + CatalogueHtml.anchor(id) + "\">"
                + Html.escape(id) + "</a>").collect(Collectors.joining(", "));
    }

}

package nl.bondgenoot.help;

import nl.bondgenoot.rules.bronnen.Bronnen;
import nl.bondgenoot.rules.bronnen.Publicatie;
import nl.bondgenoot.rules.bronnen.Sectie;

/**
 * The Bronnen page of the Handleiding: the five source publications and, per publication, the lines
 * of its chapters and paragraphs, written from the same data as docs/bronnen.md and every annotated
 * citation (XML-compatible HTML, as the tests read it with an XML parser).
 */
public final class BronnenHtml {

    /** The page's title, also its entry in the table of contents. */
    public static final String TITLE = "Bronnen";

    private BronnenHtml() {
    }

    public static String render() {
        Bronnen bronnen = Bronnen.get();
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(TITLE)
                .append("</title>\n<link rel=\"stylesheet\" href=\"stijl.css\"/>\n</head>\n<body>\n")
                .append("<p class=\"terug\"><a href=\"index.html\">Inhoud van de handleiding</a></p>\n")
                .append("<h1>").append(TITLE).append("</h1>\n")
                .append("<p>De regels, begrippen en voorbeelden van Bondgenoot komen uit vijf publicaties, S0 tot en met S4.")
                .append(" Een bron als <code>S2:2258-2260</code> noemt regels van de tekstkopie waarmee Bondgenoot is")
                .append(" gemaakt. Die kopie heeft u niet: daarom staat in de <a href=\"regelcatalogus.html\">regelcatalogus</a>,")
                .append(" de hover in de agenda-editor (bij een regel en bij de toelichting van een actor, netwerk of opgave)")
                .append(" en <code>validate --format json</code> het hoofdstuk of de paragraaf")
                .append(" naast de regelnummers, en hieronder welke regels elk hoofdstuk beslaat.</p>\n")
                .append("<h2 id=\"publicaties\">De publicaties</h2>\n<p>Wat hier staat, zegt de tekst zelf; wat hij niet")
                .append(" zegt, heet <em>niet in de tekst</em>.</p>\n<table class=\"publicaties\">\n<thead><tr><th>Bron</th>")
                .append("<th>Titel</th><th>Makers</th><th>Jaar</th><th>Vindplaats</th><th>Waar de tekst dit zegt</th></tr></thead>\n<tbody>\n");
        for (Publicatie p : bronnen.publicaties()) {
            html.append("<tr id=\"").append(p.bron()).append("\"><td>").append(p.bron()).append("</td><td>")
                    .append(Html.escape(p.titel())).append("</td><td>").append(Html.escape(p.makers())).append("</td><td>")
                    .append(Html.escape(p.jaar())).append("</td><td>").append(Html.escape(p.vindplaats())).append("</td><td>")
                    .append(Html.escape(p.herkomst())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<h2 id=\"hoofdstukken\">Van regelnummer naar hoofdstuk</h2>\n");
        String current = "";
        for (Sectie s : bronnen.secties()) {
            if (!s.bron().equals(current)) {
                html.append(current.isEmpty() ? "" : "</tbody>\n</table>\n");
                current = s.bron();
                html.append("<h3>").append(s.bron()).append("</h3>\n<table class=\"secties\">\n<thead><tr><th>Regels</th>")
                        .append("<th>Deel</th><th>Titel</th></tr></thead>\n<tbody>\n");
            }
            html.append("<tr class=\"niveau-").append(s.niveau()).append("\"><td>").append(s.van()).append('-').append(s.tot())
                    .append("</td><td>").append(Html.escape(s.aanduiding())).append("</td><td>").append(Html.escape(s.titel()))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }
}

package nl.bondgenoot.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;

import nl.bondgenoot.diagram.export.NetwerkkaartExport;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.representation.description.Representation;

/**
 * A page per map view: the SVG of the headless export (the drawing the browser map and `export` make;
 * nothing is drawn a second way) in the page itself, with pan and zoom, and a click on a node or edge
 * opening its element page (the nodes and edges carry their element's id in {@code data-id}).
 */
final class MapPages {

    private static final Pattern DATA_ID = Pattern.compile("data-id=\"([^\"]*)\"");

    private final PageIndex pages;

    MapPages(PageIndex pages) {
        this.pages = pages;
    }

    Page write(SourceFile source, Notation view, String path, String project, SearchIndex search) {
        Representation representation = DiagramRepresentations.forView(view);
        Page page = new Page(path, view.name() + " van " + source.title(), project);
        String svg = NetwerkkaartExport.svg(source.model, view, representation);
        page.append("<p class=\"bron\">" + Html.esc(representation.naam()) + " van "
                + Html.link(page.href(source.index()), source.title()) + " (" + Html.esc(source.shown) + ")"
                + (representation.omschrijving() == null || representation.omschrijving().isBlank() ? ""
                        : ": " + Html.esc(representation.omschrijving())) + "</p>\n");
        page.append(mapFigure(svg));
        page.inlineScript("window.BONDGENOOT_KAART = " + new Gson().toJson(links(page, source, svg)) + ";");
        page.script(Assets.MAP_SCRIPT);
        search.add("Kaart", page.title(), path, representation.naam() + " " + source.shown);
        return page;
    }

    /** The map with its buttons; the SVG without its XML declaration, which may not stand inside HTML. */
    static String mapFigure(String svg) {
        String inline = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        return "<div class=\"kaart-knoppen\"><button type=\"button\" data-zoom=\"in\" title=\"Inzoomen\">+</button>"
                + "<button type=\"button\" data-zoom=\"uit\" title=\"Uitzoomen\">&#8722;</button>"
                + "<button type=\"button\" data-zoom=\"passend\">Passend</button>"
                + "<span class=\"uitleg\">Slepen verschuift, scrollen zoomt, een klik op een element opent zijn pagina.</span></div>\n"
                + "<figure class=\"kaart\" data-kaart>\n" + inline + "</figure>\n";
    }

    /** The element page of every drawn id that has one, relative to the map page. */
    private Map<String, String> links(Page page, SourceFile source, String svg) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = DATA_ID.matcher(svg);
        while (m.find()) {
            String id = unescape(m.group(1));
            pages.of(source.file, id).ifPresent(p -> links.put(id, page.href(p)));
        }
        return links;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}

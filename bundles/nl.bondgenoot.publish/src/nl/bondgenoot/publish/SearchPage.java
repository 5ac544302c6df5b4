package nl.bondgenoot.publish;

/**
 * The search page: the search box's words (from ?q=) looked up in the index by the site's own script, as
 * the user types; nothing leaves the page.
 */
final class SearchPage {

    static final String PATH = "zoeken.html";

    private SearchPage() {
    }

    static Page write(String project) {
        Page page = new Page(PATH, "Zoeken", project);
        page.append("<form class=\"zoeken\" action=\"zoeken.html\" method=\"get\" role=\"search\">"
                + "<input id=\"zoekterm\" type=\"search\" name=\"q\" placeholder=\"Naam, id, tekst of bevinding\" aria-label=\"Zoekterm\" autofocus>"
                + "</form>\n<p id=\"zoekstatus\" class=\"bron\"></p>\n<ol id=\"zoekresultaten\" class=\"zoekresultaten\"></ol>\n"
                + "<noscript><p>Zoeken vraagt JavaScript in de browser.</p></noscript>\n");
        page.script(Assets.SEARCH_INDEX);
        page.script(Assets.SEARCH_SCRIPT);
        return page;
    }
}

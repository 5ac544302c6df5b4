package nl.bondgenoot.publish;

/**
 * One HTML page of the site: its path inside the site, its title and body, and the frame every page
 * shares (navigation, search box, style sheet). Links inside a page are relative, so the site works
 * wherever it is opened from (file://, an unzipped copy, a share); {@link #root()} leads back to the top.
 */
final class Page {

    private final String path;
    private final String title;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder scripts = new StringBuilder();
    private final String projectName;

    Page(String path, String title, String projectName) {
        this.path = path;
        this.title = title;
        this.projectName = projectName;
    }

    String path() {
        return path;
    }

    String title() {
        return title;
    }

    /** "../../" for a page two folders deep, "" at the top. */
    String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A link from this page to another page of the site, given by its path inside the site. */
    String href(String sitePath) {
        return root() + sitePath;
    }

    Page append(String html) {
        body.append(html);
        return this;
    }

    Page heading(int level, String text) {
        return append("<h" + level + ">" + Html.esc(text) + "</h" + level + ">\n");
    }

    Page paragraph(String text) {
        return append("<p>" + Html.esc(text) + "</p>\n");
    }

    /** A script of the site's assets folder, loaded as a file (never fetched: file:// forbids that). */
    Page script(String asset) {
        scripts.append("<script src=\"").append(Html.esc(root() + asset)).append("\"></script>\n");
        return this;
    }

    /** A script written in the page itself (data for the site's scripts). */
    Page inlineScript(String code) {
        scripts.append("<script>").append(code.replace("</", "<\\/")).append("</script>\n");
        return this;
    }

    String html() {
        String r = root();
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Bondgenoot\">\n"
                + "<title>" + Html.esc(title) + " - " + Html.esc(projectName) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + r + Assets.CSS + "\">\n</head>\n<body>\n"
                + "<nav class=\"navigatie\">\n<a class=\"project\" href=\"" + r + "index.html\">" + Html.esc(projectName) + "</a>\n"
                + "<a href=\"" + r + "index.html\">Overzicht</a>\n"
                + "<a href=\"" + r + "regels.html\">Regelcatalogus</a>\n"
                + "<form class=\"zoekvak\" action=\"" + r + "zoeken.html\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Zoeken in de publicatie\" aria-label=\"Zoeken\">"
                + "<button type=\"submit\">Zoek</button></form>\n</nav>\n"
                + "<main>\n<h1>" + Html.esc(title) + "</h1>\n" + body + "</main>\n"
                + "<footer>Gepubliceerd met Bondgenoot. Deze publicatie werkt zonder verbinding; alles staat in deze map.</footer>\n"
                + scripts + "</body>\n</html>\n";
    }
}

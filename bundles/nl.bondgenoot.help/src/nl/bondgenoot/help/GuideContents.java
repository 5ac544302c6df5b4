package nl.bondgenoot.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of the Handleiding's pages. Their titles are not repeated here: the table of contents
 * reads each page's own {@code <title>}, so a page and its entry cannot disagree.
 */
public final class GuideContents {

    /** The generated page; it is written beside the static ones. */
    public static final String CATALOGUE = "regelcatalogus.html";

    /** The generated page of the source publications; written beside the static ones too. */
    public static final String BRONNEN = "bronnen.html";

    /** The generated page of the metamodel and what each rule reads; written beside the static ones too. */
    public static final String DOMEINMODEL = "domeinmodel.html";

    public static final String START = "index.html";

    public static final List<String> PAGES = List.of(START, "consultants.html", "adviseurs.html", "4r-model.html",
            "governancetypen.html", "regelprofiel.html", CATALOGUE, DOMEINMODEL, "weergaven.html", "vergelijken.html",
            "vergelijkkaart.html", "netwerkanalyse.html", "spreadsheets.html", "werkbank-analyse.html", "editors.html",
            "instrumenten.html", "beoordelingen-toetsen.html", "beoordelen.html", "publiceren.html", "sdk.html",
            "plugins.html",
            "opdrachtregel-uitbreiden.html", BRONNEN);

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private GuideContents() {
    }

    /** The text of a page's {@code <title>}, or its file name when it has none. */
    public static String title(Path page) throws IOException {
        Matcher matcher = TITLE.matcher(Files.readString(page, StandardCharsets.UTF_8));
        return matcher.find() ? Html.unescape(matcher.group(1).strip()) : page.getFileName().toString();
    }
}

package nl.bondgenoot.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.bondgenoot.help.GuideContents;
import nl.bondgenoot.help.GuideFolder;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.rules.Rules;

/**
 * The guide as the workbench shows it: the bundle's pages copied out with the generated catalogue
 * beside them. No dead links, no links out of the folder, nothing loaded from elsewhere.
 */
class GuidePagesTest {

    @TempDir
    Path folder;

    private Path start;

    @BeforeEach
    void writeTheGuide() throws IOException {
        start = GuideFolder.write(folder, Rules.all());
    }

    @Test
    void theContentsListEveryPageOnceAndEachPageHasItsOwnTitle() throws IOException {
        assertEquals(folder.resolve(GuideContents.START), start);
        Set<String> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).collect(Collectors.toSet());
        }
        assertEquals(Set.copyOf(GuideContents.PAGES), pages, "pages in the folder and in the contents");
        assertEquals(GuideContents.PAGES.size(), Set.copyOf(GuideContents.PAGES).size());
        Set<String> titles = new HashSet<>();
        for (String page : GuideContents.PAGES) {
            String title = GuideContents.title(folder.resolve(page));
            assertFalse(title.isBlank() || title.equals(page), page + " has no title");
            assertTrue(titles.add(title), "two pages are called " + title);
        }
        assertEquals("Start", GuideContents.title(start));
        assertEquals("Regelcatalogus", GuideContents.title(folder.resolve(GuideContents.CATALOGUE)));
    }

    @Test
    void everyLinkPointsToAFileOfTheGuideAndEveryAnchorExists() throws IOException {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (String page : GuideContents.PAGES) {
            Document document = XmlPages.parse(folder.resolve(page));
            assertTrue(XmlPages.elements(document, "script").isEmpty(), page + " has a script");
            for (Element element : XmlPages.all(document)) {
                for (String attribute : List.of("href", "src")) {
                    String target = element.getAttribute(attribute);
                    if (!target.isEmpty()) {
                        links++;
                        check(page, target, problems);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(links > 100, "links checked: " + links); // the catalogue alone links every rule
    }

    private void check(String page, String target, List<String> problems) throws IOException {
        URI uri = URI.create(target);
        if (uri.getScheme() != null || uri.getAuthority() != null) {
            problems.add(page + ": link out of the guide: " + target);
            return;
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? page : uri.getPath();
        Path file = folder.resolve(page).resolveSibling(path).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            problems.add(page + ": dead link: " + target);
            return;
        }
        if (uri.getFragment() != null && !ids(file).contains(uri.getFragment())) {
            problems.add(page + ": no anchor '" + uri.getFragment() + "' in " + path);
        }
    }

    private static Set<String> ids(Path page) throws IOException {
        return XmlPages.all(XmlPages.parse(page)).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
    }

    @Test
    void theBronnenPageMapsLinesToChaptersAndTheCatalogueShowsThem() throws IOException {
        String bronnen = Files.readString(folder.resolve(GuideContents.BRONNEN), StandardCharsets.UTF_8);
        assertEquals("Bronnen", GuideContents.title(folder.resolve(GuideContents.BRONNEN)));
        assertTrue(bronnen.contains("<tr class=\"niveau-1\"><td>432-594</td><td>hoofdstuk 6</td><td>Met welke partijen,"
                + " in welke vormen en met welk aanbod?</td></tr>"), bronnen);
        assertTrue(bronnen.contains("<td>Diane Bulsink en Trudi Nederland, Verwey-Jonker Instituut</td>"), bronnen);
        String catalogue = Files.readString(folder.resolve(GuideContents.CATALOGUE), StandardCharsets.UTF_8);
        assertTrue(catalogue.contains("S1:496 (hoofdstuk 6 &quot;Met welke partijen"), catalogue);
    }

    @Test
    void theDomeinmodelPageDocumentsEveryClassAndLinksTheRulesThatReadIt() throws IOException {
        String page = Files.readString(folder.resolve(GuideContents.DOMEINMODEL), StandardCharsets.UTF_8);
        assertEquals("Domeinmodel", GuideContents.title(folder.resolve(GuideContents.DOMEINMODEL)));
        for (EClassifier classifier : BondgenootPackage.eINSTANCE.getEClassifiers()) {
            assertTrue(page.contains("<h3 id=\"" + classifier.getName() + "\">"), classifier.getName());
        }
        assertTrue(page.contains("<tr><td>categorie</td><td>ActorCategorie</td><td>0..1</td><td>ONBEKEND</td><td>"), page);
        String net1 = page.lines().filter(l -> l.contains("<a href=\"regelcatalogus.html#regel-NET-1\">NET-1</a></td><td>"))
                .findFirst().orElse("");
        assertTrue(net1.contains("Actor.categorie,") && net1.contains("Netwerk.leden</td>"), "NET-1's row, linked: " + net1);
    }

    @Test
    void theStyleSheetLoadsNothingFromElsewhere() throws IOException {
        String css = Files.readString(folder.resolve("stijl.css"), StandardCharsets.UTF_8);
        assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), css);
    }

    @Test
    void writingAgainReplacesThePagesInPlace() throws IOException {
        Files.writeString(folder.resolve(GuideContents.CATALOGUE), "oud");
        Files.writeString(start, "oud");
        GuideFolder.write(folder, Rules.all());
        assertTrue(Files.readString(start).contains("<title>Start</title>"));
        assertTrue(Files.readString(folder.resolve(GuideContents.CATALOGUE)).contains("regel-4R-1"));
    }
}

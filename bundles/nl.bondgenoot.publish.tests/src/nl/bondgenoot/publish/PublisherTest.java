package nl.bondgenoot.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication of the example projects: what a reader of the site finds, and that it needs nothing from elsewhere. */
class PublisherTest {

    static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();
    static final LocalDate PEILDATUM = LocalDate.of(2026, 1, 1);

    @TempDir
    static Path temp;
    static Path site;
    static Publisher.Result result;

    @BeforeAll
    static void publishExamples() throws Exception {
        site = temp.resolve("site");
        result = Publisher.publish(ROOT.resolve("examples"), site, PEILDATUM, null);
    }

    static String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyModelAndAgendaOfTheExamplesIsPublished() throws IOException {
        // examples/: netwerken (10 models + 1 agenda), agendas (1 model + 3 agendas), skelet (2 models + 1 agenda),
        // plugin (the example plug-in's model, voorbeeld/wijkteam-berflo-es.bondgenoot)
        assertEquals(14, result.models());
        assertEquals(5, result.agendas());
        assertEquals(4, result.assessments(), "the example assessments beside the networks");
        String overview = read("index.html");
        assertTrue(overview.contains("OK-team Kamperpoort"), "the overview lists the models by name");
        assertTrue(overview.contains("netwerken/ok-team-kamperpoort.bondgenoot"));
        assertTrue(overview.contains("<strong>14</strong> modellen"), overview);
        assertTrue(Files.isRegularFile(site.resolve(SiteFolder.MARKER)));
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheSite() throws IOException {
        Pattern reference = Pattern.compile("(?:href|src)=\"([^\"#?]*)[^\"]*\"");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher m = reference.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1).replace("&amp;", "&");
                if (target.isEmpty()) {
                    continue;
                }
                checked++;
                if (!Files.isRegularFile(page.getParent().resolve(target).normalize())) {
                    broken.add(site.relativize(page) + " -> " + target);
                }
            }
        }
        assertTrue(checked > 1000, "links checked: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void nothingIsRequestedFromElsewhere() throws IOException {
        // The SVG namespace is a name, not an address; anything else with a scheme would be a request from the page.
        Pattern address = Pattern.compile("(?i)(?:src|href|url\\()\\s*=?\\s*[\"']?(?:https?:|//|ftp:)");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertFalse(address.matcher(text).find(), file + " refers to something outside the site");
                assertFalse(text.contains("fetch(") || text.contains("XMLHttpRequest") || text.contains("@import"), file.toString());
            }
        }
    }

    @Test
    void everyViewOfAModelIsAMapPageWithTheExportsSvgAndLinksToElementPages() throws IOException {
        String modelPage = read("modellen/netwerken-ok-team-kamperpoort/index.html");
        for (String view : List.of("Netwerkkaart", "Regiekaart", "Centraliteit")) {
            assertTrue(modelPage.contains(">" + view + "</a>"), view + " is listed on the model's page");
        }
        String map = read("modellen/netwerken-ok-team-kamperpoort/kaart-netwerkkaart.html");
        assertTrue(map.contains("<svg") && map.contains("data-id=\"482635fb-ad14-436f-bb71-7858794aad90\""),
                "the map draws Gemeente Zwolle with its id");
        assertFalse(map.contains("<?xml"), "an XML declaration may not stand inside HTML");
        Matcher link = Pattern.compile("\"482635fb-ad14-436f-bb71-7858794aad90\":\"([^\"]+)\"").matcher(map);
        assertTrue(link.find(), "the map's click leads to Gemeente Zwolle's page");
        Path elementPage = site.resolve("modellen/netwerken-ok-team-kamperpoort").resolve(link.group(1)).normalize();
        String element = Files.readString(elementPage);
        assertTrue(element.contains("<h1>Actor &apos;Gemeente Zwolle&apos;</h1>"), element);
        assertTrue(element.contains("<th>Naam</th><td>Gemeente Zwolle</td>"), "properties carry the model's Dutch labels");
    }

    @Test
    void findingsShowRuleIdSeverityRuleTextAndSource() throws IOException {
        // examples/netwerken/bevindingen.txt: ok-team-kamperpoort.bondgenoot:20: WAARSCHUWING [GOV-1] Netwerk 'OK-team Kamperpoort' ...
        String modelPage = read("modellen/netwerken-ok-team-kamperpoort/index.html");
        assertTrue(modelPage.contains("<td class=\"ernst\">WAARSCHUWING</td><td class=\"regelid\"><a href=\"../../regels.html#regel-gov-1\">GOV-1</a>"),
                modelPage);
        assertTrue(modelPage.contains("Netwerk &apos;OK-team Kamperpoort&apos; legt geen governancetype en geen sturingsmodel vast"));
        assertTrue(modelPage.contains("ok-team-kamperpoort.bondgenoot:20"), "the line validate names");
        assertTrue(modelPage.contains("Bron: S3:693-694"), "the source reference");
        String rules = read("regels.html");
        assertTrue(rules.contains("id=\"regel-gov-1\""));
    }

    @Test
    void agendasShowTheirTextWithFindingsAtTheirLines() throws IOException {
        String agenda = read("agendas/agendas-zelfredzaamheid/index.html");
        assertTrue(agenda.contains("<ol class=\"agendatekst\">"));
        assertTrue(agenda.contains("<li id=\"r1\"><code>"), "line 1 of the text");
        String findings = Files.readString(ROOT.resolve("examples/agendas/bevindingen.txt"));
        Matcher first = Pattern.compile("zelfredzaamheid\\.agenda:(\\d+): (\\S+) \\[([^\\]]+)\\]").matcher(findings);
        assertTrue(first.find(), "the example agenda has findings");
        int line = Integer.parseInt(first.group(1));
        String at = agenda.substring(agenda.indexOf("<li id=\"r" + line + "\">"));
        at = at.substring(0, at.indexOf("</li>"));
        assertTrue(at.contains(first.group(2)) && at.contains("[" + first.group(3) + "]"), at);
        assertTrue(agenda.contains("kaart-agendaketen.html"), "the agenda's map");
    }

    @Test
    void anAmbitionTableShowsTheChosenPlateaus() throws IOException {
        String page = read("beoordelingen/netwerken-netwerk-welzijn-versterkt-ambitietabel/index.html");
        assertTrue(page.contains("<h2>Plateaus</h2>"), page);
        assertTrue(page.contains("<th>Onderwerp</th><td><a href=\"../../modellen/netwerken-netwerk-welzijn-versterkt/index.html\">"), page);
    }

    @Test
    void theSearchIndexIsAScriptThatSetsAVariable() throws IOException {
        String index = read(Assets.SEARCH_INDEX);
        assertTrue(index.contains("window.BONDGENOOT_ZOEKINDEX = ["));
        assertTrue(index.contains("\"titel\":\"Actor 'Gemeente Zwolle'\""));
        assertTrue(index.contains("\"titel\":\"GOV-1: "), "the rules are searched too");
        assertTrue(result.searchEntries() > 500, "entries: " + result.searchEntries());
    }
}

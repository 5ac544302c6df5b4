package nl.bondgenoot.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.bondgenoot.help.CatalogueHtml;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.Rule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;

/** The Regelcatalogus page is written from the engine's own rules: every one of them, once, escaped. */
class CatalogueHtmlTest {

    @Test
    void everyRuleOfTheEngineHasExactlyOneSectionWithItsSeverityProvenanceAndSource() throws Exception {
        List<Rule<?>> rules = Rules.all();
        assertTrue(rules.size() >= 72, "the built-in catalogue has 72 rules, the engine has " + rules.size());
        Document page = XmlPages.parse(CatalogueHtml.render(rules));

        List<Element> sections = XmlPages.elements(page, "section");
        assertEquals(rules.size(), sections.size());
        Map<String, Long> sectionsPerId = sections.stream().collect(Collectors.groupingBy(s -> s.getAttribute("id"), Collectors.counting()));
        List<Element> rows = XmlPages.elements(page, "tr").stream().skip(1).toList(); // the first row is the header
        Map<String, Long> rowsPerId = rows.stream()
                .collect(Collectors.groupingBy(row -> row.getElementsByTagName("td").item(0).getTextContent(), Collectors.counting()));
        Map<String, Element> sectionById = sections.stream().collect(Collectors.toMap(s -> s.getAttribute("id"), Function.identity()));

        for (Rule<?> rule : rules) {
            RuleInfo info = rule.info();
            String anchor = CatalogueHtml.anchor(info.id());
            assertEquals(1L, sectionsPerId.get(anchor), "sections for " + info.id());
            assertEquals(1L, rowsPerId.get(info.id()), "overview rows for " + info.id());
            Element section = sectionById.get(anchor);
            assertEquals(info.id() + ": " + info.title(), section.getElementsByTagName("h2").item(0).getTextContent());
            String text = section.getTextContent();
            assertTrue(text.contains(info.sourceWithSections()), info.id() + " cites " + info.sourceWithSections());
            assertTrue(text.contains(info.severity().label()), info.id() + " has its severity");
            assertTrue(text.contains(info.provenance() + ": " + info.provenance().meaning()), info.id() + " explains its provenance");
            assertTrue(text.contains(info.explanation().strip().substring(0, Math.min(40, info.explanation().strip().length()))),
                    info.id() + " has its explanation");
        }
    }

    @Test
    void theCatalogueExplainsEveryProvenanceAndEscapesTheRulesOwnAmpersands() throws Exception {
        String html = CatalogueHtml.render(Rules.all());
        for (Provenance provenance : Provenance.values()) {
            assertTrue(html.contains("<dt>" + provenance + "</dt><dd>" + provenance.meaning() + "</dd>"), provenance.name());
        }
        // NET-13's title names Provan & Kenis: in HTML the ampersand must be an entity.
        assertTrue(html.contains("Provan &amp; Kenis"), "escaped ampersand");
        assertFalse(html.contains("Provan & Kenis"), "raw ampersand in the page");
    }

    @Test
    void markupInARulesTextsIsShownAsTextNeverRun() throws Exception {
        String title = "Tags als <b>vet</b> & \"aanhalingen\" 'enkel'";
        String source = "<S9:1-2> & meer";
        String explanation = "<script>alert('x')</script> is tekst.\n\nTweede alinea met <a href=\"http://example.org\">een link</a>.";
        Document page = XmlPages.parse(CatalogueHtml.render(List.of(new FixedRule(
                new RuleInfo("VB-1", Severity.INFO, Provenance.EXT, source, title, explanation)))));

        assertTrue(XmlPages.elements(page, "script").isEmpty(), "a script element came through");
        assertTrue(XmlPages.elements(page, "b").isEmpty(), "a b element came through");
        assertTrue(XmlPages.all(page).stream().noneMatch(e -> e.getAttribute("href").startsWith("http")), "a link came through");
        Element section = XmlPages.elements(page, "section").get(0);
        assertEquals("regel-VB-1", section.getAttribute("id"));
        assertEquals("VB-1: " + title, section.getElementsByTagName("h2").item(0).getTextContent());
        assertTrue(section.getTextContent().contains(source));
        List<Element> paragraphs = XmlPages.elements(page, "p").stream().filter(p -> p.getParentNode() == section).toList();
        assertEquals(List.of("<script>alert('x')</script> is tekst.", "Tweede alinea met <a href=\"http://example.org\">een link</a>."),
                paragraphs.stream().map(Element::getTextContent).toList());
    }

    private record FixedRule(RuleInfo info) implements Rule<EObject> {

        @Override
        public Class<EObject> appliesTo() {
            return EObject.class;
        }

        @Override
        public void check(EObject element, RuleContext context) {
            // only its description is rendered
        }
    }
}

package nl.bondgenoot.beoordeling.grafiek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What every chart must be: well-formed SVG of its stated size, no two texts overlapping, all on the canvas. */
final class GrafiekControle {

    private GrafiekControle() {
    }

    static Document controleer(Grafiek grafiek) {
        List<Kader> teksten = grafiek.teksten();
        for (int i = 0; i < teksten.size(); i++) {
            Kader a = teksten.get(i);
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.rechts() <= grafiek.breedte() && a.onder() <= grafiek.hoogte(),
                    () -> a + " valt buiten de grafiek " + grafiek.breedte() + " x " + grafiek.hoogte());
            for (int j = i + 1; j < teksten.size(); j++) {
                Kader b = teksten.get(j);
                if (a.overlapt(b)) {
                    fail("'" + a.wat() + "' en '" + b.wat() + "' overlappen: " + a + " en " + b);
                }
            }
        }
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(grafiek.svg().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("geen geldige SVG: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(grafiek.breedte(), Double.parseDouble(root.getAttribute("width")), 0.01);
        assertEquals(grafiek.hoogte(), Double.parseDouble(root.getAttribute("height")), 0.01);
        bewaar(grafiek);
        return doc;
    }

    /** Keeps the chart under target/grafieken for a look (render with the product's PNG export or Chromium). */
    private static void bewaar(Grafiek grafiek) {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(s -> s.skip(2).findFirst()).orElseThrow();
        Path dir = Path.of("target", "grafieken");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(caller.getClassName().replaceAll(".*\\.", "") + "-" + caller.getMethodName() + ".svg"),
                    grafiek.svg());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static long aantal(Document doc, String attribute, String value) {
        long count = 0;
        org.w3c.dom.NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && e.getAttribute(attribute).equals(value)) {
                count++;
            }
        }
        return count;
    }
}

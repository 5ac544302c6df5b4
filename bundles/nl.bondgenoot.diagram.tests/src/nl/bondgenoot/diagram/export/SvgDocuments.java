package nl.bondgenoot.diagram.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading exported SVG in tests: parsed as XML (so it must be well-formed), elements by name and class. */
final class SvgDocuments {

    private SvgDocuments() {
    }

    static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    static List<Element> withClass(Document document, String name, String cssClass) {
        return elements(document, name).stream()
                .filter(e -> Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    static List<String> texts(Document document) {
        return elements(document, "text").stream().map(Element::getTextContent).toList();
    }

    /** The viewBox: x, y, width, height. */
    static double[] viewBox(Document document) {
        return Arrays.stream(document.getDocumentElement().getAttribute("viewBox").split(" ")).mapToDouble(Double::parseDouble)
                .toArray();
    }
}

package nl.bondgenoot.help.tests;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The guide's pages are written as XML-compatible HTML, so a strict XML parser reads them: a page it
 * cannot parse has broken markup, and unescaped text would show up as elements.
 */
final class XmlPages {

    private XmlPages() {
    }

    static Document parse(Path page) throws IOException {
        return parse(Files.readString(page, StandardCharsets.UTF_8));
    }

    static Document parse(String html) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("geen goed gevormde pagina: " + e.getMessage(), e);
        }
    }

    static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Every element of the document, for attributes such as id, href and src. */
    static List<Element> all(Document document) {
        return elements(document, "*");
    }
}

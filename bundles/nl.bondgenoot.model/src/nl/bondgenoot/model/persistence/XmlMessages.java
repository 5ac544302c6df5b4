package nl.bondgenoot.model.persistence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/**
 * The XML parser's English, retold in Dutch for the user who opened the wrong file or a damaged one.
 * The messages are recognised by their form (Xerces, the JDK's parser); a message of another form is
 * not quoted but summarised, with the column, so no English reaches the user.
 */
final class XmlMessages {

    private record Retelling(Pattern english, String dutch) {
    }

    private static final List<Retelling> RETELLINGS = List.of(
            new Retelling(Pattern.compile("Content is not allowed in prolog\\..*"),
                    "er staat tekst vóór het begin van de XML (een modelbestand begint met '<?xml' of '<')"),
            new Retelling(Pattern.compile("Premature end of file\\..*"), "het bestand is leeg of houdt op voordat de XML begint"),
            new Retelling(Pattern.compile("XML document structures must start and end within the same entity\\..*"),
                    "het bestand houdt op midden in een element (afgebroken bij het opslaan of kopiëren?)"),
            new Retelling(Pattern.compile("The element type \"(.*)\" must be terminated by the matching end-tag \"(.*)\"\\..*"),
                    "het element <$1> wordt niet afgesloten met $2"),
            new Retelling(Pattern.compile("Content is not allowed in trailing section\\..*"),
                    "er staat tekst na het einde van de XML"),
            new Retelling(Pattern.compile("The markup in the document following the root element must be well-formed\\..*"),
                    "na het einde van het model staat nog XML"),
            new Retelling(Pattern.compile("Invalid byte (\\d) of (\\d)-byte UTF-8 sequence\\..*"),
                    "ongeldig byte: het bestand is geen UTF-8-tekst"),
            new Retelling(Pattern.compile("An invalid XML character \\(Unicode: (0x[0-9a-fA-F]+)\\) was found.*"),
                    "ongeldig teken (Unicode $1) in de XML"),
            new Retelling(Pattern.compile("The entity \"(.*)\" was referenced, but not declared\\..*"),
                    "de entiteit &$1; wordt gebruikt maar is nergens gedeclareerd"),
            new Retelling(Pattern.compile("Element type \"(.*)\" must be followed by either attribute specifications, \">\" or \"/>\"\\..*"),
                    "na <$1 verwacht: attributen, '>' of '/>'"),
            new Retelling(Pattern.compile("Open quote is expected for attribute \"(.*)\" associated with an  element type  \"(.*)\"\\..*"),
                    "de waarde van attribuut $1 van <$2> staat niet tussen aanhalingstekens"),
            new Retelling(Pattern.compile("Attribute \"(.*)\" was already specified for element \"(.*)\"\\..*"),
                    "attribuut $1 staat twee keer in <$2>"),
            new Retelling(Pattern.compile("The value of attribute \"(.*)\" associated with an element type \"(.*)\" must not contain the '<' character\\..*"),
                    "de waarde van attribuut $1 van <$2> bevat een '<'"),
            new Retelling(Pattern.compile("DOCTYPE is disallowed.*"), "een DOCTYPE-declaratie hoort niet in een modelbestand"));

    private XmlMessages() {
    }

    /** What EMF reports about a well-formed file that is no valid model, in Dutch; null for other problems. */
    static String dutch(Throwable e) {
        if (e instanceof FeatureNotFoundException f && FormatVersions.movedOut(f.getName()) != null) {
            return FormatVersions.movedOut(f.getName());
        }
        if (e instanceof FeatureNotFoundException f) {
            return "onbekend attribuut of element '" + f.getName() + "'";
        }
        if (e instanceof ClassNotFoundException c) {
            return "onbekende soort element '" + c.getName() + "'";
        }
        if (e instanceof UnresolvedReferenceException u) {
            return "verwijzing naar de id '" + u.getReference() + "', die in het model niet voorkomt";
        }
        if (e instanceof IllegalValueException v) {
            return "ongeldige waarde '" + v.getValue() + "' voor " + v.getFeature().getName();
        }
        if (e instanceof SAXParseException spe) {
            return dutch(spe);
        }
        return null;
    }

    /** "geen geldig XML-bestand: ..." in Dutch, with the column where the parser stopped. */
    static String dutch(SAXParseException e) {
        String english = e.getMessage() == null ? "" : e.getMessage().strip();
        String column = e.getColumnNumber() > 0 ? " (kolom " + e.getColumnNumber() + ")" : "";
        for (Retelling r : RETELLINGS) {
            Matcher m = r.english().matcher(english);
            if (m.matches()) {
                return "geen geldig XML-bestand: " + m.replaceFirst(r.dutch()) + column;
            }
        }
        return "geen geldig XML-bestand: de opbouw van de XML klopt hier niet" + column;
    }
}

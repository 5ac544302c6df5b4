package nl.bondgenoot.agenda.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.bronnen.Bronnen;

/**
 * The hover text of a named element (Markdown, in Dutch): for actors and networks what they are and
 * the model file they are drawn in; for effects, opgaven and uitvoeringsagenda's their description.
 * A description's seed citations show their chapter, as rule sources do.
 */
public final class ElementHoverText {

    private ElementHoverText() {
    }

    /** The text, or null for elements that have nothing to tell beyond their name. */
    public static String of(EObject object) {
        if (object instanceof Actor actor) {
            return actor(actor);
        }
        if (object instanceof Netwerk netwerk) {
            return netwerk(netwerk);
        }
        if (object instanceof Effect || object instanceof Opgave || object instanceof Uitvoeringsagenda) {
            return described((Element) object);
        }
        return null;
    }

    private static String actor(Actor actor) {
        List<String> facts = new ArrayList<>();
        if (actor.getCategorie() != null) {
            facts.add("categorie: " + Labels.of(actor.getCategorie()));
        }
        if (actor.getSoort() != null) {
            facts.add("soort: " + actor.getSoort().id());
        }
        return heading(actor) + (facts.isEmpty() ? "" : "\n\n" + String.join("; ", facts)) + description(actor) + origin(actor);
    }

    private static String netwerk(Netwerk netwerk) {
        List<String> facts = new ArrayList<>();
        if (netwerk.getNetwerktype() != null) {
            facts.add("netwerktype: " + Labels.of(netwerk.getNetwerktype()));
        }
        facts.add(netwerk.getLeden().size() == 1 ? "1 lid" : netwerk.getLeden().size() + " leden");
        return heading(netwerk) + "\n\n" + String.join("; ", facts) + description(netwerk) + origin(netwerk);
    }

    private static String described(Element element) {
        String text = heading(element) + description(element);
        return element.eResource() != null && isAgenda(element.eResource()) ? text : text + origin(element);
    }

    private static String heading(Element element) {
        return "**" + Labels.typeOf(element.eClass()) + " " + element.getNaam() + "**";
    }

    private static String description(Element element) {
        String beschrijving = element.getBeschrijving();
        // The examples' notes cite the seeds by line: the hover puts the chapter beside each citation.
        return beschrijving == null || beschrijving.isBlank() ? "" : "\n\n" + Bronnen.get().annotate(beschrijving);
    }

    private static String origin(Element element) {
        Resource resource = element.eResource();
        if (resource == null || resource.getURI() == null) {
            return "";
        }
        return "\n\n*Uit het model:* " + resource.getURI().lastSegment();
    }

    private static boolean isAgenda(Resource resource) {
        return "agenda".equals(resource.getURI().fileExtension());
    }
}

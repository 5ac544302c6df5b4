package nl.bondgenoot.diagram.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.bondgenoot.model.Element;

/**
 * The GModel id of a drawn element. A model file's element has its own UUID, which is its id. An
 * agenda's elements are read from text and have none: their id is the path of kinds and names from
 * the file's root, such as {@code Veranderagenda/Opgave:Schuldhulp/Opdrachtrelatie:Consortium}. A
 * name path does not change when something is added, removed or moved elsewhere in the text (a
 * position would), so the drawing, its selection and its layout stay with the element from one check
 * of the text to the next; it changes only when the element or one of its containers is renamed. An
 * element that is the only value of its container's feature (the one maatschappelijke agenda) is
 * named by its kind alone; an element without a name by its kind and its number among its unnamed
 * siblings of that kind; a second element with the same kind and name (the agenda rules report it)
 * gets {@code ~2}, so two drawn elements never share an id.
 */
public final class DrawnIds {

    /** The id of a model root without an id of its own (an agenda). */
    public static final String ROOT = "model";

    private DrawnIds() {
    }

    public static String of(EObject element) {
        if (element instanceof Element e && e.getId() != null && !e.getId().isEmpty()) {
            return e.getId();
        }
        if (element.eContainer() == null) {
            return ROOT;
        }
        String segment = segment(element);
        EObject container = element.eContainer();
        return container.eContainer() == null ? segment : of(container) + "/" + segment;
    }

    private static String segment(EObject element) {
        String kind = element.eClass().getName();
        EReference feature = element.eContainmentFeature();
        if (!feature.isMany()) {
            return kind;
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(feature);
        String name = name(element);
        int same = 0;
        for (Object sibling : siblings) {
            if (sibling == element) {
                break;
            }
            if (sibling instanceof EObject other && other.eClass() == element.eClass() && java.util.Objects.equals(name(other), name)) {
                same++;
            }
        }
        if (name == null) {
            return kind + "#" + (same + 1);
        }
        return kind + ":" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + (same == 0 ? "" : "~" + (same + 1));
    }

    private static String name(EObject element) {
        return element instanceof Element e && e.getNaam() != null && !e.getNaam().isBlank() ? e.getNaam() : null;
    }
}

package nl.bondgenoot.model.provider.custom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.model.provider.BondgenootEditPlugin;

/**
 * The label of an element that has no name (a beleidscyclus, a typering, one of the four R's): its
 * kind with what is set on it in Dutch, "Beleidscyclus (verkenning, uitvoering / verantwoording)".
 * EMF's generator labels such elements with their first attribute as Java prints it ("false",
 * "NETWERK_KETENSTURING"); a yes/no shows here only as the property's name when it is yes.
 */
public final class UnnamedElementText {

    private static final int MAX_PARTS = 3;
    private static final int MAX_TEXT = 40;

    private UnnamedElementText() {
    }

    public static String of(Object object) {
        EObject element = (EObject) object;
        String kind = BondgenootEditPlugin.INSTANCE.getString("_UI_" + element.eClass().getName() + "_type");
        List<String> parts = new ArrayList<>();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (parts.size() == MAX_PARTS) {
                break;
            }
            String part = part(element, attribute);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        Periode periode = Geldigheid.periode(element); // the period always shows: it says when the element holds
        if (periode != null && (periode.getVan() != null || periode.getTot() != null)) {
            parts.add(Periodes.tekst(periode));
        }
        return parts.isEmpty() ? kind : kind + " (" + String.join(", ", parts) + ")";
    }

    /** "Periode (vanaf 1 januari 2010)"; just "Periode" while neither date is set. */
    public static String periode(Periode periode) {
        String kind = BondgenootEditPlugin.INSTANCE.getString("_UI_Periode_type");
        return periode.getVan() == null && periode.getTot() == null ? kind : kind + " (" + Periodes.tekst(periode) + ")";
    }

    /** "Lidmaatschap Gemeente Peel en Maas (vanaf 1 januari 2010)": whose membership, and when. */
    public static String lidmaatschap(Lidmaatschap lidmaatschap) {
        String kind = BondgenootEditPlugin.INSTANCE.getString("_UI_Lidmaatschap_type");
        String lid = lidmaatschap.getLid() == null ? "" : " " + lidmaatschap.getLid().getNaam();
        Periode periode = lidmaatschap.getPeriode();
        return kind + lid + (periode != null && (periode.getVan() != null || periode.getTot() != null)
                ? " (" + Periodes.tekst(periode) + ")" : "");
    }

    private static String part(EObject element, EAttribute attribute) {
        if (!element.eIsSet(attribute)) {
            return "";
        }
        Object value = element.eGet(attribute);
        if (value instanceof Collection<?> values) {
            List<String> each = new ArrayList<>();
            values.forEach(v -> each.add(value(element, attribute, v)));
            each.removeIf(String::isEmpty);
            return String.join(", ", each);
        }
        return value(element, attribute, value);
    }

    private static String value(EObject element, EAttribute attribute, Object value) {
        if (value instanceof Enumerator literal) {
            return literal.getName().equals("ONBEKEND") ? "" : Labels.of(literal);
        }
        if (value instanceof Boolean yes) {
            return yes ? featureName(element, attribute).toLowerCase(Locale.ROOT) : "";
        }
        if (value instanceof Number number) {
            return featureName(element, attribute).toLowerCase(Locale.ROOT) + " " + number;
        }
        String text = String.valueOf(value).strip();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1).strip() + "\u2026";
    }

    private static String featureName(EObject element, EAttribute attribute) {
        return BondgenootEditPlugin.INSTANCE.getString(
                "_UI_" + attribute.getEContainingClass().getName() + "_" + attribute.getName() + "_feature");
    }
}

package nl.bondgenoot.compare.internal;

import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.compare.ElementName;
import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.BondgenootEditPlugin;
import nl.bondgenoot.model.provider.custom.UnnamedElementText;
import nl.bondgenoot.model.tijd.Periodes;

/** The Dutch words of a comparison: class and feature labels of the edit bundle, values as users read them. */
public final class Texts {

    private Texts() {
    }

    /** "Actor", "Sturingsrelatie": the edit bundle's type label, else the class name split into words. */
    public static String kind(EClass type) {
        return edit("_UI_" + type.getName() + "_type", Labels.typeOf(type));
    }

    /** "Soort", "Leden": the edit bundle's feature label, else the feature's name. */
    public static String feature(EStructuralFeature feature) {
        return edit("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature", feature.getName());
    }

    private static String edit(String key, String otherwise) {
        try {
            return BondgenootEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException e) {
            return otherwise; // a feature added to the metamodel without a label yet
        }
    }

    /**
     * How an element is named in a change: id, kind and its "naam" when it has one; an element of an
     * assessment without a naam by the instrument's id it holds (an answer to 'A.Q5', a judgement of 'A.I3').
     */
    public static ElementName name(EObject element) {
        String id = EcoreUtil.getID(element);
        EStructuralFeature naam = element.eClass().getEStructuralFeature("naam");
        Object name = naam instanceof EAttribute ? element.eGet(naam) : null;
        if (name == null) {
            name = element.eClass().getEAllAttributes().stream()
                    .filter(a -> a != element.eClass().getEIDAttribute() && a.getName().endsWith("Id") && !a.isMany())
                    .map(element::eGet).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        return new ElementName(id, kind(element.eClass()), name == null ? null : name.toString());
    }

    /** An attribute value in Dutch: an enumeration's label, ja/nee, else the value as saved. */
    public static String attribute(EAttribute attribute, Object value) {
        if (value instanceof Enumerator literal) {
            return Labels.of(literal);
        }
        if (value instanceof Boolean yes) {
            return yes ? "ja" : "nee";
        }
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /** A contained element without id (a periode, a lidmaatschap, a typering) in Dutch. */
    public static String unnamed(EObject element) {
        if (element instanceof Periode periode) {
            return Periodes.tekst(periode);
        }
        if (element instanceof Lidmaatschap lidmaatschap) {
            return UnnamedElementText.lidmaatschap(lidmaatschap);
        }
        return UnnamedElementText.of(element);
    }
}

package nl.bondgenoot.representation.tool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;

/**
 * One tool that stands for a palette entry per value: per installed actor soort (so the kinds a
 * plug-in adds get their entry) or per value of an enumeration of the metamodel (ids in lower case, as
 * conditions write them). In the tool's name
 * and values, {@code {id}}, {@code {label}} and (actor soorten) {@code {categorie}} stand for the value's.
 *
 * @param enumeration the enumeration, or null for the actor soorten
 */
public record Repeat(EEnum enumeration) {

    public static final String ACTOR_SOORTEN = "actorsoorten";

    /** A value of the repeat: its id (part of the entry's id) and what its placeholders stand for. */
    public record Value(String id, Map<String, String> placeholders) {
    }

    /** The placeholders a repeat offers and, for typed ones, the enumeration whose literal they give. */
    public Map<String, EClassifier> placeholderTypes() {
        if (enumeration == null) {
            // {id} is an actor kind: it fills an actor's typed soort (and any text)
            return Map.of("id", BondgenootPackage.Literals.ACTOR_SOORT_ID, "label",
                    org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING, "categorie", BondgenootPackage.Literals.ACTOR_CATEGORIE);
        }
        return Map.of("id", enumeration, "label", org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING);
    }

    /** The values now: the actor soorten by category (as the model editor lists them), or the literals in order. */
    public List<Value> values() {
        List<Value> values = new ArrayList<>();
        if (enumeration == null) {
            List<ActorSoort> soorten = new ArrayList<>(ActorSoorten.all());
            soorten.sort(Comparator.comparingInt((ActorSoort s) -> s.categorie().getValue()));
            for (ActorSoort soort : soorten) {
                values.add(new Value(soort.id(), Map.of("id", soort.id(), "label", soort.label(), "categorie",
                        soort.categorie().getName().toLowerCase(Locale.ROOT))));
            }
        } else {
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                Enumerator value = literal.getInstance();
                String label = Labels.of(value);
                String id = literal.getName().toLowerCase(Locale.ROOT);
                values.add(new Value(id, Map.of("id", id, "label",
                        label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1))));
            }
        }
        return values;
    }

    /** What a description writes in 'voorElke'. */
    public String name() {
        return enumeration == null ? ACTOR_SOORTEN : enumeration.getName();
    }
}

package nl.bondgenoot.representation.table;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.labels.ElementTexts;

/**
 * A column's value that no single feature holds, computed by a named function: what a description
 * names under {@code "afgeleid"}. Each applies to rows of one class (or its subclasses).
 */
public record DerivedValue(String name, EClass appliesTo, Function<EObject, String> function) {

    private static final Map<String, DerivedValue> KNOWN = Map.of(
            "sturingsrelatielabel", new DerivedValue("sturingsrelatielabel", BondgenootPackage.Literals.STURINGSRELATIE,
                    row -> ElementTexts.sturingsrelatie((Sturingsrelatie) row)),
            "rollen", new DerivedValue("rollen", BondgenootPackage.Literals.ACTOR, row -> ElementTexts.rollen((Actor) row)),
            "netwerken", new DerivedValue("netwerken", BondgenootPackage.Literals.ACTOR, row -> ElementTexts.netwerken((Actor) row)));

    public static Optional<DerivedValue> named(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    public static java.util.Set<String> names() {
        return KNOWN.keySet();
    }

    public String of(EObject row) {
        return function.apply(row);
    }
}

package nl.bondgenoot.representation.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.BondgenootPackage;

/**
 * What a name in an expression can mean on an element of a class: a feature of the metamodel or a
 * derived feature ({@link DerivedFeatures}). Also the classes a description may name.
 */
public final class Features {

    private Features() {
    }

    /** The metamodel class of that name, if there is one. */
    public static Optional<EClass> eClass(String name) {
        return BondgenootPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass && c.getName().equals(name)).map(EClass.class::cast).findFirst();
    }

    public static List<String> classNames() {
        return BondgenootPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(c -> c.getName()).toList();
    }

    /** The type of name on an element of owner, or empty when the class has no such feature. */
    public static Optional<Type> type(EClass owner, String name) {
        EStructuralFeature feature = owner.getEStructuralFeature(name);
        if (feature != null) {
            return Optional.of(Type.of(feature.getEType(), feature.isMany()));
        }
        return DerivedFeatures.find(owner, name).map(DerivedFeature::type);
    }

    /** Every name that can follow an element of owner, for messages that suggest the closest. */
    public static List<String> names(EClass owner) {
        List<String> names = new ArrayList<>();
        owner.getEAllStructuralFeatures().forEach(f -> names.add(f.getName()));
        DerivedFeatures.of(owner).forEach(d -> names.add(d.name()));
        return names;
    }
}

package nl.bondgenoot.representation.expression;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;

/** A tool builder's derived feature, contributed by this fragment: how many characters an actor's name has. */
public class NaamlengteFeatures implements DerivedFeatureProvider {

    static final String NAAM = "naamlengte";

    @Override
    public List<DerivedFeature> derivedFeatures() {
        return List.of(new DerivedFeature(BondgenootPackage.eINSTANCE.getActor(), NAAM, Type.NUMBER,
                "Het aantal tekens van de naam van de actor (test).",
                (e, c) -> (double) (((Actor) e).getNaam() == null ? 0 : ((Actor) e).getNaam().length())));
    }
}

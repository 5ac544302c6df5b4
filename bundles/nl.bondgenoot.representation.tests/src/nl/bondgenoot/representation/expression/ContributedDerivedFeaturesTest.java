package nl.bondgenoot.representation.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;

/** Another bundle (issue 15's metrics) adds numeric derived features; a name that is taken is left out. */
class ContributedDerivedFeaturesTest {

    private static final BondgenootPackage P = BondgenootPackage.eINSTANCE;

    @Test
    void aContributedFeatureIsAddedAndATakenNameIsLeftOut() {
        DerivedFeature betweenness = new DerivedFeature(P.getActor(), "kernwaarde", Type.NUMBER, "Maat.", (e, c) -> 0.5);
        DerivedFeature clash = new DerivedFeature(P.getActor(), "aantalRelaties", Type.NUMBER, "Nogmaals.", (e, c) -> 99.0);
        DerivedFeature metamodel = new DerivedFeature(P.getActor(), "naam", Type.TEXT, "Schaduw.", (e, c) -> "x");
        DerivedFeature onElement = new DerivedFeature(P.getElement(), "isGemeente", Type.BOOLEAN, "Op een superklasse.", (e, c) -> true);
        List<DerivedFeature> all = DerivedFeatures.withContributions(DerivedFeatures.all(),
                List.of(betweenness, clash, metamodel, onElement));
        assertTrue(all.contains(betweenness));
        assertEquals(DerivedFeatures.all().size() + 1, all.size(), "only the new name is added");
    }

    @Test
    void aNumericDerivedFeatureIsANumberToTheChecker() throws Exception {
        assertEquals(Type.NUMBER, Expression.parse("aantalRelaties").check(P.getActor()));
        assertEquals(Type.BOOLEAN, Expression.parse("aantalRelaties >= 5").check(P.getActor()));
    }

    @Test
    void theTestFragmentsContributionIsComputedInADescriptionsExpressions() throws Exception {
        // fragment.xml of this fragment contributes NaamlengteFeatures, as a tool builder's plug-in would
        DerivedFeature naamlengte = DerivedFeatures.find(P.getActor(), NaamlengteFeatures.NAAM).orElseThrow();
        assertEquals(Type.NUMBER, naamlengte.type());
        assertEquals(Type.BOOLEAN, Expression.parse("naamlengte > 10").check(P.getActor()));
        Actor gemeente = BondgenootFactory.eINSTANCE.createActor();
        gemeente.setNaam("Gemeente Groningen");
        assertEquals(18.0, Expression.parse("naamlengte").evaluate(gemeente, Context.NONE));
        assertTrue(Expression.parse("naamlengte > 10").test(gemeente, Context.NONE));
        gemeente.setNaam("Wmo");
        assertTrue(!Expression.parse("naamlengte > 10").test(gemeente, Context.NONE));
    }
}

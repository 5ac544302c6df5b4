package nl.bondgenoot.representation.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.representation.Representations;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;
import nl.bondgenoot.representation.look.Looks.NodeLook;

/**
 * The built-in view Centraliteit sizes actors by their betweenness and marks cut vertices, with the
 * network metrics contributed as derived features (nl.bondgenoot.analysis through the extension point).
 */
class CentraliteitTest {

    private final Governancemodel model = BondgenootFactory.eINSTANCE.createGovernancemodel();

    private Actor actor(String naam) {
        return SmallModels.actor(model, naam, ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE);
    }

    @Test
    void actorsGrowWithTheirBetweennessAndCutVerticesGetARedBorder() throws Exception {
        Actor midden = actor("Midden");
        Actor x = actor("X");
        Actor y = actor("Y");
        Actor z = actor("Z");
        Actor w = actor("W");
        for (Actor blad : new Actor[] { x, y, z }) {
            SmallModels.relation(model, midden, blad, SturingsrelatieSoort.SAMENWERKING);
        }
        SmallModels.relation(model, z, w, SturingsrelatieSoort.SUBSIDIE);
        // Betweenness: Midden 5 of 6 pairs, Z 3 of 6 (W with the others), X 0.
        assertEquals(5 / 6.0, (Double) Expression.parse("betweenness").evaluate(midden, Context.NONE), 1e-9);
        assertEquals(0.5, (Double) Expression.parse("betweenness").evaluate(z, Context.NONE), 1e-9);

        Representation centraliteit = Representations.builtIn().stream().filter(r -> r.id().equals("centraliteit"))
                .findFirst().orElseThrow();
        NodeMapping actoren = centraliteit.knopen().stream().filter(k -> k.id().equals("actor")).findFirst().orElseThrow();
        LookResolver looks = new LookResolver(centraliteit, Context.NONE);
        NodeLook groot = looks.node(actoren, midden);
        NodeLook half = looks.node(actoren, z);
        NodeLook klein = looks.node(actoren, x);
        assertEquals(340.0, groot.minWidth(), "0,25 and more: the widest");
        assertEquals(340.0, half.minWidth());
        assertEquals(180.0, klein.minWidth(), "betweenness 0: the narrowest");
        assertEquals(120.0, groot.minHeight());
        assertEquals(64.0, klein.minHeight());
        assertEquals("#c62828", groot.style().rand(), "Midden is a cut vertex");
        assertEquals(5.0, groot.style().randdikte());
        assertNotEquals("#c62828", klein.style().rand());
        assertEquals("betweenness 0,83 · graad 3", Expression.parse("centraliteitTekst").evaluate(midden, Context.NONE));
    }
}

package nl.bondgenoot.representation.look;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.representation.RepresentationReader;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.look.Looks.EdgeLook;

/** A line whose end a layer or filter hides is hidden with it; a faded end fades it, unless the filter judges the line itself. */
class LinesBetweenHiddenEndsTest {

    private static final String DESCRIPTION = """
            {
              "formaat": "bondgenoot-weergave", "versie": 1, "id": "proef", "naam": "Proef",
              "knopen": [ { "id": "actor", "klasse": "Actor", "elementen": "actoren" } ],
              "lijnen": [ { "id": "relatie", "klasse": "Sturingsrelatie", "elementen": "sturingsrelaties", "bron": "van", "doel": "naar" } ],
              "lagen": [ { "id": "burgers", "naam": "Burgers", "toepassenOp": ["actor"], "als": "categorie == 'burger'" } ],
              "filters": [
                { "id": "markt", "naam": "Zonder markt", "toepassenOp": ["actor"], "als": "categorie != 'marktpartij'", "doen": "verberg" },
                { "id": "gemeente", "naam": "Accent", "toepassenOp": ["actor"], "als": "categorie == 'overheid'", "doen": "vervaag" },
                { "id": "subsidie", "naam": "Subsidie", "toepassenOp": ["actor", "relatie"], "als": "naam == 'Gemeente' of soort == 'subsidie'", "doen": "vervaag" }
              ]
            }
            """;

    @Test
    void aLineTakesTheLayersAndHidingFiltersOfItsEnds() throws Exception {
        BondgenootFactory f = BondgenootFactory.eINSTANCE;
        Governancemodel model = f.createGovernancemodel();
        Actor gemeente = actor(model, "Gemeente", ActorCategorie.OVERHEID);
        Actor burger = actor(model, "Burger", ActorCategorie.BURGER);
        Actor markt = actor(model, "Markt", ActorCategorie.MARKTPARTIJ);
        Representation representation = RepresentationReader.read(DESCRIPTION, "proef.weergave.json");
        LookResolver looks = new LookResolver(representation, Context.NONE);

        EdgeLook toBurger = between(looks, representation, model, gemeente, burger, SturingsrelatieSoort.ADVIES);
        assertEquals(List.of("burgers"), toBurger.layers(), "the burger's layer off hides the line to it");
        assertEquals(List.of("subsidie", "gemeente"), toBurger.failedFilters(), "a faded end fades the line");

        EdgeLook toMarkt = between(looks, representation, model, gemeente, markt, SturingsrelatieSoort.SUBSIDIE);
        assertEquals(List.of(), toMarkt.layers());
        // hidden with its hidden end; faded with its faded end (gemeente filter), but the subsidie filter
        // judges the line itself, and a subsidie passes it
        assertEquals(List.of("markt", "gemeente"), toMarkt.failedFilters());
    }

    private static Actor actor(Governancemodel model, String naam, ActorCategorie categorie) {
        return SmallModels.actor(model, naam, categorie);
    }

    private static EdgeLook between(LookResolver looks, Representation representation, Governancemodel model, Actor van, Actor naar,
            SturingsrelatieSoort soort) {
        Sturingsrelatie relatie = SmallModels.relation(model, van, naar, soort);
        return looks.between(looks.edge(representation.lijnen().get(0), relatie), looks.node(representation.knopen().get(0), van),
                looks.node(representation.knopen().get(0), naar));
    }
}

package nl.bondgenoot.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.representation.expression.Context;
import nl.bondgenoot.representation.expression.Expression;
import nl.bondgenoot.representation.expression.ExpressionException;

class ExpressionTest {

    private static final BondgenootFactory F = BondgenootFactory.eINSTANCE;
    private static final BondgenootPackage P = BondgenootPackage.eINSTANCE;

    private final Governancemodel model = F.createGovernancemodel();
    private final Actor gemeente = actor("Gemeente Zwolle", ActorCategorie.OVERHEID, "gemeente");
    private final Actor travers = actor("Travers", ActorCategorie.MAATSCHAPPELIJKE_ORGANISATIE, null);

    private Actor actor(String naam, ActorCategorie categorie, String soort) {
        Actor actor = F.createActor();
        actor.setNaam(naam);
        actor.setCategorie(categorie);
        actor.setSoort(nl.bondgenoot.model.soorten.ActorSoortId.valueOf(soort));
        model.getActoren().add(actor);
        return actor;
    }

    private static Object eval(String source, org.eclipse.emf.ecore.EObject element) throws ExpressionException {
        Expression expression = Expression.parse(source);
        expression.check(element.eClass());
        return expression.evaluate(element, Context.NONE);
    }

    @Test
    void textJoinsFeaturesAndShowsEnumerationsInDutch() throws Exception {
        assertEquals("Travers (maatschappelijke organisatie)", eval("naam + ' (' + categorie + ')'", travers));
    }

    @Test
    void anActorsSoortComparesWithTheIdOfItsKind() throws Exception {
        // a description styles a kind by its id, as the example plug-in's view does with soort == 'wijkteam'
        assertEquals(true, eval("soort == 'gemeente'", gemeente));
        assertEquals(true, eval("'gemeente' == soort", gemeente));
        assertEquals(false, eval("soort == 'Gemeente'", gemeente), "the id, not the label");
        assertEquals(false, eval("soort == 'gemeente'", travers), "no soort");
    }

    @Test
    void conditionsCompareEnumerationsByNameInAnyCaseAndCombineWithEnOfNiet() throws Exception {
        assertEquals(true, eval("categorie == 'overheid' en isGemeente", gemeente));
        assertEquals(false, eval("categorie == 'OVERHEID' en niet isGemeente", gemeente));
        assertEquals(true, eval("categorie == 'marktpartij' of naam == 'Travers'", travers));
    }

    @Test
    void isGemeenteAndTheGemeentesRolesFollowTheTypedKind() throws Exception {
        Actor tekst = actor("Gemeente Venlo", ActorCategorie.OVERHEID, "Gemeente");
        assertEquals(false, eval("isGemeente", tekst), "the soort text 'Gemeente' names no kind: no gemeente on a guess");
        assertEquals("Gemeente", eval("soortLabel", tekst), "a soort that is no known kind shows as written");
        Actor regeling = actor("GR Noord", ActorCategorie.OVERHEID, "gemeenschappelijke regeling");
        assertEquals(true, eval("isGemeente", regeling), "a gemeenschappelijke regeling acts for the gemeenten");
        assertEquals("Gemeenschappelijke regeling", eval("soortLabel", regeling));

        Netwerk netwerk = F.createNetwerk();
        netwerk.getLeden().add(gemeente);
        model.getNetwerken().add(netwerk);
        assertEquals("", eval("gemeenterollenTekst", netwerk));
        nl.bondgenoot.model.Gemeenterol regisseur = F.createGemeenterol();
        regisseur.setSoort(nl.bondgenoot.model.GemeenterolSoort.REGISSEUR);
        regisseur.setFase(nl.bondgenoot.model.Beleidsfase.VERKENNING);
        nl.bondgenoot.model.Gemeenterol aanjager = F.createGemeenterol();
        aanjager.setSoort(nl.bondgenoot.model.GemeenterolSoort.ANDERS);
        aanjager.setNaam("aanjager");
        netwerk.getGemeenterollen().addAll(List.of(regisseur, aanjager));
        assertEquals("regisseur (verkenning), aanjager", eval("gemeenterollenTekst", netwerk));
        assertEquals("regisseur (verkenning), aanjager", eval("gemeenteRollen", gemeente),
                "the gemeente that is a member plays the roles that name no gemeente");
        Actor helden = actor("Gemeente Helden", ActorCategorie.OVERHEID, "gemeente");
        assertEquals("", eval("gemeenteRollen", helden), "a gemeente outside the network plays none of its roles");
        assertEquals("", eval("gemeenteRollen", travers));
        aanjager.setGemeente(regeling);
        assertEquals("aanjager", eval("gemeenteRollen", regeling), "a role that names its gemeente is that one's");
        assertEquals("regisseur (verkenning)", eval("gemeenteRollen", gemeente));
    }

    @Test
    void pathsFollowReferencesAndListsAndCountWithAantal() throws Exception {
        Netwerk netwerk = F.createNetwerk();
        netwerk.setNaam("Wijkteam");
        netwerk.getLeden().addAll(List.of(gemeente, travers));
        model.getNetwerken().add(netwerk);
        assertEquals("Gemeente Zwolle, Travers", Expression.text(eval("leden.naam", netwerk)));
        assertEquals("2 leden", Expression.text(eval("aantal(leden) + (als aantal(leden) == 1 dan ' lid' anders ' leden')", netwerk)));
        assertEquals(List.of(netwerk), eval("netwerken", travers), "a derived feature: the networks the actor is a member of");
        Sturingsrelatie relatie = F.createSturingsrelatie();
        relatie.setVan(gemeente);
        relatie.setNaar(travers);
        relatie.setSoort(SturingsrelatieSoort.SUBSIDIE);
        model.getSturingsrelaties().add(relatie);
        assertEquals("financieel", eval("familie", relatie));
        assertEquals(true, eval("van.isGemeente en naar.naam == 'Travers'", relatie));
        assertThrows(ExpressionException.class, () -> Expression.parse("naar.categorie").check(P.getSturingsrelatie()),
                "naar is a Betrokkene (an actor or a netwerk), which has no categorie");
    }

    @Test
    void theLegendExampleOfAConditionSetsTheValuesThatMakeItTrue() throws Exception {
        Expression expression = Expression.parse("categorie == 'burger' en isRegisseur");
        Map<String, Object> example = expression.example(P.getActor()).orElseThrow();
        assertEquals(Map.of("categorie", ActorCategorie.BURGER, "isRegisseur", true), example);
        assertFalse(Expression.parse("aantal(leden) > 3").example(P.getNetwerk()).isPresent(), "no example for a comparison");
    }

    @Test
    void mistakesNameTheColumn() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse("naam + 'open"));
        assertEquals(8, e.column());
        e = assertThrows(ExpressionException.class, () -> Expression.parse("naam naam"));
        assertTrue(e.getMessage().contains("ontbreekt er 'en', 'of' of '+'?"), e.getMessage());
        e = assertThrows(ExpressionException.class, () -> Expression.parse("van.nam").check(P.getSturingsrelatie()));
        assertEquals("'nam' is geen eigenschap van Actor; bedoelde u naam?", e.getMessage());
    }
}

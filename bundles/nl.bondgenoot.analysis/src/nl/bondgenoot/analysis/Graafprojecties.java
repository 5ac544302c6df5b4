package nl.bondgenoot.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.soorten.Sturingsfamilies;
import nl.bondgenoot.model.tijd.Geldigheid;

/**
 * Makes the {@link Netwerkgraaf} of a model. Vertices: for a netwerk its members on the peildatum plus
 * its regisseur and leidende organisatie (they steer it, also when they are no member); for the whole
 * model every actor. Ties: sturingsrelaties between two of those actors that hold on the peildatum, of
 * the chosen families, both ends shown. A relation to a netwerk (not to an actor) is no tie between two
 * actors and is left out; so are relations of an actor to itself.
 */
public final class Graafprojecties {

    private Graafprojecties() {
    }

    public static Netwerkgraaf van(Governancemodel model, Projectie projectie) {
        Set<Actor> leden = new LinkedHashSet<>();
        Set<Actor> actoren = new LinkedHashSet<>();
        Netwerk netwerk = projectie.netwerk();
        if (netwerk == null) {
            model.getActoren().stream().filter(a -> Geldigheid.geldtOp(a, projectie.peildatum())).forEach(leden::add);
            actoren.addAll(leden);
        } else {
            leden.addAll(Geldigheid.ledenOp(netwerk, projectie.peildatum()));
            actoren.addAll(leden);
            if (netwerk.getRegisseur() != null && netwerk.getRegisseur().getActor() != null) {
                actoren.add(netwerk.getRegisseur().getActor());
            }
            if (netwerk.getLeidendeOrganisatie() != null) {
                actoren.add(netwerk.getLeidendeOrganisatie());
            }
        }
        actoren.removeIf(a -> !projectie.zichtbaar().test(a));
        leden.retainAll(actoren);

        Graph<Actor, Band> gericht = new SimpleDirectedGraph<>(null, null, false);
        Graph<Actor, Band> ongericht = new SimpleGraph<>(null, null, false);
        actoren.forEach(gericht::addVertex);
        actoren.forEach(ongericht::addVertex);
        for (Sturingsrelatie relatie : model.getSturingsrelaties()) {
            if (relatie.getVan() == null || !(relatie.getNaar() instanceof Actor naar) || relatie.getVan() == naar
                    || !actoren.contains(relatie.getVan()) || !actoren.contains(naar)
                    || !Geldigheid.geldtOp(relatie, projectie.peildatum())
                    || !projectie.neemtFamilie(Sturingsfamilies.familieVan(relatie.getSoort()))
                    || !projectie.zichtbaar().test(relatie)) {
                continue;
            }
            band(gericht, relatie.getVan(), naar).voegToe(relatie);
            band(ongericht, relatie.getVan(), naar).voegToe(relatie);
        }
        return new Netwerkgraaf(projectie, List.copyOf(actoren), Set.copyOf(leden),
                new AsUnmodifiableGraph<>(gericht), new AsUnmodifiableGraph<>(ongericht));
    }

    /** The graph of every netwerk of the model, in model order. */
    public static List<Netwerkgraaf> perNetwerk(Governancemodel model, Projectie sjabloon) {
        List<Netwerkgraaf> grafen = new ArrayList<>();
        for (Netwerk netwerk : model.getNetwerken()) {
            grafen.add(van(model, new Projectie(netwerk, sjabloon.families(), sjabloon.peildatum(), sjabloon.zichtbaar())));
        }
        return grafen;
    }

    private static Band band(Graph<Actor, Band> graph, Actor van, Actor naar) {
        Band band = graph.getEdge(van, naar);
        if (band == null) {
            band = new Band(van, naar);
            graph.addEdge(van, naar, band);
        }
        return band;
    }
}

package nl.bondgenoot.analysis.maten;

import java.util.List;
import java.util.Optional;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.model.Actor;

/**
 * The figures of one {@link Netwerkgraaf} ({@link Netwerkanalyses#van}).
 *
 * @param graaf the analysed graph
 * @param actoren the number of actors (vertices)
 * @param banden the number of ties between two actors, either way (undirected)
 * @param gerichteBanden the number of steering ties (directed: A steers B and B steers A are two)
 * @param dichtheid banden / (n(n-1)/2): the share of possible ties that exist (0-1; 0 below two actors)
 * @param componenten the number of connected parts (undirected); an actor without ties is a part of its own
 * @param snijpunten the actors whose loss splits their part (cut vertices), in model order
 * @param bruggen the ties whose loss splits their part (bridges)
 * @param perActor the figures per actor, in model order
 */
public record Netwerkanalyse(Netwerkgraaf graaf, int actoren, int banden, int gerichteBanden, double dichtheid,
        int componenten, List<Actor> snijpunten, List<Band> bruggen, List<Actorcijfers> perActor) {

    /** The figures of one actor, if it is in the graph. */
    public Optional<Actorcijfers> van(Actor actor) {
        return perActor.stream().filter(c -> c.actor() == actor).findFirst();
    }

    /** The members (participants) without any tie in the graph, in model order. */
    public List<Actor> ledenZonderBand() {
        return perActor.stream().filter(c -> c.lid() && c.graad() == 0).map(Actorcijfers::actor).toList();
    }
}

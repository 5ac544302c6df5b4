package nl.bondgenoot.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.soorten.Sturingsfamilies;

/**
 * A tie between two actors in a {@link Netwerkgraaf}: every sturingsrelatie between them that the
 * projection takes. In the directed graph a band runs from the steering actor to the steered one; in
 * the undirected graph one band joins the two, whichever way the relations run.
 */
public final class Band {

    private final Actor van;
    private final Actor naar;
    private final List<Sturingsrelatie> relaties = new ArrayList<>();

    Band(Actor van, Actor naar) {
        this.van = van;
        this.naar = naar;
    }

    void voegToe(Sturingsrelatie relatie) {
        relaties.add(relatie);
    }

    public Actor van() {
        return van;
    }

    public Actor naar() {
        return naar;
    }

    /** The sturingsrelaties this band stands for, in model order. */
    public List<Sturingsrelatie> relaties() {
        return Collections.unmodifiableList(relaties);
    }

    /** The families of its relations ({@link Sturingsfamilies}), sorted. */
    public Set<String> families() {
        Set<String> families = new TreeSet<>();
        relaties.forEach(r -> families.add(Sturingsfamilies.familieVan(r.getSoort())));
        return families;
    }

    @Override
    public String toString() {
        return Netwerkgraaf.naam(van) + " - " + Netwerkgraaf.naam(naar);
    }
}

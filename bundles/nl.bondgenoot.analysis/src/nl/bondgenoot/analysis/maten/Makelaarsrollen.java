package nl.bondgenoot.analysis.maten;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/**
 * Brokerage after Gould &amp; Fernandez (1989) over the actors' categorie: how often an actor B stands
 * between two others on a directed path A &rarr; B &rarr; C where A does not steer C directly, and in
 * which of five roles, by the categories of A, B and C:
 * <ul>
 * <li>coordinator: all three of one categorie;</li>
 * <li>itinerant (consultant): A and C of one categorie, B of another;</li>
 * <li>gatekeeper: B and C of one categorie, A of another (B lets in what comes from outside);</li>
 * <li>representative: A and B of one categorie, C of another (B speaks for its group outward);</li>
 * <li>liaison: three different categories.</li>
 * </ul>
 * An actor whose categorie is ONBEKEND (also after its soort) belongs to no known group: a path through
 * or between such actors is counted as {@code onbepaald}, never as one of the five roles, because the
 * role depends on a categorie nobody modelled. JGraphT has no brokerage; this is the small count.
 *
 * @param coordinator paths in the coordinator role
 * @param itinerant paths in the itinerant (consultant) role
 * @param gatekeeper paths in the gatekeeper role
 * @param representative paths in the representative role
 * @param liaison paths in the liaison role
 * @param onbepaald paths with an actor of unknown categorie
 */
public record Makelaarsrollen(int coordinator, int itinerant, int gatekeeper, int representative, int liaison,
        int onbepaald) {

    public static final Makelaarsrollen GEEN = new Makelaarsrollen(0, 0, 0, 0, 0, 0);

    /** Every role in the order above, with its Dutch name, for tables. */
    public Map<String, Integer> perRol() {
        Map<String, Integer> rollen = new LinkedHashMap<>();
        rollen.put("coordinator", coordinator);
        rollen.put("itinerant", itinerant);
        rollen.put("poortwachter", gatekeeper);
        rollen.put("vertegenwoordiger", representative);
        rollen.put("verbinder", liaison);
        rollen.put("onbepaald", onbepaald);
        return rollen;
    }

    /** All five roles together (without onbepaald). */
    public int totaal() {
        return coordinator + itinerant + gatekeeper + representative + liaison;
    }

    /** The brokerage of every actor of a directed graph. */
    public static Map<Actor, Makelaarsrollen> van(Graph<Actor, Band> gericht) {
        Map<Actor, Makelaarsrollen> result = new LinkedHashMap<>();
        for (Actor b : gericht.vertexSet()) {
            int[] telling = new int[6];
            for (Band in : gericht.incomingEdgesOf(b)) {
                Actor a = gericht.getEdgeSource(in);
                for (Band uit : gericht.outgoingEdgesOf(b)) {
                    Actor c = gericht.getEdgeTarget(uit);
                    if (a != c && !gericht.containsEdge(a, c)) {
                        telling[rol(categorie(a), categorie(b), categorie(c))]++;
                    }
                }
            }
            result.put(b, new Makelaarsrollen(telling[0], telling[1], telling[2], telling[3], telling[4], telling[5]));
        }
        return result;
    }

    private static ActorCategorie categorie(Actor actor) {
        return Gemeenteherkenning.categorie(actor);
    }

    /** The index of the role: 0 coordinator, 1 itinerant, 2 gatekeeper, 3 representative, 4 liaison, 5 onbepaald. */
    static int rol(ActorCategorie a, ActorCategorie b, ActorCategorie c) {
        if (a == ActorCategorie.ONBEKEND || b == ActorCategorie.ONBEKEND || c == ActorCategorie.ONBEKEND) {
            return 5;
        }
        if (a == b && b == c) {
            return 0;
        }
        if (a == c) {
            return 1;
        }
        if (b == c) {
            return 2;
        }
        if (a == b) {
            return 3;
        }
        return 4;
    }
}

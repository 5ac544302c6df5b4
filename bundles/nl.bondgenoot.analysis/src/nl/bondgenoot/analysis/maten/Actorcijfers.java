package nl.bondgenoot.analysis.maten;

import nl.bondgenoot.model.Actor;

/**
 * The figures of one actor in a {@link Netwerkanalyse}. Degrees count distinct actors (several
 * sturingsrelaties between the same two are one tie); the centralities are computed on the undirected
 * graph.
 *
 * @param actor the actor
 * @param lid whether it is a member (participant); a regisseur or leidende organisatie outside the netwerk is not
 * @param ingraad how many actors steer it
 * @param uitgraad how many actors it steers
 * @param graad how many actors it has a tie with, either way
 * @param betweenness the share of pairs of other actors whose shortest paths run through it (0-1, Freeman:
 *        the pair count divided by (n-1)(n-2)/2)
 * @param closeness (n-1) / the sum of its distances to the others (0-1); 0 for everyone when the graph is not connected
 * @param harmonisch the harmonic closeness: the mean of 1/distance to every other actor (0-1), also in a disconnected graph
 * @param eigenvector its share in the leading eigenvector of the adjacency matrix (length 1 over all actors)
 * @param snijpunt whether its loss splits its component (a cut vertex)
 * @param makelaar its brokerage roles (Gould &amp; Fernandez)
 */
public record Actorcijfers(Actor actor, boolean lid, int ingraad, int uitgraad, int graad, double betweenness,
        double closeness, double harmonisch, double eigenvector, boolean snijpunt, Makelaarsrollen makelaar) {
}

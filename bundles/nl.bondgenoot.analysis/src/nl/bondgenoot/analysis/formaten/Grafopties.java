package nl.bondgenoot.analysis.formaten;

import java.util.Objects;

import nl.bondgenoot.analysis.Projectie;

/**
 * What a graph file holds: the projection (netwerk or whole model, families, peildatum, view filter)
 * and whether the actors carry the metrics.
 *
 * @param projectie what becomes the graph
 * @param metMaten whether nodes carry graad, betweenness, nabijheid, eigenvector, snijpunt
 */
public record Grafopties(Projectie projectie, boolean metMaten) {

    public Grafopties {
        Objects.requireNonNull(projectie, "projectie");
    }
}

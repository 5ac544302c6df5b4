package nl.bondgenoot.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.soorten.Sturingsfamilies;

/**
 * Which part of a model becomes a graph: one netwerk (its members on the peildatum) or the whole model
 * (netwerk {@code null}); the sturingsrelaties of the chosen families (empty: all, also those of unknown
 * soort); only what holds on the peildatum; and only the elements a view shows ({@code zichtbaar}, for a
 * view's filtered subgraph: the caller that applies the view's filters passes them here).
 */
public record Projectie(Netwerk netwerk, Set<String> families, LocalDate peildatum, Predicate<EObject> zichtbaar) {

    public Projectie {
        Objects.requireNonNull(peildatum, "peildatum");
        families = Set.copyOf(families);
        zichtbaar = zichtbaar == null ? e -> true : zichtbaar;
        for (String familie : families) {
            if (!Sturingsfamilies.ALLE.contains(familie) && !familie.equals(Sturingsfamilies.ONBEKEND)) {
                throw new IllegalArgumentException("Onbekende familie van sturingsrelaties '" + familie + "'; kies uit "
                        + String.join(", ", Sturingsfamilies.ALLE) + " of " + Sturingsfamilies.ONBEKEND);
            }
        }
    }

    /** The whole model on the date, every sturingsrelatie. */
    public static Projectie heelModel(LocalDate peildatum) {
        return new Projectie(null, Set.of(), peildatum, null);
    }

    /** One netwerk on the date, every sturingsrelatie between its members. */
    public static Projectie van(Netwerk netwerk, LocalDate peildatum) {
        return new Projectie(Objects.requireNonNull(netwerk, "netwerk"), Set.of(), peildatum, null);
    }

    /** The same projection with only these families of sturingsrelaties (empty: all). */
    public Projectie metFamilies(Set<String> gekozen) {
        return new Projectie(netwerk, gekozen, peildatum, zichtbaar);
    }

    /** The same projection with only the elements a view shows. */
    public Projectie alleenZichtbaar(Predicate<EObject> filter) {
        return new Projectie(netwerk, families, peildatum, filter);
    }

    /** Whether a relation of this family is part of the projection. */
    public boolean neemtFamilie(String familie) {
        return families.isEmpty() || families.contains(familie);
    }
}

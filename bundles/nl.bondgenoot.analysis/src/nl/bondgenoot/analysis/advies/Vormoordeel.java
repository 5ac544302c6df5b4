package nl.bondgenoot.analysis.advies;

import java.util.List;
import java.util.Objects;

import nl.bondgenoot.model.Netwerkvorm;

/**
 * The judgement of one governance form: the four conditions.
 *
 * @param vorm the form
 * @param voorwaarden one per {@link Kenmerk}, in its order
 */
public record Vormoordeel(Netwerkvorm vorm, List<Voorwaarde> voorwaarden) {

    /** No known condition speaks against the form (unknown conditions do not). */
    public boolean past() {
        return misfits().isEmpty();
    }

    /** What does not fit, in words. */
    public List<String> misfits() {
        return voorwaarden.stream().filter(v -> Boolean.FALSE.equals(v.past())).map(Voorwaarde::reden).toList();
    }

    /** How many conditions the model gives (0-4). */
    public long bekend() {
        return voorwaarden.stream().map(Voorwaarde::past).filter(Objects::nonNull).count();
    }
}

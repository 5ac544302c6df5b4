package nl.bondgenoot.analysis;

import java.util.Optional;

import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;

/**
 * The analysis of one subject (a netwerk, or the whole model): its figures and, for a netwerk, the
 * governance-form advice. What {@code bondgenoot analyse} prints and the workbench shows, per subject.
 *
 * @param analyse the figures
 * @param advies the advice (empty for the whole model)
 */
public record Onderwerpanalyse(Netwerkanalyse analyse, Optional<Bestuursvormadvies> advies) {
}

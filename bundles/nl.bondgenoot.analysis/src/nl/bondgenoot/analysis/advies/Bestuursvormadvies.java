package nl.bondgenoot.analysis.advies;

import java.util.List;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;

/**
 * The advice on a netwerk's governance form ({@link Bestuursvormadviseur}).
 *
 * @param netwerk the netwerk
 * @param invoer the four inputs with their provenance
 * @param perVorm the judgement of each form, in the order of {@link ProvanKenisTabel#VORMEN}
 * @param passend the forms no known condition speaks against
 * @param gemodelleerd the modelled form (ONBEKEND: none)
 * @param kanttekeningen what the advisor saw but did not use, in words (e.g. the regisseur's trust)
 */
public record Bestuursvormadvies(Netwerk netwerk, List<Invoer> invoer, List<Vormoordeel> perVorm,
        List<Netwerkvorm> passend, Netwerkvorm gemodelleerd, List<String> kanttekeningen) {

    /** The judgement of one form. */
    public Vormoordeel oordeel(Netwerkvorm vorm) {
        return perVorm.stream().filter(o -> o.vorm() == vorm).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Provan & Kenis kennen de vorm " + vorm + " niet"));
    }

    /** Whether a form is modelled and known conditions speak against it. */
    public boolean wijktAf() {
        return ProvanKenisTabel.VORMEN.contains(gemodelleerd) && !oordeel(gemodelleerd).past();
    }

    /** How many of the four inputs the model gives. */
    public long bekendeInvoer() {
        return invoer.stream().filter(Invoer::bekend).count();
    }
}

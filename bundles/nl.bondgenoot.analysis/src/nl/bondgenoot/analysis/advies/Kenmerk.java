package nl.bondgenoot.analysis.advies;

import java.util.List;
import java.util.function.Function;

import nl.bondgenoot.model.Mate;
import nl.bondgenoot.model.Netwerk;

/** Provan &amp; Kenis's four conditions (S2:2261, 2335, 2352 cite them), as the metamodel holds them. */
public enum Kenmerk {

    ORGANISATIES("organisaties", "aantal deelnemers", null),
    VERTROUWENSDICHTHEID("vertrouwensdichtheid", "vertrouwensdichtheid", Netwerk::getVertrouwensdichtheid),
    DOELCONSENSUS("doelconsensus", "doelconsensus", Netwerk::getDoelconsensus),
    BEHOEFTE_NETWERKCOMPETENTIES("behoefteNetwerkcompetenties", "behoefte aan netwerkcompetenties",
            Netwerk::getBehoefteNetwerkcompetenties);

    /** The three conditions measured on the low-middle-high scale. */
    public static final List<Kenmerk> MATEN = List.of(VERTROUWENSDICHTHEID, DOELCONSENSUS, BEHOEFTE_NETWERKCOMPETENTIES);

    private final String parameter;
    private final String label;
    private final Function<Netwerk, Mate> waarde;

    Kenmerk(String parameter, String label, Function<Netwerk, Mate> waarde) {
        this.parameter = parameter;
        this.label = label;
        this.waarde = waarde;
    }

    /** The name in the parameter key and of the Netwerk feature. */
    public String parameter() {
        return parameter;
    }

    /** How users read it. */
    public String label() {
        return label;
    }

    /** The netwerk's modelled level (not for {@link #ORGANISATIES}). */
    Mate waarde(Netwerk netwerk) {
        return waarde.apply(netwerk);
    }
}

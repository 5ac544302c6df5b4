package nl.bondgenoot.beoordeling.ui;

import java.util.Optional;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Zelfanalyse;
import nl.bondgenoot.model.instrumenten.ZelfanalyseBondgenootschap;

/** The web diagram of a zelfanalyse as the report bundle draws it (the same SVG as the published site). */
final class RadarSvg {

    private RadarSvg() {
    }

    static Optional<String> of(ZelfanalyseBondgenootschap instrument, Beoordeling beoordeling, Zelfanalyse andere, String andereNaam) {
        return Optional.empty(); // the report bundle's chart comes with the toetsing lane's API
    }
}

package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bondgenoot.beoordeling.grafiek.Radardiagram;
import nl.bondgenoot.beoordeling.grafiek.Radaras;
import nl.bondgenoot.beoordeling.grafiek.Radarinhoud;
import nl.bondgenoot.beoordeling.grafiek.Radarreeks;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.instrumenten.Instrument;

/**
 * The web diagram of a scored assessment as the report bundle draws it (the same SVG as the published
 * site): jointly and per party, and the joint line of an earlier assessment when one is compared.
 */
final class RadarSvg {

    private RadarSvg() {
    }

    static Optional<String> of(Instrument instrument, Beoordeling beoordeling, List<Actor> partijen, Beoordeling eerder,
            String eerderNaam) {
        if (instrument.items().size() < 3 || beoordeling.getScores().isEmpty() && eerder == null) {
            return Optional.empty();
        }
        List<Radaras> assen = instrument.items().stream().map(i -> new Radaras(i.id(), i.tekst(),
                instrument.onderdeel(i.onderdeelId()).map(Instrument.Onderdeel::naam).orElse(i.onderdeelId()))).toList();
        List<Radarreeks> reeksen = new ArrayList<>();
        for (Actor partij : partijen) {
            List<Integer> scores = List.copyOf(instrument.scores(beoordeling, partij).values());
            if (scores.stream().anyMatch(s -> s > 0)) {
                reeksen.add(new Radarreeks(partij == null ? Messages.selfAnalysis_jointly : partij.getNaam(), scores,
                        partij == null ? Radarreeks.Soort.GEZAMENLIJK : Radarreeks.Soort.PARTIJ));
            }
        }
        if (eerder != null) {
            reeksen.add(new Radarreeks(Messages.selfAnalysis_jointly + " " + eerderNaam,
                    List.copyOf(instrument.scores(eerder, null).values()), Radarreeks.Soort.EERDER));
        }
        return Optional.of(Radardiagram.teken(new Radarinhoud(instrument.naam(), assen, reeksen, Instrument.HOOGSTE_SCORE,
                Messages.selfAnalysis_scale)).svg());
    }
}

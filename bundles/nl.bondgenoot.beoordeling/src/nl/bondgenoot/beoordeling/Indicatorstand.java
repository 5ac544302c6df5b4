package nl.bondgenoot.beoordeling;

import java.util.List;

import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Instrument;

/**
 * One indicator in the report: its onderdeel, judgement and motivation, whether it needs "extra aandacht"
 * (below VOLDOENDE, S4:164-181), and its questions with their answers. The guidance to read is that of
 * these questions ({@link Vraagstand#item()}'s richtlijn).
 */
public record Indicatorstand(Instrument.Indicator indicator, Instrument.Onderdeel onderdeel, Oordeel oordeel,
        String motivering, boolean extraAandacht, List<Vraagstand> vragen) {

    public Indicatorstand {
        vragen = List.copyOf(vragen);
    }

    public int beantwoord() {
        return (int) vragen.stream().filter(Vraagstand::beantwoord).count();
    }
}

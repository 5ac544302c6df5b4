package nl.bondgenoot.beoordeling;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Voorstel;

/**
 * One question of a checklist assessment in the report: its answers (one per respondent), whether it is
 * answered, where respondents differ (each known status with its answers; empty when they agree), the
 * model's proposal if any, and its guidance (quoted in the instrument data, with its source).
 */
public record Vraagstand(Instrument.Item item, List<Antwoord> antwoorden, boolean beantwoord,
        Map<Antwoordstatus, List<Antwoord>> verschillen, Optional<Voorstel> voorstel) {

    public Vraagstand {
        antwoorden = List.copyOf(antwoorden);
        verschillen = Map.copyOf(verschillen);
    }

    public boolean respondentenVerschillen() {
        return !verschillen.isEmpty();
    }
}

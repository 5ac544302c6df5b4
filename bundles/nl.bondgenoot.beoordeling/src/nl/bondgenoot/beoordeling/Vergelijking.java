package nl.bondgenoot.beoordeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.bondgenoot.beoordeling.grafiek.Grafiek;
import nl.bondgenoot.beoordeling.grafiek.Radardiagram;
import nl.bondgenoot.beoordeling.grafiek.Radarinhoud;
import nl.bondgenoot.beoordeling.grafiek.Radarreeks;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.model.tijd.Periodes;

/**
 * Two assessments of one practice compared over time: the same instrument, the same onderwerp, the earlier
 * one by datum first. Per indicator the two judgements, per kenmerk the two scores, and the radar of both
 * dates over each other (the earlier one dashed).
 */
public final class Vergelijking {

    /** An indicator's judgement then and now. */
    public record Oordeelverschil(Instrument.Indicator indicator, Oordeel eerder, Oordeel later) {
        public boolean veranderd() {
            return eerder != later;
        }
    }

    /** A kenmerk's score then and now (0: not scored). */
    public record Scoreverschil(Instrument.Item kenmerk, int eerder, int later) {
        public int verschil() {
            return eerder > 0 && later > 0 ? later - eerder : 0;
        }
    }

    private final Beoordelingsrapport eerder;
    private final Beoordelingsrapport later;

    private Vergelijking(Beoordelingsrapport eerder, Beoordelingsrapport later) {
        this.eerder = eerder;
        this.later = later;
    }

    /**
     * Compares two assessments, in date order whatever order they are given in.
     *
     * @throws IllegalArgumentException (Dutch) when they are of different instruments or practices
     */
    public static Vergelijking van(Beoordeling een, Beoordeling ander) {
        if (!Objects.equals(een.getInstrumentId(), ander.getInstrumentId())) {
            throw new IllegalArgumentException("twee beoordelingen met verschillende instrumenten ('" + een.getInstrumentId()
                    + "' en '" + ander.getInstrumentId() + "') zijn niet te vergelijken");
        }
        if (!zelfdeOnderwerp(een, ander)) {
            throw new IllegalArgumentException("twee beoordelingen van verschillende praktijken ('" + onderwerp(een) + "' en '"
                    + onderwerp(ander) + "') zijn niet te vergelijken");
        }
        List<Beoordeling> opDatum = new ArrayList<>(List.of(een, ander));
        opDatum.sort(Comparator.comparing(Voorstellen::peildatum));
        return new Vergelijking(Beoordelingsrapport.van(opDatum.get(0)), Beoordelingsrapport.van(opDatum.get(1)));
    }

    /**
     * The assessments among {@code kandidaten} that can be compared with {@code beoordeling} (same instrument,
     * same practice, another file), earliest first.
     */
    public static List<Beoordeling> vergelijkbaar(Beoordeling beoordeling, List<Beoordeling> kandidaten) {
        return kandidaten.stream().filter(k -> k != beoordeling && Objects.equals(k.getInstrumentId(), beoordeling.getInstrumentId())
                && zelfdeOnderwerp(k, beoordeling)).sorted(Comparator.comparing(Voorstellen::peildatum)).toList();
    }

    public Beoordelingsrapport eerder() {
        return eerder;
    }

    public Beoordelingsrapport later() {
        return later;
    }

    public List<Oordeelverschil> oordelen() {
        List<Indicatorstand> toen = eerder.indicatoren();
        List<Indicatorstand> nu = later.indicatoren();
        List<Oordeelverschil> verschillen = new ArrayList<>();
        for (int i = 0; i < nu.size(); i++) {
            verschillen.add(new Oordeelverschil(nu.get(i).indicator(), toen.get(i).oordeel(), nu.get(i).oordeel()));
        }
        return verschillen;
    }

    /** The scores of one party ({@code null}: all parties together) then and now, per kenmerk. */
    public List<Scoreverschil> scores(Actor partij) {
        Instrument instrument = later.instrument();
        var toen = instrument.scores(eerder.beoordeling(), partij);
        var nu = instrument.scores(later.beoordeling(), partij);
        return instrument.items().stream().map(i -> new Scoreverschil(i, toen.get(i), nu.get(i))).toList();
    }

    /** The radar of both dates over each other, for one party or ({@code null}) all together; empty without scores. */
    public Optional<Grafiek> radar(Actor partij) {
        Instrument instrument = later.instrument();
        if (instrument.soort() != Instrument.Antwoordsoort.SCORES || instrument.items().size() < 3) {
            return Optional.empty();
        }
        List<Scoreverschil> scores = scores(partij);
        String wie = partij == null ? Scorereeks.GEZAMENLIJK : Beoordelingsrapport.naam(partij);
        List<Radarreeks> reeksen = List.of(
                new Radarreeks(datum(eerder.beoordeling()), scores.stream().map(Scoreverschil::eerder).toList(), Radarreeks.Soort.EERDER),
                new Radarreeks(datum(later.beoordeling()), scores.stream().map(Scoreverschil::later).toList(),
                        partij == null ? Radarreeks.Soort.GEZAMENLIJK : Radarreeks.Soort.PARTIJ));
        String titel = instrument.naam() + ", " + onderwerp(later.beoordeling()) + ": " + wie + " op twee momenten";
        return Optional.of(Radardiagram.teken(new Radarinhoud(titel, Beoordelingsrapport.assen(instrument), reeksen,
                Instrument.HOOGSTE_SCORE, Beoordelingsrapport.SCHAALTOELICHTING)));
    }

    private static boolean zelfdeOnderwerp(Beoordeling a, Beoordeling b) {
        if (a.getOnderwerp() == null || b.getOnderwerp() == null) {
            return a.getOnderwerp() == null && b.getOnderwerp() == null && Objects.equals(id(a.getModel()), id(b.getModel()));
        }
        return Objects.equals(a.getOnderwerp().getId(), b.getOnderwerp().getId());
    }

    private static String id(nl.bondgenoot.model.Element e) {
        return e == null ? null : e.getId();
    }

    private static String onderwerp(Beoordeling b) {
        return b.getOnderwerp() != null ? b.getOnderwerp().getNaam() : b.getModel() != null ? b.getModel().getNaam() : "?";
    }

    private static String datum(Beoordeling b) {
        LocalDate d = Periodes.datum(b.getDatum());
        return d == null ? "zonder datum" : Periodes.tekst(d);
    }
}

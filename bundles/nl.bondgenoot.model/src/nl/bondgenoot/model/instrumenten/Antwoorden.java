package nl.bondgenoot.model.instrumenten;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Plateaukeuze;

/**
 * What an assessment has answered, the same for the rules, the report, the form editor and the site, for
 * any instrument (shipped or contributed): which items it must answer, whether an item is answered, and
 * where respondents differ.
 */
public final class Antwoorden {

    private Antwoorden() {
    }

    /**
     * The items the assessment must answer: the required items of the onderdelen it goes through (its
     * secties; none named means all, S4:62-66), in the instrument's order.
     */
    public static List<Instrument.Item> vereist(Beoordeling beoordeling, Instrument instrument) {
        List<String> secties = beoordeling.getSecties();
        return instrument.items().stream().filter(Instrument.Item::verplicht)
                .filter(i -> secties.isEmpty() || secties.contains(i.onderdeelId())).toList();
    }

    /**
     * Whether an item is answered: a checklist question by an answer with a status other than ONBEKEND (NVT
     * counts: the question was considered) or, for an open question, with a toelichting or a filled part; a kenmerk by a score above 0 (of a party or jointly), an ambition by a chosen
     * plateau (ambitie above 0).
     */
    public static boolean beantwoord(Beoordeling beoordeling, Instrument instrument, String itemId) {
        return switch (instrument.soort()) {
            case CHECKLIST -> antwoorden(beoordeling, itemId).stream().anyMatch(Antwoorden::ingevuld);
            case SCORES -> beoordeling.getScores().stream().anyMatch(s -> itemId.equals(s.getKenmerkId()) && s.getScore() > 0);
            case PLATEAUS -> beoordeling.getPlateaukeuzes().stream().anyMatch(p -> itemId.equals(p.getAmbitieId()) && p.getAmbitie() > 0);
        };
    }

    /** Whether one answer says anything: a known status, a toelichting, or a part with actors, choices or text. */
    public static boolean ingevuld(Antwoord a) {
        return a.getStatus() != Antwoordstatus.ONBEKEND || a.getToelichting() != null && !a.getToelichting().isBlank()
                || a.getDelen().stream().anyMatch(d -> !d.getActoren().isEmpty() || !d.getKeuzes().isEmpty()
                        || d.getTekst() != null && !d.getTekst().isBlank());
    }

    /** The answered items among {@code items}. */
    public static long aantalBeantwoord(Beoordeling beoordeling, Instrument instrument, List<Instrument.Item> items) {
        return items.stream().filter(i -> beantwoord(beoordeling, instrument, i.id())).count();
    }

    /** The answers to one question, one per respondent, in file order. */
    public static List<Antwoord> antwoorden(Beoordeling beoordeling, String itemId) {
        return beoordeling.getAntwoorden().stream().filter(a -> itemId.equals(a.getVraagId())).toList();
    }

    /**
     * Where respondents differ on a question: each known status (not ONBEKEND) with the answers that gave
     * it, when there are at least two; empty when they agree (or only one answered).
     */
    public static Map<Antwoordstatus, List<Antwoord>> verschillen(Beoordeling beoordeling, String itemId) {
        Map<Antwoordstatus, List<Antwoord>> perStatus = new LinkedHashMap<>();
        for (Antwoord a : antwoorden(beoordeling, itemId)) {
            if (a.getStatus() != Antwoordstatus.ONBEKEND) {
                perStatus.computeIfAbsent(a.getStatus(), s -> new java.util.ArrayList<>()).add(a);
            }
        }
        return perStatus.size() > 1 ? perStatus : Map.of();
    }

    /** The scores of one kenmerk, of every party and jointly. */
    public static List<Kenmerkscore> scores(Beoordeling beoordeling, String kenmerkId) {
        return beoordeling.getScores().stream().filter(s -> kenmerkId.equals(s.getKenmerkId())).toList();
    }

    /** The chosen plateau of one ambition item, if any. */
    public static java.util.Optional<Plateaukeuze> plateaukeuze(Beoordeling beoordeling, String ambitieId) {
        return beoordeling.getPlateaukeuzes().stream().filter(p -> ambitieId.equals(p.getAmbitieId())).findFirst();
    }
}

package nl.bondgenoot.model.instrumenten;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Oordeel;

/**
 * An assessment instrument as data, the one description the form editor, the report, the rules and the
 * published site read: its onderdelen (sections, analysegebieden, organisatiegebieden), its items
 * (questions, kenmerken, ambities) with their typed answer parts, required flag and guidance, and its
 * indicators. Contributed at {@value Instrumenten#EXTENSION_POINT}; the checklist, the zelfanalyse and the
 * two ambition tables are the model bundle's own contributions.
 */
public final class Instrument {

    /** How an instrument is answered; the lists of a {@link Beoordeling} it fills. */
    public enum Antwoordsoort {
        /** An {@code Antwoord} (Antwoordstatus and typed parts) per question per respondent, an {@code Indicatoroordeel} per indicator. */
        CHECKLIST,
        /** A {@code Kenmerkscore} per kenmerk, per party or jointly (the zelfanalyse, S0:1442-1454). */
        SCORES,
        /** A {@code Plateaukeuze} (huidig and ambitie) per ambition item (S2 Tabel 5 and 9). */
        PLATEAUS
    }

    /** A part of the instrument: a section of the checklist, an analysegebied, an organisatiegebied. */
    public record Onderdeel(String id, String naam, String toelichting, String bron, String richtlijnBron) {
    }

    /** An indicator such as A.I1, "De aanpak voor beleidsvernieuwing is voldoende uitgewerkt.", judged with an Oordeel. */
    public record Indicator(String id, String onderdeelId, String tekst, String bron) {
    }

    /** The guidance for an item ("aandachtspunten, tips en voorbeelden"), word for word, with the lines it comes from. */
    public record Richtlijn(String tekst, String bron) {
    }

    /**
     * A typed part of an answer (our reading of the question, INF): actors of the model, choices, or text.
     * For a choice over an enumeration of the model, {@code enumeratie} names it and {@code keuzes} are its
     * literal names.
     */
    public record Deel(String naam, Soort soort, List<String> keuzes, String enumeratie) {

        public enum Soort {
            ACTOREN, KEUZE, TEKST
        }
    }

    /**
     * An item to answer: a question (A.Q1), a kenmerk (IO.1) or an ambition (T5.3). {@code indicatorId} and
     * {@code koppelingMotivering} are the item's indicator and why (for the checklist Bondgenoot's proposal,
     * INF); {@code richtlijn} is its guidance or null; {@code cellen} holds every column of its data line,
     * also those only this instrument has (for example {@code paragraaf} of an ambition).
     */
    public record Item(String id, String onderdeelId, String tekst, String toelichting, String bron, boolean verplicht,
            List<Deel> delen, String indicatorId, String koppelingMotivering, Richtlijn richtlijn, Map<String, String> cellen) {

        public Optional<Deel> deel(String naam) {
            return delen.stream().filter(d -> d.naam().equals(naam)).findFirst();
        }

        /** The value of a column of the item's data line; empty when the column is absent. */
        public String waarde(String kolom) {
            return cellen.getOrDefault(kolom, "");
        }
    }

    /** The lowest and highest score of a SCORES instrument: 1 (zwak) to 5 (sterk). INF: the seed gives no scale (S0:1442). */
    public static final int LAAGSTE_SCORE = 1;
    public static final int HOOGSTE_SCORE = 5;
    /** The plateaus of K2, 1 (activiteitgericht) to 5 (samenlevinggericht), S2:1442-1595. */
    public static final int LAAGSTE_PLATEAU = 1;
    public static final int HOOGSTE_PLATEAU = 5;

    private final String id;
    private final String naam;
    private final Antwoordsoort soort;
    private final String bron;
    private final String bijdrager;
    private final List<Onderdeel> onderdelen;
    private final List<Indicator> indicatoren;
    private final List<Item> items;

    Instrument(String id, String naam, Antwoordsoort soort, String bron, String bijdrager, List<Onderdeel> onderdelen,
            List<Indicator> indicatoren, List<Item> items) {
        this.id = id;
        this.naam = naam;
        this.soort = soort;
        this.bron = bron;
        this.bijdrager = bijdrager;
        this.onderdelen = List.copyOf(onderdelen);
        this.indicatoren = List.copyOf(indicatoren);
        this.items = List.copyOf(items);
    }

    /** The id a {@link Beoordeling#getInstrumentId()} names, e.g. "checklist-wmo-praktijken". */
    public String id() {
        return id;
    }

    /** The Dutch name, e.g. "Checklist Wmo-praktijken". */
    public String naam() {
        return naam;
    }

    public Antwoordsoort soort() {
        return soort;
    }

    /** Where the instrument comes from: the seed lines or the publication, e.g. "S4:198-356". */
    public String bron() {
        return bron;
    }

    /** The plug-in that contributed the instrument. */
    public String bijdrager() {
        return bijdrager;
    }

    public List<Onderdeel> onderdelen() {
        return onderdelen;
    }

    public List<Indicator> indicatoren() {
        return indicatoren;
    }

    public List<Item> items() {
        return items;
    }

    public Optional<Onderdeel> onderdeel(String onderdeelId) {
        return onderdelen.stream().filter(o -> o.id().equals(onderdeelId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicatoren.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public List<Item> items(String onderdeelId) {
        return items.stream().filter(i -> i.onderdeelId().equals(onderdeelId)).toList();
    }

    public List<Indicator> indicatoren(String onderdeelId) {
        return indicatoren.stream().filter(i -> i.onderdeelId().equals(onderdeelId)).toList();
    }

    /** The items of an indicator (for the checklist by Bondgenoot's proposed mapping, INF). */
    public List<Item> itemsBij(String indicatorId) {
        return items.stream().filter(i -> indicatorId.equals(i.indicatorId())).toList();
    }

    /**
     * An indicator judged below VOLDOENDE (DEELS or ONVOLDOENDE) needs "extra aandacht" (S4:164-181); not
     * yet judged (ONBEKEND) does not.
     */
    public static boolean extraAandacht(Oordeel oordeel) {
        return oordeel == Oordeel.DEELS || oordeel == Oordeel.ONVOLDOENDE;
    }

    /**
     * The items whose guidance an assessment points to: those of every indicator judged below VOLDOENDE,
     * in the instrument's order.
     */
    public List<Item> itemsMetExtraAandacht(Beoordeling beoordeling) {
        Set<String> indicatorIds = new LinkedHashSet<>();
        for (Indicatoroordeel oordeel : beoordeling.getIndicatoroordelen()) {
            if (extraAandacht(oordeel.getOordeel())) {
                indicatorIds.add(oordeel.getIndicatorId());
            }
        }
        return items.stream().filter(i -> indicatorIds.contains(i.indicatorId())).toList();
    }

    /**
     * One web diagram (S0:1449-1454): the scores of one party, or with {@code partij == null} those given
     * by all parties together, per item in the instrument's order; 0 where that item was not scored.
     */
    public Map<Item, Integer> scores(Beoordeling beoordeling, Actor partij) {
        Map<Item, Integer> scores = new LinkedHashMap<>();
        items.forEach(i -> scores.put(i, 0));
        for (Kenmerkscore score : beoordeling.getScores()) {
            if (score.getPartij() == partij) {
                item(score.getKenmerkId()).ifPresent(i -> scores.put(i, score.getScore()));
            }
        }
        return scores;
    }

    @Override
    public String toString() {
        return id + " (" + naam + ")";
    }
}

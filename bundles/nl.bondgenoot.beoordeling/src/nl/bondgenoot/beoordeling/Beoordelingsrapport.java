package nl.bondgenoot.beoordeling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.bondgenoot.beoordeling.grafiek.Grafiek;
import nl.bondgenoot.beoordeling.grafiek.Indicatoroverzicht;
import nl.bondgenoot.beoordeling.grafiek.Indicatorregel;
import nl.bondgenoot.beoordeling.grafiek.Radaras;
import nl.bondgenoot.beoordeling.grafiek.Radardiagram;
import nl.bondgenoot.beoordeling.grafiek.Radarinhoud;
import nl.bondgenoot.beoordeling.grafiek.Radarreeks;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Antwoorden;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;

/**
 * The report of one assessment as data, for any instrument (shipped or contributed): progress, the
 * questions with their answers and respondents' differences, the indicators with judgement and flag, the
 * scores per party and jointly, the chosen plateaus, and the charts. The form editor and the published site
 * show the same report; nothing here is drawn or counted a second way.
 */
public final class Beoordelingsrapport {

    /** The note under every radar: the seed gives no scale (S0:1442), Bondgenoot's 1-5 is INF. */
    public static final String SCHAALTOELICHTING = "Schaal " + Instrument.LAAGSTE_SCORE + " (zwak) tot en met "
            + Instrument.HOOGSTE_SCORE + " (sterk): een toevoeging van Bondgenoot (INF); de bron noemt geen schaal (S0:1442)."
            + " Een kenmerk zonder score heeft geen punt.";

    private final Beoordeling beoordeling;
    private final Instrument instrument;

    private Beoordelingsrapport(Beoordeling beoordeling, Instrument instrument) {
        this.beoordeling = beoordeling;
        this.instrument = instrument;
    }

    /**
     * The report of an assessment.
     *
     * @throws IllegalStateException (Dutch) when its instrument is not installed
     */
    public static Beoordelingsrapport van(Beoordeling beoordeling) {
        return new Beoordelingsrapport(beoordeling, Instrumenten.vereist(beoordeling.getInstrumentId()));
    }

    public Beoordeling beoordeling() {
        return beoordeling;
    }

    public Instrument instrument() {
        return instrument;
    }

    /** "Checklist Wmo-praktijken, OK-team Kamperpoort, 6 december 2026". */
    public String titel() {
        List<String> parts = new ArrayList<>();
        parts.add(instrument.naam());
        parts.add(beoordeling.getOnderwerp() != null ? beoordeling.getOnderwerp().getNaam()
                : beoordeling.getModel() != null ? beoordeling.getModel().getNaam() : null);
        if (beoordeling.getDatum() != null) {
            parts.add(nl.bondgenoot.model.tijd.Periodes.tekst(Voorstellen.peildatum(beoordeling)));
        }
        return String.join(", ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    /** The required items answered, in all and per onderdeel. */
    public Voortgang voortgang() {
        List<Instrument.Item> vereist = Antwoorden.vereist(beoordeling, instrument);
        List<Voortgang.Onderdeel> per = new ArrayList<>();
        for (Instrument.Onderdeel o : instrument.onderdelen()) {
            List<Instrument.Item> hier = vereist.stream().filter(i -> i.onderdeelId().equals(o.id())).toList();
            if (!hier.isEmpty()) {
                per.add(new Voortgang.Onderdeel(o.id(), o.naam(), (int) Antwoorden.aantalBeantwoord(beoordeling, instrument, hier),
                        hier.size()));
            }
        }
        return new Voortgang((int) Antwoorden.aantalBeantwoord(beoordeling, instrument, vereist), vereist.size(), per);
    }

    /** Every item of the instrument with its answers, differences and the model's proposal, in order. */
    public List<Vraagstand> vragen() {
        List<Voorstel> voorstellen = Voorstellen.voor(beoordeling);
        return instrument.items().stream().map(i -> vraag(i, voorstellen)).toList();
    }

    private Vraagstand vraag(Instrument.Item item, List<Voorstel> voorstellen) {
        return new Vraagstand(item, Antwoorden.antwoorden(beoordeling, item.id()),
                Antwoorden.beantwoord(beoordeling, instrument, item.id()), Antwoorden.verschillen(beoordeling, item.id()),
                voorstellen.stream().filter(v -> v.vraagId().equals(item.id())).findFirst());
    }

    /** The questions on which respondents differ (visible, never averaged away). */
    public List<Vraagstand> verschillen() {
        return vragen().stream().filter(Vraagstand::respondentenVerschillen).toList();
    }

    /** Every indicator with its judgement (ONBEKEND when not judged) and questions, in the instrument's order. */
    public List<Indicatorstand> indicatoren() {
        List<Voorstel> voorstellen = Voorstellen.voor(beoordeling);
        List<Indicatorstand> standen = new ArrayList<>();
        for (Instrument.Indicator indicator : instrument.indicatoren()) {
            Optional<Indicatoroordeel> oordeel = beoordeling.getIndicatoroordelen().stream()
                    .filter(o -> indicator.id().equals(o.getIndicatorId())).findFirst();
            Oordeel o = oordeel.map(Indicatoroordeel::getOordeel).orElse(Oordeel.ONBEKEND);
            standen.add(new Indicatorstand(indicator, instrument.onderdeel(indicator.onderdeelId()).orElse(null), o,
                    oordeel.map(Indicatoroordeel::getMotivering).orElse(""), Instrument.extraAandacht(o),
                    instrument.itemsBij(indicator.id()).stream().map(i -> vraag(i, voorstellen)).toList()));
        }
        return standen;
    }

    /** The items whose guidance the consultant should read: those of every indicator below VOLDOENDE. */
    public List<Instrument.Item> extraAandacht() {
        return instrument.itemsMetExtraAandacht(beoordeling);
    }

    /**
     * The score series: all parties together first (when scored jointly), then each party that scored, in
     * the order of the respondents and then of the scores.
     */
    public List<Scorereeks> scores() {
        Set<Actor> partijen = new LinkedHashSet<>();
        boolean samen = false;
        for (Respondent r : beoordeling.getRespondenten()) {
            if (r.getActor() != null && beoordeling.getScores().stream().anyMatch(s -> s.getPartij() == r.getActor())) {
                partijen.add(r.getActor());
            }
        }
        for (Kenmerkscore s : beoordeling.getScores()) {
            if (s.getPartij() == null) {
                samen = true;
            } else {
                partijen.add(s.getPartij());
            }
        }
        List<Scorereeks> reeksen = new ArrayList<>();
        if (samen) {
            reeksen.add(new Scorereeks(null, Scorereeks.GEZAMENLIJK, instrument.scores(beoordeling, null)));
        }
        for (Actor partij : partijen) {
            reeksen.add(new Scorereeks(partij, naam(partij), instrument.scores(beoordeling, partij)));
        }
        return reeksen;
    }

    /** The chosen plateaus per ambition item (ambition tables), in the instrument's order. */
    public List<Plateaustand> plateaus() {
        List<Plateaustand> standen = new ArrayList<>();
        for (Instrument.Item item : instrument.items()) {
            Optional<Plateaukeuze> keuze = Antwoorden.plateaukeuze(beoordeling, item.id());
            standen.add(new Plateaustand(item, instrument.onderdeel(item.onderdeelId()).orElse(null),
                    keuze.map(Plateaukeuze::getHuidig).orElse(0), keuze.map(Plateaukeuze::getAmbitie).orElse(0),
                    keuze.map(Plateaukeuze::getToelichting).orElse("")));
        }
        return standen;
    }

    /** The radar of a scores instrument: one line per party and the joint one; empty for other instruments. */
    public Optional<Grafiek> radar() {
        if (instrument.soort() != Instrument.Antwoordsoort.SCORES || instrument.items().size() < 3) {
            return Optional.empty();
        }
        List<Radarreeks> reeksen = scores().stream().map(s -> new Radarreeks(s.naam(), List.copyOf(s.scores().values()),
                s.gezamenlijk() ? Radarreeks.Soort.GEZAMENLIJK : Radarreeks.Soort.PARTIJ)).toList();
        return Optional.of(Radardiagram.teken(new Radarinhoud(titel(), assen(instrument), reeksen, Instrument.HOOGSTE_SCORE,
                SCHAALTOELICHTING)));
    }

    /** The indicator overview of an instrument with indicators; empty for others. */
    public Optional<Grafiek> indicatoroverzicht() {
        if (instrument.indicatoren().isEmpty()) {
            return Optional.empty();
        }
        List<Indicatorregel> regels = indicatoren().stream().map(s -> new Indicatorregel(s.indicator().id(), s.indicator().tekst(),
                s.onderdeel() == null ? "" : s.onderdeel().naam(), s.oordeel(), s.extraAandacht(), s.beantwoord(), s.vragen().size()))
                .toList();
        return Optional.of(Indicatoroverzicht.teken(titel() + ": indicatoren", regels));
    }

    /** The radar's spokes: the instrument's items with their onderdeel's name as group. */
    static List<Radaras> assen(Instrument instrument) {
        return instrument.items().stream().map(i -> new Radaras(i.id(), i.tekst(),
                instrument.onderdeel(i.onderdeelId()).map(Instrument.Onderdeel::naam).orElse(i.onderdeelId()))).toList();
    }

    static String naam(Actor actor) {
        return actor.getNaam() == null || actor.getNaam().isBlank() ? "(zonder naam)" : actor.getNaam();
    }
}

package nl.bondgenoot.model.instrumenten;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Checklistbeoordeling;
import nl.bondgenoot.model.ChecklistSectie;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;

/**
 * The Checklist Wmo-praktijken (S4:198-356) as data: four sections, twelve indicators and 31 questions
 * with their wording from S4, the lines of S4 that discuss each question (chapters 4-7), and Bondgenoot's
 * proposed question-to-indicator mapping, which S4 does not give (SPEC 1.6). Read from
 * {@code data/checklist-wmo-praktijken.tsv} and {@code data/checklist-wmo-praktijken-koppeling.tsv}.
 */
public final class ChecklistWmoPraktijken {

    /** A section, A to D. */
    public record Sectie(String id, ChecklistSectie sectie, String naam, String bron, String richtlijn) {
    }

    /** An indicator such as A.I1, "De aanpak voor beleidsvernieuwing is voldoende uitgewerkt." */
    public record Indicator(String id, ChecklistSectie sectie, String tekst, String bron) {
    }

    /**
     * A question such as A.Q1. {@code richtlijn} gives the lines of S4 with the aandachtspunten, tips and
     * voorbeelden for it; {@code indicatorId} and {@code motivering} are Bondgenoot's proposal (INF).
     */
    public record Vraag(String id, ChecklistSectie sectie, String tekst, String bron, String richtlijn,
            List<Vraagdeel> delen, String indicatorId, String motivering) {

        public Optional<Vraagdeel> deel(String naam) {
            return delen.stream().filter(d -> d.naam().equals(naam)).findFirst();
        }
    }

    /**
     * A typed part of the answer to a question (our reading of the question, INF): actors of the model, or
     * choices. For a choice over an enumeration of the model, {@code enumeratie} names it and
     * {@code keuzes} are its literal names.
     */
    public record Vraagdeel(String naam, Soort soort, List<String> keuzes, String enumeratie) {

        public enum Soort {
            ACTOREN, KEUZE
        }
    }

    private final List<Sectie> secties;
    private final List<Indicator> indicatoren;
    private final List<Vraag> vragen;

    private ChecklistWmoPraktijken(List<Sectie> secties, List<Indicator> indicatoren, List<Vraag> vragen) {
        this.secties = secties;
        this.indicatoren = indicatoren;
        this.vragen = vragen;
    }

    /**
     * The checklist with another question-to-indicator mapping than the proposal Bondgenoot ships, for
     * example a project's edited copy of {@code checklist-wmo-praktijken-koppeling.tsv} (same columns).
     *
     * @throws IllegalStateException naming file and line when the mapping does not fit the checklist
     */
    public static ChecklistWmoPraktijken metKoppeling(String bestand, InputStream koppeling) {
        return lees(Tabel.vanKlassenpad(Instrumenten.CHECKLIST_WMO_PRAKTIJKEN), Tabel.lees(bestand, koppeling));
    }

    /** Builds the checklist from its two data files; any inconsistency fails with file and line. */
    static ChecklistWmoPraktijken lees(Tabel checklist, Tabel koppeling) {
        Map<String, Sectie> secties = new LinkedHashMap<>();
        Map<String, Indicator> indicatoren = new LinkedHashMap<>();
        Map<String, Tabel.Rij> vraagRijen = new LinkedHashMap<>();
        for (Tabel.Rij rij : checklist.rijen()) {
            String soort = rij.verplicht("soort");
            String id = rij.verplicht("id");
            ChecklistSectie sectie = Tabel.waarde(rij, "sectie", ChecklistSectie.class);
            switch (soort) {
                case "SECTIE" -> Tabel.uniek(secties, id,
                        new Sectie(id, sectie, rij.verplicht("tekst"), rij.verplicht("bron"), rij.get("richtlijn")), rij);
                case "INDICATOR" -> {
                    checkSectie(secties, id, sectie, rij);
                    Tabel.uniek(indicatoren, id, new Indicator(id, sectie, rij.verplicht("tekst"), rij.verplicht("bron")), rij);
                }
                case "VRAAG" -> {
                    checkSectie(secties, id, sectie, rij);
                    Tabel.uniek(vraagRijen, id, rij, rij);
                }
                default -> throw rij.fout("onbekende soort '" + soort + "' (SECTIE, INDICATOR of VRAAG)");
            }
        }
        Map<String, Tabel.Rij> koppelingen = new LinkedHashMap<>();
        for (Tabel.Rij rij : koppeling.rijen()) {
            String vraag = rij.verplicht("vraag");
            if (!vraagRijen.containsKey(vraag)) {
                throw rij.fout("onbekende vraag '" + vraag + "'");
            }
            Tabel.uniek(koppelingen, vraag, rij, rij);
        }
        List<Vraag> vragen = new ArrayList<>();
        for (Tabel.Rij rij : vraagRijen.values()) {
            String id = rij.get("id");
            ChecklistSectie sectie = ChecklistSectie.valueOf(rij.get("sectie"));
            Tabel.Rij gekoppeld = koppelingen.get(id);
            if (gekoppeld == null) {
                throw new IllegalStateException(koppeling.bestand() + ": vraag " + id + " is aan geen indicator gekoppeld");
            }
            Indicator indicator = indicatoren.get(gekoppeld.verplicht("indicator"));
            if (indicator == null) {
                throw gekoppeld.fout("onbekende indicator '" + gekoppeld.get("indicator") + "'");
            }
            if (indicator.sectie() != sectie) {
                throw gekoppeld.fout("vraag " + id + " hoort bij sectie " + sectie + ", indicator "
                        + indicator.id() + " bij " + indicator.sectie());
            }
            vragen.add(new Vraag(id, sectie, rij.verplicht("tekst"), rij.verplicht("bron"), rij.verplicht("richtlijn"),
                    delen(rij), indicator.id(), gekoppeld.get("motivering")));
        }
        return new ChecklistWmoPraktijken(List.copyOf(secties.values()), List.copyOf(indicatoren.values()),
                List.copyOf(vragen));
    }

    /** An indicator or question id starts with the letter of a section already read, whose value it repeats. */
    private static void checkSectie(Map<String, Sectie> secties, String id, ChecklistSectie sectie, Tabel.Rij rij) {
        int dot = id.indexOf('.');
        Sectie s = dot < 0 ? null : secties.get(id.substring(0, dot));
        if (s == null || s.sectie() != sectie) {
            throw rij.fout("id '" + id + "' past niet bij sectie " + sectie);
        }
    }

    private static List<Vraagdeel> delen(Tabel.Rij rij) {
        String spec = rij.get("delen");
        if (spec.isEmpty()) {
            return List.of();
        }
        List<Vraagdeel> delen = new ArrayList<>();
        Set<String> namen = new LinkedHashSet<>();
        for (String part : spec.split(";")) {
            String[] nameType = part.strip().split("=", 2);
            if (nameType.length != 2 || nameType[0].isBlank() || !namen.add(nameType[0].strip())) {
                throw rij.fout("deel '" + part.strip() + "' is niet naam=ACTOREN of naam=KEUZE:... of komt dubbel voor");
            }
            String naam = nameType[0].strip();
            String type = nameType[1].strip();
            if (type.equals("ACTOREN")) {
                delen.add(new Vraagdeel(naam, Vraagdeel.Soort.ACTOREN, List.of(), null));
            } else if (type.startsWith("KEUZE:enum:")) {
                String enumName = type.substring("KEUZE:enum:".length());
                EClassifier classifier = BondgenootPackage.eINSTANCE.getEClassifier(enumName);
                if (!(classifier instanceof EEnum e)) {
                    throw rij.fout("'" + enumName + "' is geen enumeratie van het metamodel");
                }
                delen.add(new Vraagdeel(naam, Vraagdeel.Soort.KEUZE,
                        e.getELiterals().stream().map(EEnumLiteral::getName).toList(), enumName));
            } else if (type.startsWith("KEUZE:")) {
                List<String> keuzes = Arrays.stream(type.substring("KEUZE:".length()).split("\\|"))
                        .map(String::strip).toList();
                if (keuzes.stream().anyMatch(String::isEmpty)) {
                    throw rij.fout("deel '" + naam + "' heeft een lege keuze");
                }
                delen.add(new Vraagdeel(naam, Vraagdeel.Soort.KEUZE, keuzes, null));
            } else {
                throw rij.fout("deel '" + naam + "': onbekend type '" + type + "'");
            }
        }
        return List.copyOf(delen);
    }

    public List<Sectie> secties() {
        return secties;
    }

    public List<Indicator> indicatoren() {
        return indicatoren;
    }

    public List<Vraag> vragen() {
        return vragen;
    }

    public List<Indicator> indicatoren(ChecklistSectie sectie) {
        return indicatoren.stream().filter(i -> i.sectie() == sectie).toList();
    }

    public List<Vraag> vragen(ChecklistSectie sectie) {
        return vragen.stream().filter(v -> v.sectie() == sectie).toList();
    }

    public Optional<Sectie> sectie(ChecklistSectie sectie) {
        return secties.stream().filter(s -> s.sectie() == sectie).findFirst();
    }

    public Optional<Indicator> indicator(String id) {
        return indicatoren.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Vraag> vraag(String id) {
        return vragen.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The questions of an indicator, by the proposed mapping (INF). */
    public List<Vraag> vragenBij(String indicatorId) {
        return vragen.stream().filter(v -> v.indicatorId().equals(indicatorId)).toList();
    }

    /**
     * An indicator judged below VOLDOENDE (DEELS or ONVOLDOENDE) needs "extra aandacht" (S4:164-181); not
     * yet judged (ONBEKEND) does not.
     */
    public static boolean extraAandacht(Oordeel oordeel) {
        return oordeel == Oordeel.DEELS || oordeel == Oordeel.ONVOLDOENDE;
    }

    /**
     * The questions whose guidance (S4 chapters 4-7) a checklist assessment points to: those of every
     * indicator judged below VOLDOENDE, in checklist order.
     */
    public List<Vraag> vragenMetExtraAandacht(Checklistbeoordeling beoordeling) {
        Set<String> indicatorIds = new LinkedHashSet<>();
        for (Indicatoroordeel oordeel : beoordeling.getIndicatoroordelen()) {
            if (extraAandacht(oordeel.getOordeel())) {
                indicatorIds.add(oordeel.getIndicatorId());
            }
        }
        return vragen.stream().filter(v -> indicatorIds.contains(v.indicatorId())).toList();
    }
}

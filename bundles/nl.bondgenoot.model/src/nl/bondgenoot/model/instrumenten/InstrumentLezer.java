package nl.bondgenoot.model.instrumenten;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.instrumenten.Instrument.Deel;
import nl.bondgenoot.model.instrumenten.Instrument.Indicator;
import nl.bondgenoot.model.instrumenten.Instrument.Item;
import nl.bondgenoot.model.instrumenten.Instrument.Onderdeel;
import nl.bondgenoot.model.instrumenten.Instrument.Richtlijn;
import nl.bondgenoot.model.labels.Labels;

/**
 * Reads one contributed instrument from its data files (the format is described in
 * {@code schema/instrumenten.exsd}); any inconsistency fails with an {@link IllegalStateException} whose
 * message names file and line in Dutch.
 */
final class InstrumentLezer {

    /** A contribution at the extension point, as plugin.xml gives it. */
    record Bijdrage(String id, String naam, Instrument.Antwoordsoort soort, String bron, String bijdrager, String data,
            String koppeling, String richtlijnen, String selectie, String onderdeelkolom) {
    }

    /** The text of a file of the contributing plug-in, by its path there. */
    interface Bestanden {
        String lees(String pad) throws java.io.IOException;
    }

    /** The header of a guidance block: {@code === A.Q1 S4:377-462}. */
    private static final Pattern KOP = Pattern.compile("^=== (\\S+) (\\S.*?)\\s*$");

    private InstrumentLezer() {
    }

    static Instrument lees(Bijdrage b, Bestanden bestanden) {
        return lees(b, bestanden, b.koppeling() == null ? null : tabel(b, b.koppeling(), bestanden));
    }

    static Instrument lees(Bijdrage b, Bestanden bestanden, Tabel koppeling) {
        Tabel data = tabel(b, b.data(), bestanden);
        String[] selectie = selectie(b);
        Map<String, Onderdeel> onderdelen = new LinkedHashMap<>();
        Map<String, Indicator> indicatoren = new LinkedHashMap<>();
        Map<String, Tabel.Rij> itemRijen = new LinkedHashMap<>();
        Map<String, String> itemOnderdelen = new LinkedHashMap<>();
        for (Tabel.Rij rij : data.rijen()) {
            if (selectie != null && !rij.get(selectie[0]).equals(selectie[1])) {
                continue;
            }
            String soort = rij.get("soort").toUpperCase(Locale.ROOT);
            String id = rij.verplicht("id");
            switch (soort) {
                case "ONDERDEEL", "SECTIE", "GEBIED" -> Tabel.uniek(onderdelen, id, new Onderdeel(id, rij.verplicht("tekst"),
                        rij.get("toelichting"), rij.verplicht("bron"), leegIsNull(rij.get("richtlijn"))), rij);
                case "INDICATOR" -> Tabel.uniek(indicatoren, id,
                        new Indicator(id, onderdeelVan(rij, id, onderdelen, b), rij.verplicht("tekst"), rij.verplicht("bron")), rij);
                case "", "VRAAG", "KENMERK", "AMBITIE", "ITEM" -> {
                    Tabel.uniek(itemRijen, id, rij, rij);
                    itemOnderdelen.put(id, onderdeelVan(rij, id, onderdelen, b));
                }
                default -> throw rij.fout("onbekende soort '" + rij.get("soort")
                        + "' (ONDERDEEL, INDICATOR of VRAAG; ook SECTIE, GEBIED, KENMERK, AMBITIE)");
            }
        }
        if (itemRijen.isEmpty()) {
            throw new IllegalStateException(data.bestand() + ": het instrument heeft geen vragen"
                    + (selectie == null ? "" : " met " + b.selectie()));
        }
        Map<String, Tabel.Rij> koppelingen = koppelingen(koppeling, itemRijen);
        Map<String, Richtlijn> richtlijnen = b.richtlijnen() == null ? Map.of()
                : richtlijnen(b.bijdrager() + "/" + b.richtlijnen(), tekst(b, b.richtlijnen(), bestanden), itemRijen);
        List<Item> items = new ArrayList<>();
        for (Tabel.Rij rij : itemRijen.values()) {
            String id = rij.get("id");
            String onderdeelId = itemOnderdelen.get(id);
            Tabel.Rij gekoppeld = koppelingen.get(id);
            Tabel.Rij indicatorRij = gekoppeld != null ? gekoppeld : rij;
            String indicatorId = leegIsNull(gekoppeld != null ? gekoppeld.verplicht("indicator") : rij.get("indicator"));
            if (indicatorId == null && koppeling != null) {
                throw new IllegalStateException(koppeling.bestand() + ": vraag " + id + " is aan geen indicator gekoppeld");
            }
            if (indicatorId != null) {
                Indicator indicator = indicatoren.get(indicatorId);
                if (indicator == null) {
                    throw indicatorRij.fout("onbekende indicator '" + indicatorId + "'");
                }
                if (!indicator.onderdeelId().equals(onderdeelId)) {
                    throw indicatorRij.fout("vraag " + id + " hoort bij onderdeel " + onderdeelId + ", indicator "
                            + indicator.id() + " bij " + indicator.onderdeelId());
                }
            }
            Richtlijn richtlijn = richtlijnen.get(id);
            String richtlijnBron = rij.get("richtlijn");
            if (b.richtlijnen() != null && !richtlijnBron.isEmpty() && (richtlijn == null || !richtlijn.bron().equals(richtlijnBron))) {
                throw rij.fout("de richtlijn van " + id + " (" + richtlijnBron + ") staat niet in " + b.bijdrager() + "/"
                        + b.richtlijnen() + (richtlijn == null ? "" : " (daar: " + richtlijn.bron() + ")"));
            }
            items.add(new Item(id, onderdeelId, rij.verplicht("tekst"), rij.get("toelichting"), rij.verplicht("bron"),
                    verplicht(rij), delen(rij), indicatorId, gekoppeld == null ? leegIsNull(rij.get("motivering")) : gekoppeld.get("motivering"),
                    richtlijn, rij.cellen()));
        }
        return new Instrument(b.id(), b.naam(), b.soort(), b.bron(), b.bijdrager(), List.copyOf(onderdelen.values()),
                List.copyOf(indicatoren.values()), items);
    }

    static Tabel tabel(Bijdrage b, String pad, Bestanden bestanden) {
        return Tabel.lees(b.bijdrager() + "/" + pad, tekst(b, pad, bestanden));
    }

    private static String tekst(Bijdrage b, String pad, Bestanden bestanden) {
        try {
            return bestanden.lees(pad);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(b.bijdrager() + "/" + pad + ": " + e.getMessage(), e);
        }
    }

    private static String[] selectie(Bijdrage b) {
        if (b.selectie() == null) {
            return null;
        }
        String[] pair = b.selectie().split("=", 2);
        if (pair.length != 2 || pair[0].isBlank()) {
            throw new IllegalStateException(b.bijdrager() + ": instrument '" + b.id() + "': selectie '" + b.selectie()
                    + "' is niet kolom=waarde");
        }
        return new String[] { pair[0].strip(), pair[1].strip() };
    }

    /**
     * The onderdeel of an indicator or item: its column {@code onderdeel}, else the contribution's
     * {@code onderdeelkolom} (an onderdeel made from that value the first time it occurs), else the id up to
     * its first dot (A.Q1 is in A).
     */
    private static String onderdeelVan(Tabel.Rij rij, String id, Map<String, Onderdeel> onderdelen, Bijdrage b) {
        String onderdeel = rij.get("onderdeel");
        if (onderdeel.isEmpty() && b.onderdeelkolom() != null) {
            onderdeel = rij.verplicht(b.onderdeelkolom());
            String waarde = onderdeel;
            onderdelen.computeIfAbsent(waarde, w -> new Onderdeel(w, naamVanWaarde(b.onderdeelkolom(), w), "", rij.get("bron"), null));
        } else if (onderdeel.isEmpty()) {
            int dot = id.indexOf('.');
            onderdeel = dot < 0 ? "" : id.substring(0, dot);
        }
        if (!onderdelen.containsKey(onderdeel)) {
            throw rij.fout("'" + id + "' hoort bij geen onderdeel ('" + onderdeel + "' staat niet eerder als ONDERDEEL)");
        }
        return onderdeel;
    }

    /** "STRATEGIE_EN_BELEID" in column organisatiegebied reads "Strategie en beleid" (the enumeration's label). */
    private static String naamVanWaarde(String kolom, String waarde) {
        EClassifier classifier = BondgenootPackage.eINSTANCE
                .getEClassifier(kolom.substring(0, 1).toUpperCase(Locale.ROOT) + kolom.substring(1));
        EEnumLiteral literal = classifier instanceof EEnum e ? e.getEEnumLiteral(waarde) : null;
        String label = literal == null ? waarde : Labels.of(literal.getInstance());
        return label.isEmpty() ? waarde : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static Map<String, Tabel.Rij> koppelingen(Tabel koppeling, Map<String, Tabel.Rij> itemRijen) {
        Map<String, Tabel.Rij> koppelingen = new LinkedHashMap<>();
        if (koppeling == null) {
            return koppelingen;
        }
        for (Tabel.Rij rij : koppeling.rijen()) {
            String vraag = rij.verplicht("vraag");
            if (!itemRijen.containsKey(vraag)) {
                throw rij.fout("onbekende vraag '" + vraag + "'");
            }
            Tabel.uniek(koppelingen, vraag, rij, rij);
        }
        return koppelingen;
    }

    /**
     * The guidance file: blocks that start with {@code === ID BRON} and hold the text up to the next block,
     * word for word; lines before the first block starting with {@code #} are comments. Trailing blank lines
     * of a block are not part of it.
     */
    static Map<String, Richtlijn> richtlijnen(String bestand, String tekst, Map<String, ?> items) {
        Map<String, Richtlijn> richtlijnen = new LinkedHashMap<>();
        String[] regels = tekst.split("\n", -1);
        String id = null;
        String bron = null;
        int kopRegel = 0;
        StringBuilder blok = new StringBuilder();
        for (int i = 0; i <= regels.length; i++) {
            String regel = i < regels.length ? regels[i].replace("\r", "") : null;
            Matcher kop = regel == null ? null : KOP.matcher(regel);
            if (regel == null || kop.matches()) {
                if (id != null) {
                    if (!items.containsKey(id)) {
                        throw new IllegalStateException(bestand + ":" + kopRegel + ": onbekende vraag '" + id + "'");
                    }
                    if (richtlijnen.put(id, new Richtlijn(blok.toString().strip(), bron)) != null) {
                        throw new IllegalStateException(bestand + ":" + kopRegel + ": vraag '" + id + "' heeft al een richtlijn");
                    }
                }
                if (regel != null) {
                    id = kop.group(1);
                    bron = kop.group(2);
                    kopRegel = i + 1;
                    blok.setLength(0);
                }
            } else if (id != null) {
                blok.append(regel).append('\n');
            } else if (!regel.isBlank() && !regel.startsWith("#")) {
                throw new IllegalStateException(bestand + ":" + (i + 1) + ": tekst voor de eerste kop '=== ID BRON'");
            }
        }
        return richtlijnen;
    }

    private static boolean verplicht(Tabel.Rij rij) {
        return switch (rij.get("verplicht").toLowerCase(Locale.ROOT)) {
            case "", "ja" -> true;
            case "nee" -> false;
            default -> throw rij.fout("verplicht is 'ja' of 'nee', niet '" + rij.get("verplicht") + "'");
        };
    }

    private static List<Deel> delen(Tabel.Rij rij) {
        String spec = rij.get("delen");
        if (spec.isEmpty()) {
            return List.of();
        }
        List<Deel> delen = new ArrayList<>();
        Set<String> namen = new LinkedHashSet<>();
        for (String part : spec.split(";")) {
            String[] nameType = part.strip().split("=", 2);
            if (nameType.length != 2 || nameType[0].isBlank() || !namen.add(nameType[0].strip())) {
                throw rij.fout("deel '" + part.strip() + "' is niet naam=ACTOREN, naam=TEKST of naam=KEUZE:... of komt dubbel voor");
            }
            String naam = nameType[0].strip();
            String type = nameType[1].strip();
            if (type.equals("ACTOREN")) {
                delen.add(new Deel(naam, Deel.Soort.ACTOREN, List.of(), null));
            } else if (type.equals("TEKST")) {
                delen.add(new Deel(naam, Deel.Soort.TEKST, List.of(), null));
            } else if (type.startsWith("KEUZE:enum:")) {
                String enumName = type.substring("KEUZE:enum:".length());
                EClassifier classifier = BondgenootPackage.eINSTANCE.getEClassifier(enumName);
                if (!(classifier instanceof EEnum e)) {
                    throw rij.fout("'" + enumName + "' is geen enumeratie van het metamodel");
                }
                delen.add(new Deel(naam, Deel.Soort.KEUZE, e.getELiterals().stream().map(EEnumLiteral::getName).toList(), enumName));
            } else if (type.startsWith("KEUZE:")) {
                List<String> keuzes = Arrays.stream(type.substring("KEUZE:".length()).split("\\|")).map(String::strip).toList();
                if (keuzes.stream().anyMatch(String::isEmpty)) {
                    throw rij.fout("deel '" + naam + "' heeft een lege keuze");
                }
                delen.add(new Deel(naam, Deel.Soort.KEUZE, keuzes, null));
            } else {
                throw rij.fout("deel '" + naam + "': onbekend type '" + type + "'");
            }
        }
        return List.copyOf(delen);
    }

    private static String leegIsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

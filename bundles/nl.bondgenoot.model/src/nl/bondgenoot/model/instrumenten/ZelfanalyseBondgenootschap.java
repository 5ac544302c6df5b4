package nl.bondgenoot.model.instrumenten;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Zelfanalyse;
import nl.bondgenoot.model.Zelfanalysegebied;

/**
 * The zelfanalyse bondgenootschap (S0:1353-1454) as data: four analysegebieden with their hoofdvraag and
 * 17 kenmerken, read from {@code data/zelfanalyse-bondgenootschap.tsv}.
 */
public final class ZelfanalyseBondgenootschap {

    public record Gebied(String id, Zelfanalysegebied gebied, String naam, String hoofdvraag, String bron) {
    }

    public record Kenmerk(String id, Zelfanalysegebied gebied, String naam, String toelichting, String bron) {
    }

    private final List<Gebied> gebieden;
    private final List<Kenmerk> kenmerken;

    private ZelfanalyseBondgenootschap(List<Gebied> gebieden, List<Kenmerk> kenmerken) {
        this.gebieden = gebieden;
        this.kenmerken = kenmerken;
    }

    static ZelfanalyseBondgenootschap lees(Tabel tabel) {
        Map<String, Gebied> gebieden = new LinkedHashMap<>();
        Map<String, Kenmerk> kenmerken = new LinkedHashMap<>();
        for (Tabel.Rij rij : tabel.rijen()) {
            String soort = rij.verplicht("soort");
            String id = rij.verplicht("id");
            Zelfanalysegebied gebied = Tabel.waarde(rij, "gebied", Zelfanalysegebied.class);
            switch (soort) {
                case "GEBIED" -> Tabel.uniek(gebieden, id,
                        new Gebied(id, gebied, rij.verplicht("tekst"), rij.verplicht("toelichting"), rij.verplicht("bron")), rij);
                case "KENMERK" -> {
                    int dot = id.indexOf('.');
                    Gebied g = dot < 0 ? null : gebieden.get(id.substring(0, dot));
                    if (g == null || g.gebied() != gebied) {
                        throw rij.fout("id '" + id + "' past niet bij gebied " + gebied);
                    }
                    Tabel.uniek(kenmerken, id,
                            new Kenmerk(id, gebied, rij.verplicht("tekst"), rij.get("toelichting"), rij.verplicht("bron")), rij);
                }
                default -> throw rij.fout("onbekende soort '" + soort + "' (GEBIED of KENMERK)");
            }
        }
        return new ZelfanalyseBondgenootschap(List.copyOf(gebieden.values()), List.copyOf(kenmerken.values()));
    }

    public List<Gebied> gebieden() {
        return gebieden;
    }

    public List<Kenmerk> kenmerken() {
        return kenmerken;
    }

    public List<Kenmerk> kenmerken(Zelfanalysegebied gebied) {
        return kenmerken.stream().filter(k -> k.gebied() == gebied).toList();
    }

    public Optional<Kenmerk> kenmerk(String id) {
        return kenmerken.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /**
     * One web diagram (S0:1449-1454): the scores of one party, or with {@code partij == null} those given
     * by all parties together, per kenmerk in the order of the data; 0 where that kenmerk was not scored.
     */
    public Map<Kenmerk, Integer> webdiagram(Zelfanalyse zelfanalyse, Actor partij) {
        Map<Kenmerk, Integer> scores = new LinkedHashMap<>();
        kenmerken.forEach(k -> scores.put(k, 0));
        for (Kenmerkscore score : zelfanalyse.getScores()) {
            if (score.getPartij() == partij) {
                kenmerk(score.getKenmerkId()).ifPresent(k -> scores.put(k, score.getScore()));
            }
        }
        return scores;
    }
}

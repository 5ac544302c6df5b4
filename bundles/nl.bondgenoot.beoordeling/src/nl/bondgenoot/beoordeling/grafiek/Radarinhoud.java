package nl.bondgenoot.beoordeling.grafiek;

import java.util.List;

/**
 * What a radar (web) chart shows (S0:1442-1454, Figuur 11): its spokes, its lines, the top of the
 * scale and a note on the scale (the seed gives none: Bondgenoot's 1-5 is INF).
 */
public record Radarinhoud(String titel, List<Radaras> assen, List<Radarreeks> reeksen, int schaalMaximum,
        String schaaltoelichting) {

    public Radarinhoud {
        assen = List.copyOf(assen);
        reeksen = List.copyOf(reeksen);
        if (assen.size() < 3) {
            throw new IllegalArgumentException("een webdiagram heeft minstens drie kenmerken, niet " + assen.size());
        }
        if (schaalMaximum < 1) {
            throw new IllegalArgumentException("de schaal loopt tot minstens 1, niet " + schaalMaximum);
        }
        for (Radarreeks reeks : reeksen) {
            if (reeks.scores().size() != assen.size()) {
                throw new IllegalArgumentException("reeks '" + reeks.naam() + "' heeft " + reeks.scores().size()
                        + " scores voor " + assen.size() + " kenmerken");
            }
        }
    }

    /** The groups of the spokes in the order they first appear. */
    public List<String> groepen() {
        return assen.stream().map(Radaras::groep).distinct().toList();
    }
}

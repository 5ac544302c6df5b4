package nl.bondgenoot.beoordeling.grafiek;

import nl.bondgenoot.model.Oordeel;

/**
 * One row of the indicator overview: an indicator of the checklist (or of a contributed instrument), its
 * section, the judgement, whether it needs "extra aandacht" (below VOLDOENDE, S4:164-181) and how many
 * of its questions are answered.
 */
public record Indicatorregel(String id, String tekst, String sectie, Oordeel oordeel, boolean extraAandacht,
        int beantwoord, int vragen) {
}

package nl.bondgenoot.beoordeling;

import nl.bondgenoot.model.instrumenten.Instrument;

/** One ambition item of an ambition table with the chosen plateaus (0: not chosen), S2 Tabel 5 and 9. */
public record Plateaustand(Instrument.Item ambitie, Instrument.Onderdeel gebied, int huidig, int gekozenAmbitie, String toelichting) {
}

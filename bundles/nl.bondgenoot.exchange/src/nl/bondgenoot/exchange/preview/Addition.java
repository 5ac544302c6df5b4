package nl.bondgenoot.exchange.preview;

/** A row that becomes a new element: its kind ("Actor"), where it stands (sheet, row number from 1, the header being row 1) and its id and name. */
public record Addition(String soort, String blad, int rij, String id, String naam) {
}

package nl.bondgenoot.beoordeling;

import java.util.List;

/**
 * How far an assessment is: the required items answered, in all and per onderdeel (section, gebied).
 */
public record Voortgang(int beantwoord, int vereist, List<Onderdeel> perOnderdeel) {

    public record Onderdeel(String id, String naam, int beantwoord, int vereist) {
    }

    public Voortgang {
        perOnderdeel = List.copyOf(perOnderdeel);
    }

    /** "12 van 31 vragen beantwoord". */
    public String tekst() {
        return beantwoord + " van " + vereist + " beantwoord";
    }

    public boolean compleet() {
        return beantwoord >= vereist;
    }
}

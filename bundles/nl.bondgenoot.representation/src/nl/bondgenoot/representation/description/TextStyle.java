package nl.bondgenoot.representation.description;

/**
 * How a label is written: size in px, weight (400 normal, 600/700 bold), italic, colour, and a halo
 * in the background colour so that a label on a line stays readable.
 */
public record TextStyle(double grootte, int gewicht, boolean cursief, String kleur, boolean halo) {

    public static final TextStyle DEFAULT = new TextStyle(11, 400, false, "#1b1f24", false);

    public boolean bold() {
        return gewicht >= 600;
    }
}

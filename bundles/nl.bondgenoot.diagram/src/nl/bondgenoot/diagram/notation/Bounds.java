package nl.bondgenoot.diagram.notation;

/**
 * Where one element is drawn. A width or height of 0 or less means "as large as its content", the
 * size the browser measures; only a size the user chose by resizing is kept.
 */
public record Bounds(double x, double y, double width, double height) {

    /** Tenths of a pixel, as the notation file keeps them: what is in memory is what is saved. */
    public Bounds {
        x = tenths(x);
        y = tenths(y);
        width = tenths(width);
        height = tenths(height);
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public static Bounds at(double x, double y) {
        return new Bounds(x, y, 0, 0);
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    public Bounds movedTo(double newX, double newY) {
        return new Bounds(newX, newY, width, height);
    }
}

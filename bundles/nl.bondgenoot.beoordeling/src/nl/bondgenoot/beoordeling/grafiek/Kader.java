package nl.bondgenoot.beoordeling.grafiek;

/**
 * A rectangle a label or a mark takes in a chart, in the chart's coordinates. The charts keep their
 * labels' frames apart, and the tests check it.
 */
public record Kader(String wat, double x, double y, double breedte, double hoogte) {

    public double rechts() {
        return x + breedte;
    }

    public double onder() {
        return y + hoogte;
    }

    /** Whether the two overlap by more than a hair (touching is not overlapping). */
    public boolean overlapt(Kader ander) {
        double eps = 0.01;
        return x < ander.rechts() - eps && ander.x < rechts() - eps && y < ander.onder() - eps && ander.y < onder() - eps;
    }

    Kader verschoven(double dx, double dy) {
        return new Kader(wat, x + dx, y + dy, breedte, hoogte);
    }
}

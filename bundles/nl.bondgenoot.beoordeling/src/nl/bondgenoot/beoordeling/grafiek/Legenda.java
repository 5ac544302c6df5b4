package nl.bondgenoot.beoordeling.grafiek;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.look.SvgWriter;

/**
 * A chart's legend: rows of a heading and items (a swatch and a word), laid out left to right and
 * wrapped at the chart's width. Measured first, so the chart knows its height before it draws.
 */
final class Legenda {

    /** How an item's swatch looks: a filled square, or a line (dashed when {@code streep} is set). */
    record Item(String tekst, String kleur, boolean lijn, String streep, double dikte) {

        static Item vlak(String tekst, String kleur) {
            return new Item(tekst, kleur, false, "", 1);
        }

        static Item lijn(String tekst, String kleur, String streep, double dikte) {
            return new Item(tekst, kleur, true, streep, dikte);
        }
    }

    record Rij(String kop, List<Item> items) {
    }

    private static final double SWATCH = 22;
    private static final double GAP = 6;
    private static final double ITEM_GAP = 16;

    private record Placed(Item item, double x, double y) {
    }

    private final List<Rij> rijen;
    private final double breedte;
    private final List<Placed> placed = new ArrayList<>();
    private final List<Kader> kaders = new ArrayList<>();
    private final List<double[]> kopPlaatsen = new ArrayList<>();
    private double hoogte;

    /** Lays the rows out within {@code breedte} px, from 0,0. */
    Legenda(List<Rij> rijen, double breedte) {
        this.rijen = rijen;
        this.breedte = breedte;
        double line = Tekst.regelafstand(Grafiekstijl.LETTER) + 4;
        double y = 0;
        for (Rij rij : rijen) {
            double kopBreedte = Tekst.breedte(rij.kop(), Grafiekstijl.LETTER, true);
            kopPlaatsen.add(new double[] { 0, y });
            kaders.add(new Kader("legenda: " + rij.kop(), 0, y, kopBreedte, Tekst.regelafstand(Grafiekstijl.LETTER)));
            double x = kopBreedte + ITEM_GAP;
            for (Item item : rij.items()) {
                double w = SWATCH + GAP + Tekst.breedte(item.tekst(), Grafiekstijl.LETTER, false);
                if (x + w > breedte && x > kopBreedte + ITEM_GAP) {
                    x = kopBreedte + ITEM_GAP;
                    y += line;
                }
                placed.add(new Placed(item, x, y));
                kaders.add(new Kader("legenda: " + item.tekst(), x + SWATCH + GAP, y,
                        Tekst.breedte(item.tekst(), Grafiekstijl.LETTER, false), Tekst.regelafstand(Grafiekstijl.LETTER)));
                x += w + ITEM_GAP;
            }
            y += line;
        }
        hoogte = y;
    }

    double hoogte() {
        return hoogte;
    }

    double breedte() {
        return breedte;
    }

    /** The frames of the legend's texts, moved to where the legend is drawn. */
    List<Kader> kaders(double dx, double dy) {
        return kaders.stream().map(k -> k.verschoven(dx, dy)).toList();
    }

    void teken(SvgWriter svg, double dx, double dy) {
        double baseline = Tekst.basislijn(Grafiekstijl.LETTER);
        svg.open("g", "class", "legenda", "transform", "translate(" + SvgWriter.format(dx) + "," + SvgWriter.format(dy) + ")");
        for (int i = 0; i < rijen.size(); i++) {
            double[] at = kopPlaatsen.get(i);
            svg.text("text", rijen.get(i).kop(), "x", at[0], "y", at[1] + baseline, "font-weight", "bold");
        }
        for (Placed p : placed) {
            double mid = p.y() + Tekst.regelafstand(Grafiekstijl.LETTER) / 2;
            if (p.item().lijn()) {
                svg.empty("line", "x1", p.x(), "y1", mid, "x2", p.x() + SWATCH, "y2", mid, "stroke", p.item().kleur(),
                        "stroke-width", p.item().dikte(), "stroke-dasharray", p.item().streep().isEmpty() ? null : p.item().streep());
            } else {
                svg.empty("rect", "x", p.x() + 4, "y", mid - 7, "width", 14, "height", 14, "fill", p.item().kleur(),
                        "stroke", Grafiekstijl.ZACHT, "stroke-width", 0.5);
            }
            svg.text("text", p.item().tekst(), "x", p.x() + SWATCH + GAP, "y", p.y() + baseline);
        }
        svg.close("g");
    }
}

package nl.bondgenoot.beoordeling.grafiek;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.representation.look.SvgWriter;

/**
 * The web (radar) diagram of a zelfanalyse (S0:1442-1454, Figuur 11): one spoke per kenmerk, clockwise
 * from the top, the rim coloured by analysegebied, one line per series (per party, all parties
 * together, or an earlier date), a legend below. Labels are wrapped and pushed apart until no two
 * overlap; the chart grows to hold them.
 */
public final class Radardiagram {

    private static final double R = 170;
    private static final double RIM = 8;
    private static final double LABEL_GAP = 12;
    private static final double LABEL_WIDTH = 118;
    private static final double MARGIN = 16;
    private static final double RING_FONT = 9;

    private Radardiagram() {
    }

    /** A label at the end of a spoke: its lines, frame and alignment. */
    private static final class Label {
        final Radaras as;
        final List<String> regels;
        final String anchor;
        Kader kader;

        Label(Radaras as, List<String> regels, String anchor, Kader kader) {
            this.as = as;
            this.regels = regels;
            this.anchor = anchor;
            this.kader = kader;
        }

        double anchorX() {
            return switch (anchor) {
                case "start" -> kader.x();
                case "end" -> kader.rechts();
                default -> kader.x() + kader.breedte() / 2;
            };
        }
    }

    public static Grafiek teken(Radarinhoud inhoud) {
        List<Radaras> assen = inhoud.assen();
        List<String> groepen = inhoud.groepen();
        int n = assen.size();
        int max = inhoud.schaalMaximum();

        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(label(assen.get(i), hoek(i, n)));
        }
        List<Kader> ringtekst = new ArrayList<>();
        for (int k = 1; k <= max; k++) {
            String t = Integer.toString(k);
            double y = -R * k / max;
            ringtekst.add(new Kader("schaal " + k, 3, y - Tekst.regelafstand(RING_FONT) / 2, Tekst.breedte(t, RING_FONT, false),
                    Tekst.regelafstand(RING_FONT)));
        }
        spreid(labels);

        // The drawing's extent, centre at 0,0: the rim and every label.
        double minX = -R - RIM, maxX = R + RIM, minY = -R - RIM, maxY = R + RIM;
        for (Label l : labels) {
            minX = Math.min(minX, l.kader.x());
            maxX = Math.max(maxX, l.kader.rechts());
            minY = Math.min(minY, l.kader.y());
            maxY = Math.max(maxY, l.kader.onder());
        }
        double breedte = Math.ceil(maxX - minX + 2 * MARGIN);
        // A long title (a practice's name and two dates) is wrapped to the plot's width, never wider than the chart.
        List<String> titel = Tekst.regels(inhoud.titel(), Grafiekstijl.KOP, true, breedte - 2 * MARGIN);
        double titleHeight = titel.size() * Tekst.regelafstand(Grafiekstijl.KOP) + 8;
        Legenda legenda = new Legenda(legendaRijen(inhoud, groepen), breedte - 2 * MARGIN);
        List<String> noot = inhoud.schaaltoelichting() == null || inhoud.schaaltoelichting().isBlank() ? List.of()
                : Tekst.regels(inhoud.schaaltoelichting(), Grafiekstijl.LETTER - 1, false, breedte - 2 * MARGIN);
        double cx = MARGIN - minX;
        double cy = MARGIN + titleHeight - minY;
        double legendaY = cy + maxY + 14;
        double nootY = legendaY + legenda.hoogte() + 4;
        double hoogte = Math.ceil(nootY + noot.size() * Tekst.regelafstand(Grafiekstijl.LETTER - 1) + MARGIN);

        List<Kader> teksten = new ArrayList<>();
        for (int i = 0; i < titel.size(); i++) {
            teksten.add(new Kader("titel", MARGIN, MARGIN + i * Tekst.regelafstand(Grafiekstijl.KOP),
                    Tekst.breedte(titel.get(i), Grafiekstijl.KOP, true), Tekst.regelafstand(Grafiekstijl.KOP)));
        }
        labels.forEach(l -> teksten.add(l.kader.verschoven(cx, cy)));
        ringtekst.forEach(k -> teksten.add(k.verschoven(cx, cy)));
        teksten.addAll(legenda.kaders(MARGIN, legendaY));
        for (int i = 0; i < noot.size(); i++) {
            teksten.add(new Kader("noot", MARGIN, nootY + i * Tekst.regelafstand(Grafiekstijl.LETTER - 1),
                    Tekst.breedte(noot.get(i), Grafiekstijl.LETTER - 1, false), Tekst.regelafstand(Grafiekstijl.LETTER - 1)));
        }

        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bondgenoot-grafiek webdiagram", "width", breedte,
                "height", hoogte, "viewBox", "0 0 " + SvgWriter.format(breedte) + " " + SvgWriter.format(hoogte),
                "font-family", Grafiekstijl.FONT, "font-size", Grafiekstijl.LETTER, "fill", Grafiekstijl.TEKST, "role", "img",
                "aria-label", inhoud.titel());
        svg.text("title", inhoud.titel());
        svg.empty("rect", "width", breedte, "height", hoogte, "fill", Grafiekstijl.ACHTERGROND);
        Grafiekstijl.titel(svg, titel, MARGIN, MARGIN);
        svg.open("g", "transform", "translate(" + SvgWriter.format(cx) + "," + SvgWriter.format(cy) + ")");
        rim(svg, assen, groepen);
        web(svg, n, max);
        for (int k = 1; k <= max; k++) {
            Kader ring = ringtekst.get(k - 1);
            svg.text("text", Integer.toString(k), "class", "schaal", "x", ring.x(), "y", ring.y() + Tekst.basislijn(RING_FONT),
                    "font-size", RING_FONT, "fill", Grafiekstijl.ZACHT);
        }
        List<Radarreeks> reeksen = inhoud.reeksen();
        for (int s = 0; s < reeksen.size(); s++) {
            reeks(svg, reeksen.get(s), kleur(reeksen, s), assen, max);
        }
        for (Label l : labels) {
            int g = groepen.indexOf(l.as.groep());
            svg.open("text", "class", "kenmerk", "data-id", l.as.id(), "text-anchor", l.anchor, "fill", donker(g));
            for (int r = 0; r < l.regels.size(); r++) {
                svg.text("tspan", l.regels.get(r), "x", l.anchorX(),
                        "y", l.kader.y() + Tekst.basislijn(Grafiekstijl.LETTER) + r * Tekst.regelafstand(Grafiekstijl.LETTER));
            }
            svg.text("title", l.as.id() + " " + l.as.naam() + " (" + l.as.groep() + ")");
            svg.close("text");
        }
        svg.close("g");
        legenda.teken(svg, MARGIN, legendaY);
        for (int i = 0; i < noot.size(); i++) {
            svg.text("text", noot.get(i), "class", "noot", "x", MARGIN, "y", nootY + i * Tekst.regelafstand(Grafiekstijl.LETTER - 1)
                    + Tekst.basislijn(Grafiekstijl.LETTER - 1), "font-size", Grafiekstijl.LETTER - 1, "fill", Grafiekstijl.ZACHT);
        }
        svg.close("svg");
        return new Grafiek(svg.toString(), breedte, hoogte, List.copyOf(teksten));
    }

    /** Spoke i of n, in radians clockwise from the top. */
    static double hoek(int i, int n) {
        return 2 * Math.PI * i / n;
    }

    private static double x(double angle, double r) {
        return Math.sin(angle) * r;
    }

    private static double y(double angle, double r) {
        return -Math.cos(angle) * r;
    }

    private static Label label(Radaras as, double angle) {
        List<String> regels = Tekst.regels(as.naam(), Grafiekstijl.LETTER, false, LABEL_WIDTH);
        double w = Tekst.breedte(regels, Grafiekstijl.LETTER, false);
        double h = regels.size() * Tekst.regelafstand(Grafiekstijl.LETTER);
        double ax = x(angle, R + RIM + LABEL_GAP);
        double ay = y(angle, R + RIM + LABEL_GAP);
        double sin = Math.sin(angle);
        double cos = Math.cos(angle);
        String anchor = Math.abs(sin) < 0.2 ? "middle" : sin > 0 ? "start" : "end";
        double left = switch (anchor) {
            case "start" -> ax;
            case "end" -> ax - w;
            default -> ax - w / 2;
        };
        // Above the top spokes, below the bottom ones, beside the others (centred on the spoke's end).
        double top = cos > 0.5 ? ay - h : cos < -0.5 ? ay : ay - h / 2 + (-cos) * h / 2;
        return new Label(as, regels, anchor, new Kader(as.id() + " " + as.naam(), left, top, w, h));
    }

    /** Pushes overlapping labels apart, each away from the other along the vertical, until none overlap. */
    private static void spreid(List<Label> labels) {
        for (int round = 0; round < 500; round++) {
            boolean moved = false;
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    Label a = labels.get(i);
                    Label b = labels.get(j);
                    if (a.kader.overlapt(b.kader)) {
                        Label upper = a.kader.y() + a.kader.hoogte() / 2 <= b.kader.y() + b.kader.hoogte() / 2 ? a : b;
                        Label lower = upper == a ? b : a;
                        double overlap = upper.kader.onder() - lower.kader.y() + 1;
                        upper.kader = upper.kader.verschoven(0, -overlap / 2);
                        lower.kader = lower.kader.verschoven(0, overlap / 2);
                        moved = true;
                    }
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /** The rim: per spoke a band in its group's colour, so a gebied reads as one arc. */
    private static void rim(SvgWriter svg, List<Radaras> assen, List<String> groepen) {
        int n = assen.size();
        double half = Math.PI / n;
        for (int i = 0; i < n; i++) {
            double a0 = hoek(i, n) - half;
            double a1 = hoek(i, n) + half;
            int g = groepen.indexOf(assen.get(i).groep());
            String d = "M" + p(x(a0, R), y(a0, R)) + " L" + p(x(a0, R + RIM), y(a0, R + RIM)) + " A" + p(R + RIM, R + RIM)
                    + " 0 0 1 " + p(x(a1, R + RIM), y(a1, R + RIM)) + " L" + p(x(a1, R), y(a1, R)) + " A" + p(R, R) + " 0 0 0 "
                    + p(x(a0, R), y(a0, R)) + " Z";
            svg.empty("path", "class", "gebied", "data-groep", assen.get(i).groep(), "d", d, "fill", Grafiekstijl.groep(g),
                    "stroke", Grafiekstijl.groepRand(g), "stroke-width", 0.75);
        }
    }

    private static void web(SvgWriter svg, int n, int max) {
        for (int k = 1; k <= max; k++) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double a = hoek(i, n);
                d.append(i == 0 ? "M" : " L").append(p(x(a, R * k / max), y(a, R * k / max)));
            }
            svg.empty("path", "class", "ring", "d", d + " Z", "fill", "none", "stroke", Grafiekstijl.RASTER, "stroke-width", k == max ? 1 : 0.75);
        }
        for (int i = 0; i < n; i++) {
            double a = hoek(i, n);
            svg.empty("line", "class", "spaak", "x1", 0.0, "y1", 0.0, "x2", x(a, R), "y2", y(a, R), "stroke", Grafiekstijl.RASTER,
                    "stroke-width", 0.75);
        }
    }

    private static void reeks(SvgWriter svg, Radarreeks reeks, String kleur, List<Radaras> assen, int max) {
        int n = assen.size();
        StringBuilder d = new StringBuilder();
        List<double[]> punten = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int score = reeks.scores().get(i);
            if (score <= 0) {
                continue; // not scored: no point, the line goes on to the next scored kenmerk
            }
            double r = R * Math.min(score, max) / max;
            double a = hoek(i, n);
            punten.add(new double[] { x(a, r), y(a, r), i, score });
            d.append(d.isEmpty() ? "M" : " L").append(p(x(a, r), y(a, r)));
        }
        boolean joint = reeks.soort() == Radarreeks.Soort.GEZAMENLIJK;
        svg.open("g", "class", "reeks", "data-reeks", reeks.naam());
        if (punten.size() >= 2) {
            svg.empty("path", "d", d + (punten.size() >= 3 ? " Z" : ""), "fill", punten.size() >= 3 ? kleur : "none",
                    "fill-opacity", 0.08, "stroke", kleur, "stroke-width", joint ? 3.0 : 2.0, "stroke-linejoin", "round",
                    "stroke-dasharray", streep(reeks));
        }
        for (double[] pt : punten) {
            Radaras as = assen.get((int) pt[2]);
            svg.open("circle", "cx", pt[0], "cy", pt[1], "r", joint ? 3.5 : 3.0, "fill", kleur, "data-id", as.id());
            svg.text("title", reeks.naam() + ": " + as.naam() + " " + (int) pt[3]);
            svg.close("circle");
        }
        svg.close("g");
    }

    private static String streep(Radarreeks reeks) {
        return reeks.soort() == Radarreeks.Soort.EERDER ? "6 4" : null;
    }

    /** The joint series is dark; parties and dates take the next colours in order. */
    private static String kleur(List<Radarreeks> reeksen, int index) {
        Radarreeks reeks = reeksen.get(index);
        if (reeks.soort() == Radarreeks.Soort.GEZAMENLIJK) {
            return Grafiekstijl.reeks(0);
        }
        int others = 0;
        for (int i = 0; i < index; i++) {
            if (reeksen.get(i).soort() != Radarreeks.Soort.GEZAMENLIJK) {
                others++;
            }
        }
        return Grafiekstijl.reeks(1 + others);
    }

    private static List<Legenda.Rij> legendaRijen(Radarinhoud inhoud, List<String> groepen) {
        List<Legenda.Item> gebieden = new ArrayList<>();
        for (int g = 0; g < groepen.size(); g++) {
            gebieden.add(Legenda.Item.vlak(groepen.get(g), Grafiekstijl.groep(g)));
        }
        List<Legenda.Item> lijnen = new ArrayList<>();
        List<Radarreeks> reeksen = inhoud.reeksen();
        for (int s = 0; s < reeksen.size(); s++) {
            Radarreeks r = reeksen.get(s);
            lijnen.add(Legenda.Item.lijn(r.naam(), kleur(reeksen, s), r.soort() == Radarreeks.Soort.EERDER ? "6 4" : "",
                    r.soort() == Radarreeks.Soort.GEZAMENLIJK ? 3 : 2));
        }
        List<Legenda.Rij> rijen = new ArrayList<>();
        rijen.add(new Legenda.Rij("Gebieden", gebieden));
        if (!lijnen.isEmpty()) {
            rijen.add(new Legenda.Rij("Scores", lijnen));
        }
        return rijen;
    }

    private static String donker(int groep) {
        return Grafiekstijl.groepRand(groep);
    }

    private static String p(double x, double y) {
        return SvgWriter.format(x) + "," + SvgWriter.format(y);
    }
}

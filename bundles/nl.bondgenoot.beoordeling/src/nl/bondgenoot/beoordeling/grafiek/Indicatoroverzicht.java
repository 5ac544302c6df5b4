package nl.bondgenoot.beoordeling.grafiek;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * The indicator overview of a checklist assessment: the indicators by section, each with its judgement
 * as a coloured badge with the word in it (colour is never the only sign), the questions answered, and a
 * flag where the indicator needs "extra aandacht" (S4:164-181).
 */
public final class Indicatoroverzicht {

    private static final double MARGIN = 16;
    private static final double ID_X = MARGIN + 8;
    private static final double TEXT_X = 76;
    private static final double TEXT_WIDTH = 370;
    private static final double BADGE_X = TEXT_X + TEXT_WIDTH + 12;
    private static final double BADGE_WIDTH = 96;
    private static final double COUNT_X = BADGE_X + BADGE_WIDTH + 12;
    private static final double COUNT_WIDTH = 86;
    private static final double FLAG_X = COUNT_X + COUNT_WIDTH + 8;
    private static final double WIDTH = FLAG_X + 120 + MARGIN;
    private static final double BADGE_HEIGHT = 20;
    private static final String FLAG_TEXT = "extra aandacht";

    private Indicatoroverzicht() {
    }

    public static Grafiek teken(String titel, List<Indicatorregel> regels) {
        double line = Tekst.regelafstand(Grafiekstijl.LETTER);
        List<Kader> teksten = new ArrayList<>();
        SvgWriter body = new SvgWriter();
        List<String> titelregels = Tekst.regels(titel, Grafiekstijl.KOP, true, WIDTH - 2 * MARGIN);
        for (int i = 0; i < titelregels.size(); i++) {
            teksten.add(new Kader("titel", MARGIN, MARGIN + i * Tekst.regelafstand(Grafiekstijl.KOP),
                    Tekst.breedte(titelregels.get(i), Grafiekstijl.KOP, true), Tekst.regelafstand(Grafiekstijl.KOP)));
        }
        double y = MARGIN + titelregels.size() * Tekst.regelafstand(Grafiekstijl.KOP) + 10;
        // column heads
        y = kolomkoppen(body, teksten, y);
        List<String> secties = regels.stream().map(Indicatorregel::sectie).distinct().toList();
        for (int s = 0; s < secties.size(); s++) {
            String sectie = secties.get(s);
            double kopHoogte = line + 8;
            body.empty("rect", "class", "sectie", "x", MARGIN, "y", y, "width", WIDTH - 2 * MARGIN, "height", kopHoogte,
                    "fill", Grafiekstijl.groep(s), "stroke", Grafiekstijl.groepRand(s), "stroke-width", 0.75);
            body.text("text", sectie, "x", ID_X, "y", y + 4 + Tekst.basislijn(Grafiekstijl.LETTER), "font-weight", "bold");
            teksten.add(new Kader("sectie " + sectie, ID_X, y + 4, Tekst.breedte(sectie, Grafiekstijl.LETTER, true), line));
            y += kopHoogte + 4;
            for (Indicatorregel regel : regels) {
                if (regel.sectie().equals(sectie)) {
                    y = rij(body, teksten, regel, y);
                }
            }
            y += 6;
        }
        double hoogte = Math.ceil(y + MARGIN);

        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bondgenoot-grafiek indicatoroverzicht", "width", WIDTH,
                "height", hoogte, "viewBox", "0 0 " + SvgWriter.format(WIDTH) + " " + SvgWriter.format(hoogte), "font-family",
                Grafiekstijl.FONT, "font-size", Grafiekstijl.LETTER, "fill", Grafiekstijl.TEKST, "role", "img", "aria-label", titel);
        svg.text("title", titel);
        svg.empty("rect", "width", WIDTH, "height", hoogte, "fill", Grafiekstijl.ACHTERGROND);
        Grafiekstijl.titel(svg, titelregels, MARGIN, MARGIN);
        svg.raw(body.toString().stripTrailing());
        svg.close("svg");
        return new Grafiek(svg.toString(), WIDTH, hoogte, List.copyOf(teksten));
    }

    private static double kolomkoppen(SvgWriter svg, List<Kader> teksten, double y) {
        double line = Tekst.regelafstand(Grafiekstijl.LETTER);
        String[][] koppen = { { "Indicator", Double.toString(ID_X) }, { "Oordeel", Double.toString(BADGE_X) },
                { "Beantwoord", Double.toString(COUNT_X) }, { "Aandacht", Double.toString(FLAG_X) } };
        for (String[] kop : koppen) {
            double x = Double.parseDouble(kop[1]);
            svg.text("text", kop[0], "class", "kolomkop", "x", x, "y", y + Tekst.basislijn(Grafiekstijl.LETTER), "fill", Grafiekstijl.ZACHT);
            teksten.add(new Kader("kop " + kop[0], x, y, Tekst.breedte(kop[0], Grafiekstijl.LETTER, false), line));
        }
        return y + line + 6;
    }

    private static double rij(SvgWriter svg, List<Kader> teksten, Indicatorregel regel, double y) {
        double line = Tekst.regelafstand(Grafiekstijl.LETTER);
        List<String> regels = Tekst.regels(regel.tekst(), Grafiekstijl.LETTER, false, TEXT_WIDTH);
        double hoogte = Math.max(regels.size() * line, BADGE_HEIGHT) + 8;
        double top = y + 4;
        svg.open("g", "class", "indicator" + (regel.extraAandacht() ? " extra-aandacht" : ""), "data-id", regel.id(),
                "data-oordeel", regel.oordeel().getName());
        svg.text("text", regel.id(), "x", ID_X, "y", top + Tekst.basislijn(Grafiekstijl.LETTER), "font-weight", "bold");
        teksten.add(new Kader(regel.id(), ID_X, top, Tekst.breedte(regel.id(), Grafiekstijl.LETTER, true), line));
        svg.open("text", "x", TEXT_X, "y", top + Tekst.basislijn(Grafiekstijl.LETTER));
        for (int i = 0; i < regels.size(); i++) {
            svg.text("tspan", regels.get(i), "x", TEXT_X, "y", top + Tekst.basislijn(Grafiekstijl.LETTER) + i * line);
        }
        svg.close("text");
        teksten.add(new Kader(regel.id() + " tekst", TEXT_X, top, Tekst.breedte(regels, Grafiekstijl.LETTER, false), regels.size() * line));

        String woord = Labels.of(regel.oordeel());
        svg.empty("rect", "class", "oordeel", "x", BADGE_X, "y", top - 2, "width", BADGE_WIDTH, "height", BADGE_HEIGHT, "rx", 4,
                "fill", Grafiekstijl.kleur(regel.oordeel()));
        double ww = Tekst.breedte(woord, Grafiekstijl.LETTER, true);
        svg.text("text", woord, "x", BADGE_X + BADGE_WIDTH / 2, "y", top - 2 + (BADGE_HEIGHT - line) / 2 + Tekst.basislijn(Grafiekstijl.LETTER),
                "text-anchor", "middle", "fill", "#ffffff", "font-weight", "bold");
        teksten.add(new Kader(regel.id() + " oordeel", BADGE_X + (BADGE_WIDTH - ww) / 2, top - 2 + (BADGE_HEIGHT - line) / 2, ww, line));

        String telling = regel.beantwoord() + " van " + regel.vragen();
        svg.text("text", telling, "x", COUNT_X, "y", top + Tekst.basislijn(Grafiekstijl.LETTER));
        teksten.add(new Kader(regel.id() + " beantwoord", COUNT_X, top, Tekst.breedte(telling, Grafiekstijl.LETTER, false), line));

        if (regel.extraAandacht()) {
            // a small pennant on a pole, drawn (no font has to have a flag glyph)
            double fx = FLAG_X;
            double fy = top - 1;
            svg.empty("path", "class", "vlag", "d", "M" + SvgWriter.format(fx + 1) + "," + SvgWriter.format(fy) + " v16 M"
                    + SvgWriter.format(fx + 1) + "," + SvgWriter.format(fy) + " h10 l-3,4 l3,4 h-10", "fill", Grafiekstijl.kleur(
                            nl.bondgenoot.model.Oordeel.ONVOLDOENDE), "stroke", Grafiekstijl.TEKST, "stroke-width", 1);
            svg.text("text", FLAG_TEXT, "x", fx + 16, "y", top + Tekst.basislijn(Grafiekstijl.LETTER), "font-weight", "bold");
            teksten.add(new Kader(regel.id() + " vlag", fx + 16, top, Tekst.breedte(FLAG_TEXT, Grafiekstijl.LETTER, true), line));
        }
        svg.close("g");
        return y + hoogte;
    }
}

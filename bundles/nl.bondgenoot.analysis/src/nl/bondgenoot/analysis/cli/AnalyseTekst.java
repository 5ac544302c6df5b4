package nl.bondgenoot.analysis.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Onderwerpanalyse;
import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.advies.Invoer;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.analysis.advies.Vormoordeel;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.maten.Makelaarsrollen;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;
import nl.bondgenoot.model.tijd.Periodes;

/** The Dutch text of {@code bondgenoot analyse}. */
final class AnalyseTekst {

    private static final Locale NL = Locale.forLanguageTag("nl");

    private AnalyseTekst() {
    }

    static void write(AnalyseCommand.Verslag verslag, PrintStream out) {
        out.println("Netwerkanalyse van " + verslag.bestand() + " op " + Periodes.tekst(verslag.peildatum()) + " ("
                + (verslag.families().isEmpty() ? "alle sturingsrelaties"
                        : "sturingsrelaties van de families " + String.join(", ", verslag.families()))
                + (verslag.weergave() == null ? "" : "; alleen wat de weergave '" + verslag.weergave() + "' toont")
                + ").");
        out.println("Graad in/uit volgt de sturing (wie stuurt -> wie gestuurd wordt); betweenness, nabijheid,"
                + " eigenvector, componenten, snijpunten en bruggen rekenen met ongerichte banden (een band: minstens"
                + " één sturingsrelatie tussen twee actoren, welke kant op ook).");
        for (Onderwerpanalyse onderwerp : verslag.analyses()) {
            out.println();
            write(onderwerp, out);
        }
    }

    private static void write(Onderwerpanalyse onderwerp, PrintStream out) {
        Netwerkanalyse a = onderwerp.analyse();
        Netwerkgraaf graaf = a.graaf();
        out.println("== " + (graaf.projectie().netwerk() == null ? "Heel model" : "Netwerk '" + graaf.onderwerp() + "'")
                + " ==");
        out.println("Actoren: " + a.actoren() + (graaf.projectie().netwerk() == null ? ""
                : " (leden op de peildatum: " + graaf.leden().size() + ")") + "; banden: " + a.banden()
                + "; gerichte banden: " + a.gerichteBanden());
        out.println("Dichtheid: " + getal(a.dichtheid()) + "; componenten: " + a.componenten());
        out.println("Snijpunten (hun verlies splitst het netwerk): "
                + namen(a.snijpunten()));
        out.println("Bruggen (hun verlies splitst het netwerk): "
                + (a.bruggen().isEmpty() ? "geen" : String.join("; ", a.bruggen().stream().map(Band::toString).toList())));
        out.println((graaf.projectie().netwerk() == null ? "Actoren" : "Leden") + " zonder band: "
                + namen(a.ledenZonderBand()));
        if (!a.perActor().isEmpty()) {
            out.println();
            int breed = Math.max(5, a.perActor().stream().mapToInt(c -> Netwerkgraaf.naam(c.actor()).length()).max()
                    .orElse(5));
            breed = Math.min(breed, 40);
            out.println(String.format(NL, "%-" + breed + "s  %-28s %3s %3s %5s %11s %9s %10s %11s %8s  %s", "Actor",
                    "Categorie", "In", "Uit", "Graad", "Betweenness", "Nabijheid", "Harmonisch", "Eigenvector",
                    "Snijpunt", "Makelaar (coörd./itin./poortw./vertegenw./verbinder/onbepaald)"));
            for (Actorcijfers c : a.perActor()) {
                Makelaarsrollen m = c.makelaar();
                String naam = Netwerkgraaf.naam(c.actor()) + (c.lid() || graaf.projectie().netwerk() == null ? "" : " *");
                out.println(String.format(NL, "%-" + breed + "s  %-28s %3d %3d %5d %11s %9s %10s %11s %8s  %d/%d/%d/%d/%d/%d",
                        kort(naam, breed), kort(Labels.of(Gemeenteherkenning.categorie(c.actor())), 28), c.ingraad(),
                        c.uitgraad(), c.graad(), getal(c.betweenness()), getal(c.closeness()), getal(c.harmonisch()),
                        getal(c.eigenvector()), c.snijpunt() ? "ja" : "", m.coordinator(), m.itinerant(), m.gatekeeper(),
                        m.representative(), m.liaison(), m.onbepaald()));
            }
            if (graaf.projectie().netwerk() != null && graaf.leden().size() < graaf.actoren().size()) {
                out.println("* stuurt het netwerk (regisseur of leidende organisatie) maar is geen lid op de peildatum");
            }
        }
        onderwerp.advies().ifPresent(advies -> write(advies, out));
    }

    private static void write(Bestuursvormadvies advies, PrintStream out) {
        out.println();
        out.println("Bestuursvorm (Provan & Kenis 2008, de tabel van NET-13):");
        out.println("  Invoer:");
        for (Invoer invoer : advies.invoer()) {
            out.println("    " + invoer.kenmerk().label() + ": " + invoer.waarde() + " (" + invoer.herkomst() + ")");
        }
        out.println("  Past: " + (advies.passend().isEmpty() ? "geen van de drie vormen"
                : String.join(", ", advies.passend().stream().map(Labels::of).toList()))
                + " (" + advies.bekendeInvoer() + " van de 4 voorwaarden bekend)");
        for (Vormoordeel oordeel : advies.perVorm()) {
            List<String> onbekend = oordeel.voorwaarden().stream().filter(v -> v.past() == null)
                    .map(v -> v.kenmerk().label()).toList();
            out.println("    " + Labels.of(oordeel.vorm()) + ": "
                    + (oordeel.past() ? "past" : "past niet: " + String.join("; ", oordeel.misfits()))
                    + (onbekend.isEmpty() ? "" : " (niet beoordeeld: " + String.join(", ", onbekend) + ")"));
        }
        String gemodelleerd = ProvanKenisTabel.VORMEN.contains(advies.gemodelleerd())
                ? Labels.of(advies.gemodelleerd()) : null;
        out.println("  Gemodelleerd: " + (gemodelleerd == null ? "geen vorm (netwerkvorm onbekend)"
                : gemodelleerd + (advies.wijktAf() ? ", wijkt af: " + String.join("; ",
                        advies.oordeel(advies.gemodelleerd()).misfits()) : ", past")));
        for (String kanttekening : advies.kanttekeningen()) {
            out.println("  Kanttekening: " + kanttekening);
        }
    }

    private static String namen(List<Actor> actoren) {
        return actoren.isEmpty() ? "geen" : String.join(", ", actoren.stream().map(Netwerkgraaf::naam).toList());
    }

    private static String kort(String tekst, int breed) {
        return tekst.length() <= breed ? tekst : tekst.substring(0, breed - 1) + "…";
    }

    /** Three decimals with a Dutch comma: 0,667. */
    static String getal(double value) {
        return String.format(NL, "%.3f", value);
    }
}

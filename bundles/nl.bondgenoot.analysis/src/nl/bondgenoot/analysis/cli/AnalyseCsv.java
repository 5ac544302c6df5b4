package nl.bondgenoot.analysis.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.StringEscapeUtils;

import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Onderwerpanalyse;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/**
 * The figures per actor as CSV (RFC 4180: comma, decimal point), one row per actor per subject, with a
 * header. The graph figures and the advice are in the text and the JSON.
 */
final class AnalyseCsv {

    static final List<String> KOLOMMEN = List.of("onderwerp", "actor_id", "actor", "categorie", "lid", "ingraad",
            "uitgraad", "graad", "betweenness", "nabijheid", "harmonisch", "eigenvector", "snijpunt", "coordinator",
            "itinerant", "poortwachter", "vertegenwoordiger", "verbinder", "onbepaald");

    private AnalyseCsv() {
    }

    static void write(AnalyseCommand.Verslag verslag, PrintStream out) {
        out.print(String.join(",", KOLOMMEN) + "\r\n");
        for (Onderwerpanalyse onderwerp : verslag.analyses()) {
            for (Actorcijfers c : onderwerp.analyse().perActor()) {
                List<String> cel = new ArrayList<>();
                cel.add(onderwerp.analyse().graaf().onderwerp());
                cel.add(c.actor().getId() == null ? "" : c.actor().getId());
                cel.add(Netwerkgraaf.naam(c.actor()));
                cel.add(Gemeenteherkenning.categorie(c.actor()).getName());
                cel.add(c.lid() ? "ja" : "nee");
                cel.add(Integer.toString(c.ingraad()));
                cel.add(Integer.toString(c.uitgraad()));
                cel.add(Integer.toString(c.graad()));
                cel.add(getal(c.betweenness()));
                cel.add(getal(c.closeness()));
                cel.add(getal(c.harmonisch()));
                cel.add(getal(c.eigenvector()));
                cel.add(c.snijpunt() ? "ja" : "nee");
                c.makelaar().perRol().values().forEach(v -> cel.add(Integer.toString(v)));
                out.print(String.join(",", cel.stream().map(StringEscapeUtils::escapeCsv).toList()) + "\r\n");
            }
        }
    }

    private static String getal(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}

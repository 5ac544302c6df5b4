package nl.bondgenoot.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.bondgenoot.cli.Cli;

/** {@code bondgenoot analyse} as a user runs it: the three formats, and bad input in one Dutch line. */
class AnalyseCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();
    private static final String BERFLO = ROOT.resolve("examples/netwerken/sleutelteam-berflo-es.bondgenoot").toString();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "analyse";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theTextNamesEachNetwerkItsFiguresAndTheAdvice() {
        Run r = run(BERFLO, "--peildatum", "2013-06-01");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Netwerkanalyse van " + BERFLO + " op 1 juni 2013 (alle sturingsrelaties)."), r.out());
        assertTrue(r.out().contains("\n== Heel model ==\n"), r.out());
        assertTrue(r.out().contains("Bestuursvorm (Provan & Kenis 2008, de tabel van NET-13):"), r.out());
        assertTrue(r.out().contains("    aantal deelnemers: "), r.out());
    }

    @Test
    void csvHasAHeaderAndOneRowPerActorPerSubject() {
        Run r = run(BERFLO, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("onderwerp,actor_id,actor,categorie,lid,ingraad,uitgraad,graad,betweenness,nabijheid,harmonisch,"
                + "eigenvector,snijpunt,coordinator,itinerant,poortwachter,vertegenwoordiger,verbinder,onbepaald", lines.get(0));
        assertTrue(lines.size() > 2);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1).length >= 19), r.out());
    }

    @Test
    void jsonIsOneObjectWithTheAdviceAndItsProvenance() {
        Run r = run(BERFLO, "--format=json");
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject eerste = json.getAsJsonArray("analyses").get(0).getAsJsonObject();
        JsonObject invoer = eerste.getAsJsonObject("advies").getAsJsonArray("invoer").get(0).getAsJsonObject();
        assertEquals("organisaties", invoer.get("kenmerk").getAsString());
        assertTrue(invoer.get("herkomst").getAsString().startsWith("leden van "), invoer.toString());
    }

    @Test
    void familiesChooseTheRelations() {
        Run alle = run(BERFLO, "--format", "json");
        Run geen = run(BERFLO, "--format", "json", "--families", "invloed");
        JsonObject heelAlle = last(alle.out());
        JsonObject heelInvloed = last(geen.out());
        assertTrue(heelInvloed.get("banden").getAsInt() < heelAlle.get("banden").getAsInt(),
                heelInvloed.get("banden") + " < " + heelAlle.get("banden"));
    }

    /** A view's filtered subgraph: the filters that hide (Alleen regie, Alleen actoren met sturingsrelaties) shrink the graph. */
    @Test
    void aViewAnalysesWhatItShows(@TempDir Path tmp) throws Exception {
        Path model = tmp.resolve("berflo.bondgenoot");
        Files.copy(Path.of(BERFLO), model);
        Files.writeString(tmp.resolve("berflo.netwerkkaart"), """
                {
                  "formaat": "bondgenoot-netwerkkaart",
                  "versie": 2,
                  "weergaven": [
                    { "naam": "Netwerkkaart", "weergave": "netwerkkaart", "selectie": { "soort": "alles" }, "lagen": {}, "filters": [], "elementen": [] },
                    { "naam": "Met relaties", "weergave": "netwerkkaart", "selectie": { "soort": "alles" }, "lagen": {},
                      "filters": ["met-relaties"], "elementen": [] },
                    { "naam": "Zonder subsidie", "weergave": "netwerkkaart", "selectie": { "soort": "alles" }, "lagen": { "financiering": false },
                      "filters": [], "elementen": [] }
                  ]
                }
                """);
        JsonObject heel = last(run(model.toString(), "--format", "json").out());
        Run metRelaties = run(model.toString(), "--format", "json", "--weergave", "Met relaties");
        assertEquals(0, metRelaties.exit(), metRelaties.err());
        JsonObject getoond = last(metRelaties.out());
        assertEquals("Met relaties", JsonParser.parseString(metRelaties.out()).getAsJsonObject().get("weergave").getAsString());
        assertTrue(getoond.get("actoren").getAsInt() < heel.get("actoren").getAsInt(),
                "actors without a sturingsrelatie are hidden by the view: " + getoond.get("actoren") + " < " + heel.get("actoren"));
        assertEquals(heel.get("banden"), getoond.get("banden"), "every tie is between actors the view shows");

        JsonObject zonderSubsidie = last(run(model.toString(), "--format", "json", "--weergave", "Zonder subsidie").out());
        JsonObject andereFamilies = last(run(model.toString(), "--format", "json", "--families",
                "hierarchisch,markt,samenwerking,invloed,onbekend").out());
        assertTrue(zonderSubsidie.get("gerichteBanden").getAsInt() < heel.get("gerichteBanden").getAsInt(),
                "the layer 'Subsidie en financiële sturing' switched off leaves out the subsidies");
        assertEquals(andereFamilies.get("gerichteBanden"), zonderSubsidie.get("gerichteBanden"),
                "as choosing the other families does");

        Run onbekend = run(model.toString(), "--weergave", "Bestaat niet");
        assertEquals(2, onbekend.exit());
        assertTrue(onbekend.err().startsWith("bondgenoot analyse: ") && onbekend.err().contains("Met relaties"),
                "the view's name is wrong: the message names the views there are: " + onbekend.err());
    }

    private static JsonObject last(String json) {
        var analyses = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("analyses");
        return analyses.get(analyses.size() - 1).getAsJsonObject();
    }

    @Test
    void badInputIsOneDutchLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Run geenBestand = run();
        assertEquals(2, geenBestand.exit());
        assertTrue(geenBestand.err().startsWith("bondgenoot analyse: geef een model (.bondgenoot)."), geenBestand.err());

        Run familie = run(BERFLO, "--families", "geld");
        assertEquals(2, familie.exit());
        assertTrue(familie.err().startsWith("bondgenoot analyse: --families: Onbekende familie van sturingsrelaties 'geld'"),
                familie.err());

        Run netwerk = run(BERFLO, "--netwerk", "Bestaat niet");
        assertEquals(2, netwerk.exit());
        assertTrue(netwerk.err().startsWith("bondgenoot analyse: " + BERFLO + " heeft geen netwerk 'Bestaat niet'; wel: "),
                netwerk.err());

        Run datum = run(BERFLO, "--peildatum", "31-12-2013");
        assertEquals(2, datum.exit());
        assertTrue(datum.err().startsWith("bondgenoot analyse: --peildatum: "), datum.err());

        Path kapot = tmp.resolve("kapot.bondgenoot");
        Files.writeString(kapot, "<xmi:XMI dit is geen model");
        Run onleesbaar = run(kapot.toString());
        assertEquals(2, onleesbaar.exit());
        assertTrue(onleesbaar.err().startsWith("bondgenoot analyse: " + kapot), onleesbaar.err());
        assertEquals(1, onleesbaar.err().lines().count(), "one line, no stack trace: " + onleesbaar.err());
        assertEquals("", onleesbaar.out());
    }
}

package nl.bondgenoot.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.exchange.cli.ImportCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/** `bondgenoot import SHEET --in MODEL [--voorbeeld]` as a user runs it: what it prints, its exit code, the file it leaves. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aSheetBecomesANewModelAndASecondImportHasNothingToDo() throws Exception {
        Path sheet = exportExample("buurtgeluk.bondgenoot", "buurtgeluk.xlsx");
        Path model = dir.resolve("nieuw.bondgenoot");
        assertEquals(ExitCode.OK, run(sheet.toString(), "--in", model.toString()), this::printed);
        assertTrue(out().startsWith("Voorbeeld: "), out());
        assertTrue(out().contains("Geïmporteerd in " + model + ": "), out());
        Governancemodel loaded = ModelFiles.load(model);
        assertEquals(ModelFiles.load(Models.ROOT.resolve("examples/netwerken/buurtgeluk.bondgenoot")).getActoren().size(),
                loaded.getActoren().size());
        out.reset();
        assertEquals(ExitCode.OK, run(sheet.toString(), "--in", model.toString()), this::printed);
        assertTrue(out().contains("Niets te doen: " + model + " is al gelijk aan de spreadsheet."), out());
    }

    @Test
    void aPreviewWritesNothing() throws Exception {
        Path sheet = exportExample("buurtgeluk.bondgenoot", "buurtgeluk.xlsx");
        Path model = dir.resolve("nieuw.bondgenoot");
        assertEquals(ExitCode.OK, run(sheet.toString(), "--in", model.toString(), "--voorbeeld"), this::printed);
        assertTrue(out().contains("+ Actor '"), out());
        assertTrue(out().endsWith("Alleen een voorbeeld (--voorbeeld): " + model + " is niet veranderd.\n"), out());
        assertFalse(Files.exists(model));
    }

    @Test
    void aModelThatCannotBeReadIsNeverOverwritten() throws Exception {
        Path sheet = exportExample("buurtgeluk.bondgenoot", "buurtgeluk.xlsx");
        Path model = dir.resolve("kapot.bondgenoot");
        byte[] broken = "<?xml version=\"1.0\"?><bondgenoot:Governancemodel".getBytes(StandardCharsets.UTF_8);
        Files.write(model, broken);
        assertEquals(ExitCode.USAGE_OR_INPUT, run(sheet.toString(), "--in", model.toString()));
        assertTrue(err().startsWith("bondgenoot import: " + model), err());
        assertTrue(err().contains("(het model wordt niet overschreven)"), err());
        assertArrayEquals(broken, Files.readAllBytes(model));
    }

    @Test
    void aRejectedRowChangesNothing() throws Exception {
        Path model = dir.resolve("kamperpoort.bondgenoot");
        Files.copy(Models.ROOT.resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"), model);
        byte[] original = Files.readAllBytes(model);
        Path sheet = dir.resolve("extra-actoren.csv");
        // One good row for a new actor, one without a name: all or nothing.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(
                exportExample("ok-team-kamperpoort.bondgenoot", "extra.csv").resolveSibling("extra-actoren.csv")));
        lines.add(";Nieuw buurtteam;;overheid;;;;;");
        lines.add(";;;overheid;;;;;");
        Files.write(sheet, lines);
        assertEquals(ExitCode.USAGE_OR_INPUT, run(sheet.toString(), "--in", model.toString()), this::printed);
        assertTrue(out().contains("Actoren, rij " + lines.size() + ", kolom naam: de naam ontbreekt"), out());
        assertTrue(out().contains("+ Actor 'Nieuw buurtteam'"), out());
        assertEquals("bondgenoot import: niets geïmporteerd: 1 rij afgewezen; " + model + " is niet veranderd.\n", err());
        assertArrayEquals(original, Files.readAllBytes(model));
    }

    @Test
    void usageMistakesAreSaid() {
        assertEquals(ExitCode.USAGE_OR_INPUT, run("blad.xlsx"));
        assertEquals("bondgenoot import: geef met --in het model op waarin geïmporteerd wordt.\n" + ImportCommand.USAGE + "\n", err());
        err.reset();
        assertEquals(ExitCode.USAGE_OR_INPUT, run("blad.ods", "--in", "x.bondgenoot"));
        assertTrue(err().startsWith("bondgenoot import: blad.ods: onbekend soort bestand; Bondgenoot importeert .csv, .xlsx."), err());
    }

    private Path exportExample(String example, String name) throws Exception {
        Governancemodel model = ModelFiles.load(Models.ROOT.resolve("examples/netwerken").resolve(name.endsWith(".csv") ? example : example));
        List<Path> files = RoundTripTest.exporter(name.substring(name.lastIndexOf('.') + 1)).export(model, dir.resolve(name));
        return files.get(0);
    }

    private int run(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "import";
        System.arraycopy(args, 0, command, 1, args.length);
        return nl.bondgenoot.cli.Cli.run(command, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String printed() {
        return out() + err();
    }
}

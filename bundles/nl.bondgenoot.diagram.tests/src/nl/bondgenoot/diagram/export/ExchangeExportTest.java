package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.model.persistence.ModelFiles;

/** `bondgenoot export --format csv|xlsx` and `--sjabloon`: the same command and checks as the pictures, another writer. */
class ExchangeExportTest {

    @TempDir
    Path folder;

    private Path model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyExample() throws Exception {
        model = folder.resolve("kamperpoort.bondgenoot");
        Files.copy(SvgDocuments.root().resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"), model);
    }

    @Test
    void xlsxBesideTheModelReadsBackWithoutChanges() throws Exception {
        assertEquals(0, run(model.toString(), "--format", "xlsx"), err());
        Path xlsx = folder.resolve("kamperpoort.xlsx");
        assertEquals("Excel-werkmap (een blad per soort) geschreven: " + xlsx + System.lineSeparator(), out());
        var preview = Formats.get().importerFor(xlsx).orElseThrow().preview(List.of(xlsx), ModelFiles.load(model));
        assertTrue(preview.isEmpty(), preview::tekst);
    }

    @Test
    void csvIsAFilePerSheetNamedAfterTheTarget() throws Exception {
        assertEquals(0, run(model.toString(), "--uit", folder.resolve("regio.csv").toString()), err());
        for (String sheet : List.of("netwerken", "actoren", "rollen", "lidmaatschappen", "sturingsrelaties", "financieringsstromen")) {
            Path file = folder.resolve("regio-" + sheet + ".csv");
            assertTrue(out().contains("geschreven: " + file), out());
            assertTrue(Files.readString(file).startsWith("\ufeff"), "UTF-8 met BOM, zoals Excel het leest");
        }
        assertTrue(Files.readString(folder.resolve("regio-actoren.csv")).startsWith(
                "\ufeffid;naam;beschrijving;categorie;soort;sector;niveau;houding;onderdeel van\r\n"));
    }

    @Test
    void anExistingSheetIsReplacedOnlyWhenAsked() throws Exception {
        Path target = folder.resolve("lijst.xlsx");
        Files.writeString(target, "van iemand anders");
        assertEquals(2, run(model.toString(), "--format", "xlsx", "--uit", target.toString()));
        assertEquals("bondgenoot export: " + target + ": bestaat al; geef --overschrijven om het te vervangen", err().strip());
        assertEquals("van iemand anders", Files.readString(target));
        assertEquals(0, run(model.toString(), "--format", "xlsx", "--uit", target.toString(), "--overschrijven"), err());
    }

    @Test
    void neverOntoTheModel() throws Exception {
        byte[] before = Files.readAllBytes(model);
        assertEquals(2, run(model.toString(), "--format", "xlsx", "--uit", model.toString(), "--overschrijven"));
        assertTrue(err().contains("is het model zelf"), err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)));
    }

    @Test
    void theTemplateIsWrittenByTheProductWithHeadersOnly() throws Exception {
        Path target = folder.resolve("sjabloon.xlsx");
        assertEquals(0, run("--sjabloon", "xlsx", "--uit", target.toString()), err());
        assertEquals("Sjabloon geschreven: " + target + System.lineSeparator(), out());
        var empty = nl.bondgenoot.model.BondgenootFactory.eINSTANCE.createGovernancemodel();
        var preview = Formats.get().importerFor(target).orElseThrow().preview(List.of(target), empty);
        assertTrue(preview.isEmpty(), preview::tekst);
    }

    @Test
    void mapOptionsDoNotGoWithASheet() {
        assertEquals(2, run(model.toString(), "--format", "csv", "--peildatum", "2020-01-01"));
        assertTrue(err().contains("--weergave, --alle-weergaven, --schaal, --peildatum, --vergelijk en --git horen bij svg en png."), err());
        assertFalse(Files.exists(folder.resolve("kamperpoort-actoren.csv")));
    }

    private int run(String... args) {
        return CommandLineRun.export(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return StandardError.withoutLeftOutDescriptions(err.toString(StandardCharsets.UTF_8));
    }
}

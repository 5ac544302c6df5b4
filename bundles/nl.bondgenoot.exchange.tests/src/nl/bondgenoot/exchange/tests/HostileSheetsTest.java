package nl.bondgenoot.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Sheets a user (or an attacker) may hand in: every problem is reported with sheet, row and a Dutch
 * reason, and nothing changes: a preview with rejections cannot be applied, no partial import.
 */
class HostileSheetsTest {

    private static final String[] ACTOREN = { "id", "naam", "categorie", "soort" };

    @TempDir
    Path dir;

    private Governancemodel model;
    private Governancemodel before;

    /** Rows are tried on an empty model (so that only their own problems show); removals on an example. */
    @BeforeEach
    void empty() {
        use(Models.empty(dir.resolve("leeg.bondgenoot")));
    }

    private void use(Governancemodel m) {
        model = m;
        before = EcoreUtil.copy(m);
    }

    @Test
    void anUnknownCategoryIsRejectedWithItsRowAndTheChoices() throws Exception {
        ImportPreview preview = xlsx(actoren(
                new String[] { "", "Buurtteam Noord", "maatschappelijke organisatie", "" },
                new String[] { "", "Ruimtestation", "ruimtevaart", "" }));
        Rejection r = only(preview);
        assertEquals("Actoren", r.blad());
        assertEquals(3, r.rij());
        assertEquals("categorie", r.kolom());
        assertTrue(r.reden().startsWith("onbekende categorie 'ruimtevaart'; kies uit: onbekend, overheid, maatschappelijke organisatie"),
                r.reden());
        nothingChanges(preview);
    }

    @Test
    void theLiteralNameOfACategoryIsAcceptedToo() throws Exception {
        ImportPreview preview = xlsx(actoren(new String[] { "", "Buurtteam Noord", "MAATSCHAPPELIJKE_ORGANISATIE", "" }));
        assertTrue(preview.rejections().isEmpty(), preview::tekst);
    }

    @Test
    void aMissingNameIsRejected() throws Exception {
        ImportPreview preview = xlsx(actoren(new String[] { "x-1", "", "overheid", "" }));
        Rejection r = only(preview);
        assertEquals(2, r.rij());
        assertEquals("naam", r.kolom());
        assertEquals("de naam ontbreekt", r.reden());
        nothingChanges(preview);
    }

    @Test
    void aDuplicateIdIsRejected() throws Exception {
        ImportPreview preview = xlsx(actoren(
                new String[] { "dubbel", "Een", "overheid", "" },
                new String[] { "dubbel", "Twee", "overheid", "" }));
        Rejection r = only(preview);
        assertEquals(3, r.rij());
        assertEquals("de id 'dubbel' staat ook in Actoren, rij 2", r.reden());
        nothingChanges(preview);
    }

    /** Formulas are never evaluated nor their cached value trusted: the row is rejected, the value must be pasted. */
    @Test
    void aFormulaCellIsRejected() throws Exception {
        ImportPreview preview = xlsx(workbook -> {
            Sheet s = sheet(workbook, "Actoren", ACTOREN);
            Row row = s.createRow(1);
            row.createCell(1).setCellFormula("CONCATENATE(\"Buurt\",\"team\")");
            row.createCell(2).setCellValue("overheid");
        });
        Rejection r = preview.rejections().get(0);
        assertEquals(2, r.rij());
        assertEquals("naam", r.kolom());
        assertTrue(r.reden().startsWith("een formule (=CONCATENATE(\"Buurt\",\"team\")); Bondgenoot rekent geen formules uit"),
                r.reden());
        nothingChanges(preview);
    }

    @Test
    void fiftyThousandRowsAreRejectedUnused() throws Exception {
        ImportPreview preview = xlsx(workbook -> {
            Sheet s = sheet(workbook, "Actoren", ACTOREN);
            for (int i = 1; i <= 50_000; i++) {
                Row row = s.createRow(i);
                row.createCell(1).setCellValue("Organisatie " + i);
                row.createCell(2).setCellValue("overheid");
            }
        });
        Rejection r = only(preview);
        assertEquals("te veel rijen (50000); hoogstens 20000 per blad: splits de lijst", r.reden());
        nothingChanges(preview);
    }

    @Test
    void aBinaryFileNamedXlsxIsNoWorkbook() throws Exception {
        Path file = dir.resolve("foto.xlsx");
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        noise[0] = 0x7f;
        Files.write(file, noise);
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> RoundTripTest.importer("xlsx").preview(List.of(file), model));
        assertEquals(file + ": dit is geen Excel-werkmap (.xlsx)", e.toUserMessage());
        assertTrue(EcoreUtil.equals(before, model));
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("archief.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("leesmij.txt"));
            zip.write("geen werkmap".getBytes(StandardCharsets.UTF_8));
        }
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> RoundTripTest.importer("xlsx").preview(List.of(file), model));
        assertEquals("dit is geen leesbare Excel-werkmap (.xlsx)", e.getMessage());
    }

    /** POI's ZipSecureFile: a part that inflates more than a hundredfold is a zip bomb, refused before it fills memory. */
    @Test
    void aZipBombIsRefused() throws Exception {
        Path file = dir.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 1 << 20, "64 MB in minder dan 1 MB");
        ExchangeException e = assertThrows(ExchangeException.class,
                () -> RoundTripTest.importer("xlsx").preview(List.of(file), model));
        assertEquals("de werkmap pakt uit tot veel meer dan ze groot is (een zip-bom?); niet gelezen", e.getMessage());
    }

    @Test
    void aCsvWithAnotherSeparatorHasUnknownColumns() throws Exception {
        Path file = dir.resolve("regio-actoren.csv");
        Files.writeString(file, "id|naam|categorie\n|Buurtteam|overheid\n");
        ImportPreview preview = RoundTripTest.importer("csv").preview(List.of(file), model);
        assertEquals(new Rejection("Actoren", 1, "id|naam|categorie", "onbekende kolom; dit blad kent: id, naam, beschrijving,"
                + " categorie, soort, sector, niveau, houding, onderdeel van"), preview.rejections().get(0));
        nothingChanges(preview);
    }

    @Test
    void aCsvInAnotherEncodingIsRejectedWithItsLine() throws Exception {
        Path file = dir.resolve("regio-actoren.csv");
        Files.write(file, "id;naam;categorie\n;Buurtteam;overheid\n;Caf\u00e9 De Hoek;overheid\n".getBytes(Charset.forName("windows-1252")));
        ImportPreview preview = RoundTripTest.importer("csv").preview(List.of(file), model);
        Rejection r = only(preview);
        assertEquals(3, r.rij());
        assertEquals("het bestand is geen UTF-8 (een teken is onleesbaar); sla het op als 'CSV UTF-8'", r.reden());
        nothingChanges(preview);
    }

    @Test
    void aCsvWithCommasAsExcelInEnglishWritesItIsRead() throws Exception {
        Path file = dir.resolve("actoren.csv");
        Files.writeString(file, "naam,categorie\n\"Buurtteam, Noord\",overheid\n");
        ImportPreview preview = RoundTripTest.importer("csv").preview(List.of(file), model);
        assertEquals(List.of(), preview.rejections());
        assertEquals("Buurtteam, Noord", preview.additions().get(0).naam());
    }

    /** Removing is safe: an actor missing from the sheet that something outside the import still uses stays, with a reason. */
    @Test
    void anActorStillUsedElsewhereIsNotRemoved() throws Exception {
        use(ModelFiles.load(Models.ROOT.resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot")));
        Path file = dir.resolve("regio-actoren.csv");
        Files.writeString(file, "naam;categorie\nEen nieuwe organisatie;overheid\n");
        ImportPreview preview = RoundTripTest.importer("csv").preview(List.of(file), model);
        assertTrue(preview.rejections().stream().anyMatch(r -> r.reden().contains("staat niet in het blad, maar")
                && r.reden().contains("gebruikt haar nog")), preview::tekst);
        nothingChanges(preview);
    }

    @Test
    void anUnknownSheetIsNamed() throws Exception {
        ImportPreview preview = xlsx(workbook -> sheet(workbook, "Begroting", new String[] { "post", "bedrag" }));
        Rejection r = only(preview);
        assertEquals("Begroting", r.blad());
        assertTrue(r.reden().startsWith("onbekend blad; een werkmap van Bondgenoot heeft de bladen Netwerken, Actoren"), r.reden());
    }

    @Test
    void aReferenceToNobodyIsRejected() throws Exception {
        ImportPreview preview = xlsx(workbook -> {
            Sheet s = sheet(workbook, "Sturingsrelaties", new String[] { "van", "naar", "soort" });
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("Niemand");
            row.createCell(1).setCellValue("Ook niemand");
        });
        assertEquals(List.of(new Rejection("Sturingsrelaties", 2, "van", "geen actor met id of naam 'Niemand'"),
                new Rejection("Sturingsrelaties", 2, "naar", "geen actor of netwerk met id of naam 'Ook niemand'")),
                preview.rejections());
    }

    private void nothingChanges(ImportPreview preview) {
        assertTrue(preview.hasRejections());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
        assertThrows(IllegalStateException.class, () -> preview.command(domain), "geen gedeeltelijke import");
        assertTrue(EcoreUtil.equals(before, model), "het voorbeeld verandert het model niet");
    }

    private static Rejection only(ImportPreview preview) {
        assertEquals(1, preview.rejections().size(), preview::tekst);
        return preview.rejections().get(0);
    }

    private static Consumer<XSSFWorkbook> actoren(String[]... rows) {
        return workbook -> {
            Sheet s = sheet(workbook, "Actoren", ACTOREN);
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    if (!rows[i][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
        };
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, String[] header) {
        Sheet s = workbook.createSheet(name);
        Row row = s.createRow(0);
        for (int c = 0; c < header.length; c++) {
            row.createCell(c).setCellValue(header[c]);
        }
        return s;
    }

    private ImportPreview xlsx(Consumer<XSSFWorkbook> content) throws Exception {
        Path file = dir.resolve("blad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw e;
        }
        return RoundTripTest.importer("xlsx").preview(List.of(file), model);
    }
}

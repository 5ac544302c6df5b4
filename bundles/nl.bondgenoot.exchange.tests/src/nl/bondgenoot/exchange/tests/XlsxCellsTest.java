package nl.bondgenoot.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.tijd.Periodes;

/** Cells as a user's Excel makes them: a date cell, a number, a yes/no cell, text in another sheet order. */
class XlsxCellsTest {

    @TempDir
    Path dir;

    @Test
    void dateNumberAndYesNoCellsAreReadAsTheirValues() throws Exception {
        Path file = dir.resolve("stromen.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            // The flows first: the importer reads the sheets in the template's order, whatever the file's.
            Sheet flows = workbook.createSheet("Financieringsstromen");
            header(flows, "financier", "ontvanger", "bedrag", "ontschot", "geldig van");
            Row row = flows.createRow(1);
            row.createCell(0).setCellValue("Gemeente Zwolle");
            row.createCell(1).setCellValue("Travers Welzijn");
            row.createCell(2).setCellValue(125000.5);
            row.createCell(3).setCellValue(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            row.createCell(4).setCellValue(LocalDate.of(2011, 1, 1));
            row.getCell(4).setCellStyle(date);
            Sheet actors = workbook.createSheet("Actoren");
            header(actors, "naam", "categorie");
            actors.createRow(1).createCell(0).setCellValue("Gemeente Zwolle");
            actors.getRow(1).createCell(1).setCellValue("overheid");
            actors.createRow(2).createCell(0).setCellValue("Travers Welzijn");
            actors.getRow(2).createCell(1).setCellValue("maatschappelijke organisatie");
            workbook.write(out);
        }
        Governancemodel model = Models.empty(dir.resolve("nieuw.bondgenoot"));
        ImportPreview preview = RoundTripTest.importer("xlsx").preview(List.of(file), model);
        assertFalse(preview.hasRejections(), preview::tekst);
        assertTrue(preview.apply());
        Financieringsstroom flow = model.getFinancieringsstromen().get(0);
        assertEquals(0, new BigDecimal("125000.5").compareTo(flow.getBedrag()));
        assertTrue(flow.isOntschot());
        assertEquals(LocalDate.of(2011, 1, 1), Periodes.van(flow.getPeriode()));
        assertEquals("Travers Welzijn", flow.getOntvanger().getNaam());
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}

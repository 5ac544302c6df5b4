package nl.bondgenoot.exchange.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;

import nl.bondgenoot.exchange.sheet.Column;
import nl.bondgenoot.exchange.sheet.Sheet;
import nl.bondgenoot.exchange.sheet.SheetImport;
import nl.bondgenoot.exchange.sheet.SheetKind;
import nl.bondgenoot.exchange.sheet.SheetTemplates;
import nl.bondgenoot.model.labels.Labels;

/**
 * Writes sheets as an XLSX workbook: every cell as text (so that Excel does not turn ids or dates into
 * numbers), a bold, frozen header row, and a last sheet "Toelichting" that says per column what it
 * holds and which values an enumeration takes. The import skips the Toelichting.
 */
final class XlsxWriter {

    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (Sheet sheet : sheets) {
                XSSFSheet s = workbook.createSheet(sheet.name());
                int[] widths = new int[sheet.header().size()];
                Row header = s.createRow(0);
                for (int c = 0; c < sheet.header().size(); c++) {
                    header.createCell(c).setCellValue(sheet.header().get(c));
                    header.getCell(c).setCellStyle(bold);
                    widths[c] = sheet.header().get(c).length();
                    s.setDefaultColumnStyle(c, text);
                }
                for (Sheet.Row row : sheet.rows()) {
                    Row r = s.createRow(row.number() - 1);
                    for (int c = 0; c < row.cells().size(); c++) {
                        String value = row.cells().get(c);
                        if (!value.isEmpty()) {
                            r.createCell(c).setCellValue(value);
                            r.getCell(c).setCellStyle(text);
                            widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, value.length()));
                        }
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    s.setColumnWidth(c, (widths[c] + 2) * 256);
                }
                s.createFreezePane(0, 1);
            }
            toelichting(workbook, bold);
            workbook.write(out);
        }
    }

    private static void toelichting(XSSFWorkbook workbook, CellStyle bold) {
        XSSFSheet s = workbook.createSheet(SheetImport.TOELICHTING);
        int r = 0;
        Row intro = s.createRow(r++);
        intro.createCell(0).setCellValue("Bondgenoot-werkmap: een blad per soort. Rijen met een id horen bij dat element;"
                + " zonder id zoekt de import op naam. Datums: JJJJ-MM-DD. Ja/nee: ja of nee. Formules worden niet"
                + " uitgerekend: zulke rijen worden afgewezen. Dit blad wordt niet geïmporteerd.");
        r++;
        Row header = s.createRow(r++);
        String[] titles = { "blad", "kolom", "verplicht", "waarden" };
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
            header.getCell(c).setCellStyle(bold);
        }
        for (SheetKind kind : SheetTemplates.ALL) {
            for (Column column : kind.columns()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(kind.name());
                row.createCell(1).setCellValue(column.header());
                row.createCell(2).setCellValue(column.required() ? "ja" : "");
                row.createCell(3).setCellValue(values(column));
            }
        }
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 28 * 256);
        s.setColumnWidth(2, 10 * 256);
        s.setColumnWidth(3, 100 * 256);
    }

    private static String values(Column column) {
        return switch (column.type()) {
            case ID -> "de id van het element (leeg: nieuw, of zoeken op naam)";
            case NETWERK -> "naam of id van een netwerk";
            case REFERENCE -> "naam of id van een actor" + (column.header().equals("naar") || column.header().equals("ontvanger")
                    ? " of netwerk" : "");
            case YES_NO -> "ja, nee";
            case AMOUNT -> "bedrag in euro, bijvoorbeeld 125000 of 125.000,50";
            case PERIOD_FROM, PERIOD_TO -> "datum JJJJ-MM-DD";
            case ACTOR_SOORT -> "een actorsoort (bijvoorbeeld Gemeente, Welzijnsorganisatie) of vrije tekst";
            case ENUMERATION -> ((EEnum) ((EAttribute) column.feature()).getEAttributeType()).getELiterals().stream()
                    .map(l -> Labels.of(l.getInstance())).collect(Collectors.joining(", "));
            default -> "tekst";
        };
    }
}

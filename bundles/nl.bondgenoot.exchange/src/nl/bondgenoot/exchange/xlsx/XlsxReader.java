package nl.bondgenoot.exchange.xlsx;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.exchange.sheet.Sheet;
import nl.bondgenoot.exchange.sheet.SheetFile;

/**
 * Reads an XLSX workbook's sheets as text. Formulas are never evaluated, nor their cached value
 * trusted: a formula cell is a rejection (paste the value instead). Numbers become plain text
 * (1234.5), date cells JJJJ-MM-DD, yes/no cells ja/nee. POI's zip-bomb guard ({@link ZipSecureFile})
 * refuses a workbook that inflates far beyond its size.
 */
final class XlsxReader {

    /** No part of a workbook may inflate to more than this (a 20,000-row sheet is a few MB). */
    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private XlsxReader() {
    }

    static SheetFile read(Path file, byte[] content) throws ExchangeException {
        if (content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            throw new ExchangeException(file, "dit is een oud Excel-bestand (.xls) of een versleutelde werkmap;"
                    + " sla het in Excel op als Excel-werkmap (.xlsx) zonder wachtwoord");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new ExchangeException(file, "dit is geen Excel-werkmap (.xlsx)");
        }
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        List<Sheet> sheets = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content)); XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(sheet(workbook.getSheetAt(i), rejections));
            }
        } catch (Exception | StackOverflowError | LinkageError e) { // POI says a bad file in many ways; none may reach the user raw
            throw new ExchangeException(file, why(e), e);
        }
        return new SheetFile(sheets, rejections);
    }

    private static Sheet sheet(XSSFSheet s, List<Rejection> rejections) {
        String name = s.getSheetName();
        List<String> header = new ArrayList<>();
        List<Sheet.Row> rows = new ArrayList<>();
        Row first = s.getRow(s.getFirstRowNum());
        int headerIndex = first == null ? 0 : first.getRowNum();
        if (first != null) {
            for (int c = 0; c < first.getLastCellNum(); c++) {
                header.add(text(first.getCell(c), name, headerIndex, "", rejections));
            }
        }
        for (int r = headerIndex + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                String column = c < header.size() ? header.get(c) : CellReference.convertNumToColString(c);
                cells.add(text(row.getCell(c), name, r, column, rejections));
            }
            rows.add(new Sheet.Row(r + 1, cells));
        }
        return new Sheet(name, header, rows);
    }

    private static String text(Cell cell, String sheet, int rowIndex, String column, List<Rejection> rejections) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nee";
            case FORMULA -> {
                rejections.add(new Rejection(sheet, rowIndex + 1, column, "een formule (=" + cell.getCellFormula()
                        + "); Bondgenoot rekent geen formules uit: plak de waarde (Plakken speciaal, Waarden)"));
                yield "";
            }
            case ERROR -> {
                rejections.add(new Rejection(sheet, rowIndex + 1, column, "een foutwaarde van Excel"));
                yield "";
            }
            default -> cell.getCellType() == CellType.BLANK ? "" : "";
        };
    }

    private static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb")) {
                return "de werkmap pakt uit tot veel meer dan ze groot is (een zip-bom?); niet gelezen";
            }
            if (m.contains("exceed") && m.contains("size")) {
                return "de werkmap is uitgepakt te groot; niet gelezen";
            }
        }
        return "dit is geen leesbare Excel-werkmap (.xlsx)";
    }
}

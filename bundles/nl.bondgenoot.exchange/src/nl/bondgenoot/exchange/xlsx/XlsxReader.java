package nl.bondgenoot.exchange.xlsx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.exchange.sheet.Sheet;
import nl.bondgenoot.exchange.sheet.SheetFile;

/**
 * Reads an XLSX workbook's sheets as text, streaming: Apache POI opens the package (its zip-bomb guard,
 * {@link ZipSecureFile}, refuses a part that inflates far beyond its size) and the parts are read with
 * SAX (POI's {@link XMLHelper}: no DTDs, no external entities), without POI's XMLBeans object model,
 * which costs half a second of class loading at every cold start. Formulas are never evaluated, nor
 * their cached value trusted: a formula cell is a rejection (paste the value instead). Numbers become
 * plain text (1234.5), date cells JJJJ-MM-DD, yes/no cells ja/nee.
 */
final class XlsxReader {

    /** No part of a workbook may inflate to more than this (a 20,000-row sheet is a few MB). */
    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private static final String SHARED_STRINGS = "/sharedStrings";
    private static final String STYLES = "/styles";

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
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackagePart workbook = workbookPart(pkg);
            if (workbook == null) {
                throw new ExchangeException(file, "dit is geen leesbare Excel-werkmap (.xlsx)");
            }
            Map<String, PackagePart> parts = new HashMap<>();
            List<String> sharedStrings = List.of();
            Styles styles = new Styles();
            for (PackageRelationship r : workbook.getRelationships()) {
                PackagePart part = workbook.getRelatedPart(r);
                parts.put(r.getId(), part);
                if (r.getRelationshipType().endsWith(SHARED_STRINGS)) {
                    sharedStrings = parse(part, new SharedStrings()).strings;
                } else if (r.getRelationshipType().endsWith(STYLES)) {
                    styles = parse(part, new Styles());
                }
            }
            for (SheetRef ref : parse(workbook, new SheetRefs()).sheets) {
                PackagePart part = parts.get(ref.relation());
                if (part != null && part.getContentType().contains("worksheet")) { // not a chart sheet
                    sheets.add(parse(part, new SheetReader(ref.name(), sharedStrings, styles, rejections)).sheet());
                }
            }
        } catch (ExchangeException e) {
            throw e;
        } catch (Exception | StackOverflowError | LinkageError e) { // POI says a bad file in many ways; none may reach the user raw
            throw new ExchangeException(file, why(e), e);
        }
        return new SheetFile(sheets, rejections);
    }

    private static PackagePart workbookPart(OPCPackage pkg) {
        for (PackageRelationship r : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            try {
                return pkg.getPart(r);
            } catch (RuntimeException e) {
                return null;
            }
        }
        for (PackageRelationship r : pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            return pkg.getPart(r);
        }
        return null;
    }

    private static <H extends DefaultHandler> H parse(PackagePart part, H handler) throws Exception {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        try (InputStream in = part.getInputStream()) {
            reader.parse(new InputSource(in));
        }
        return handler;
    }

    private record SheetRef(String name, String relation) {
    }

    /** workbook.xml: the sheets, in order, with the relation to their part. */
    private static final class SheetRefs extends DefaultHandler {
        final List<SheetRef> sheets = new ArrayList<>();

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            if ("sheet".equals(local)) {
                String relation = null;
                for (int i = 0; i < a.getLength(); i++) {
                    if ("id".equals(a.getLocalName(i)) && a.getURI(i).contains("relationships")) {
                        relation = a.getValue(i);
                    }
                }
                sheets.add(new SheetRef(a.getValue("name"), relation));
            }
        }
    }

    /** sharedStrings.xml: every string item's text (its runs together, without phonetic hints). */
    private static final class SharedStrings extends DefaultHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "si" -> text.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "si" -> strings.add(text.toString());
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }

    /** styles.xml: per cell style, whether its number format is a date. */
    private static final class Styles extends DefaultHandler {
        private final Map<Integer, String> formats = new HashMap<>();
        private final List<Integer> cellFormats = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "numFmt" -> formats.put(integer(a.getValue("numFmtId")), a.getValue("formatCode"));
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        cellFormats.add(integer(a.getValue("numFmtId")));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if ("cellXfs".equals(local)) {
                inCellXfs = false;
            }
        }

        boolean isDate(String style) {
            int index = style == null ? 0 : integer(style);
            if (index < 0 || index >= cellFormats.size()) {
                return false;
            }
            int id = cellFormats.get(index);
            String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            return code != null && DateUtil.isADateFormat(id, code);
        }
    }

    /** A worksheet's rows as text; formula and error cells are rejections with row and column. */
    private static final class SheetReader extends DefaultHandler {
        private final String name;
        private final List<String> sharedStrings;
        private final Styles styles;
        private final List<Rejection> rejections;
        private List<String> header;
        private final List<Sheet.Row> rows = new ArrayList<>();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String style;
        private String formula;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInline;

        SheetReader(String name, List<String> sharedStrings, Styles styles, List<Rejection> rejections) {
            this.name = name;
            this.sharedStrings = sharedStrings;
            this.styles = styles;
            this.rejections = rejections;
        }

        Sheet sheet() {
            return new Sheet(name, header == null ? List.of() : header, rows);
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : integer(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = a.getValue("t");
                    style = a.getValue("s");
                    formula = null;
                    value.setLength(0);
                    text.setLength(0);
                }
                case "v" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    formula = "";
                }
                case "is" -> inInline = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula += new String(ch, start, length);
            } else if (inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "is" -> inInline = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cell());
                }
                case "row" -> {
                    if (header == null) {
                        header = cells;
                    } else {
                        while (cells.size() < header.size()) {
                            cells.add("");
                        }
                        rows.add(new Sheet.Row(rowNumber, cells));
                    }
                }
                default -> {
                }
            }
        }

        private String cell() {
            String columnName = header == null ? "" : column < header.size() ? header.get(column)
                    : CellReference.convertNumToColString(column);
            if (formula != null) {
                rejections.add(new Rejection(name, rowNumber, columnName, "een formule (=" + formula
                        + "); Bondgenoot rekent geen formules uit: plak de waarde (Plakken speciaal, Waarden)"));
                return "";
            }
            String v = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> v.isEmpty() ? "" : sharedStrings.get(integer(v));
                case "inlineStr" -> text.toString();
                case "str" -> v;
                case "b" -> "1".equals(v) ? "ja" : "nee";
                case "e" -> {
                    rejections.add(new Rejection(name, rowNumber, columnName, "een foutwaarde van Excel (" + v + ")"));
                    yield "";
                }
                default -> {
                    if (v.isEmpty()) {
                        yield "";
                    }
                    double number = Double.parseDouble(v);
                    yield styles.isDate(style) ? DateUtil.getLocalDateTime(number).toLocalDate().toString()
                            : NumberToTextConverter.toText(number);
                }
            };
        }
    }

    private static int integer(String s) {
        return Integer.parseInt(s.strip());
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

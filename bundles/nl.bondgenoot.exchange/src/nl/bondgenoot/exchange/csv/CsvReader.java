package nl.bondgenoot.exchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.exchange.sheet.Sheet;
import nl.bondgenoot.exchange.sheet.SheetFile;
import nl.bondgenoot.exchange.sheet.SheetKind;
import nl.bondgenoot.exchange.sheet.SheetTemplates;

/** Reads one CSV file as the sheet its name says; text that is not UTF-8 is a rejection with its line. */
final class CsvReader {

    private CsvReader() {
    }

    static SheetFile read(Path file, byte[] content) throws ExchangeException {
        SheetKind kind = CsvFormat.kindOf(file).orElseThrow(() -> new ExchangeException(file,
                "de naam zegt niet welk blad dit is; noem het bestand naar het blad, bijvoorbeeld regio-actoren.csv ("
                        + SheetTemplates.ALL.stream().map(k -> "-" + k.name().toLowerCase()).collect(Collectors.joining(", "))
                        + ")"));
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new SheetFile(List.of(), List.of(new Rejection(kind.name(), firstBadLine(content), "",
                    "het bestand is geen UTF-8 (een teken is onleesbaar); sla het op als 'CSV UTF-8'")));
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ExchangeException(file, "dit is geen tekstbestand (CSV)");
        }
        int newline = text.indexOf('\n');
        String headerLine = newline < 0 ? text : text.substring(0, newline);
        char separator = count(headerLine, ',') > count(headerLine, ';') ? ',' : CsvFormat.SEPARATOR;
        List<String> header = List.of();
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(separator).get().parse(new StringReader(text))) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (number == 1) {
                    header = cells;
                } else {
                    rows.add(new Sheet.Row(number, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new SheetFile(List.of(), List.of(new Rejection(kind.name(), 0, "",
                    "de CSV is niet te lezen: " + e.getMessage())));
        }
        return new SheetFile(List.of(new Sheet(kind.name(), header, rows)), List.of());
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** The line (from 1) of the first byte that is no UTF-8. */
    private static int firstBadLine(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

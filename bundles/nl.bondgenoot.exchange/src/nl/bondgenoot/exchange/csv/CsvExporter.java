package nl.bondgenoot.exchange.csv;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.sheet.Sheet;
import nl.bondgenoot.exchange.sheet.SheetFile;
import nl.bondgenoot.exchange.sheet.SheetFiles;
import nl.bondgenoot.exchange.sheet.SheetTemplates;
import nl.bondgenoot.model.persistence.AtomicWrite;

/** CSV export and import (see {@link CsvFormat} for the files); the exporter and importer are one class. */
public class CsvExporter extends SheetFiles {

    @Override
    protected List<AtomicWrite.Part> write(List<Sheet> sheets, Path target) {
        List<AtomicWrite.Part> parts = new ArrayList<>();
        for (Sheet sheet : sheets) {
            Path file = CsvFormat.fileOf(target, SheetTemplates.named(sheet.name()).orElseThrow());
            parts.add(new AtomicWrite.Part(file, null, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\ufeff'); // the byte order mark: Excel reads UTF-8 only with it
                CSVPrinter printer = new CSVPrinter(writer,
                        CSVFormat.EXCEL.builder().setDelimiter(CsvFormat.SEPARATOR).get());
                printer.printRecord(sheet.header());
                for (Sheet.Row row : sheet.rows()) {
                    printer.printRecord(row.cells());
                }
                printer.flush();
            }));
        }
        return parts;
    }

    @Override
    public List<Path> files(Path target) {
        return SheetTemplates.ALL.stream().map(kind -> CsvFormat.fileOf(target, kind)).toList();
    }

    @Override
    protected SheetFile read(Path file, byte[] content) throws ExchangeException {
        return CsvReader.read(file, content);
    }
}

package nl.bondgenoot.exchange.xlsx;

import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.sheet.Sheet;
import nl.bondgenoot.exchange.sheet.SheetFile;
import nl.bondgenoot.exchange.sheet.SheetFiles;
import nl.bondgenoot.model.persistence.AtomicWrite;

/** XLSX export and import: one workbook, a sheet per kind and a Toelichting (see {@link XlsxWriter}, {@link XlsxReader}). */
public class XlsxExporter extends SheetFiles {

    @Override
    protected List<AtomicWrite.Part> write(List<Sheet> sheets, Path target) {
        return List.of(new AtomicWrite.Part(target, null, out -> XlsxWriter.write(sheets, out)));
    }

    @Override
    protected SheetFile read(Path file, byte[] content) throws ExchangeException {
        return XlsxReader.read(file, content);
    }
}

package nl.bondgenoot.exchange.sheet;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.exchange.Importer;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.RegularFiles;
import nl.bondgenoot.model.persistence.UnusableFileException;

/**
 * What the spreadsheet formats share: reading a file with a size limit, writing sheets as one atomic
 * unit, and the import of read sheets through {@link SheetImport}. A format says how sheets become
 * bytes and back.
 */
public abstract class SheetFiles implements Exporter, Importer {

    /** A sheet file larger than this is refused unread (a stakeholder list of 20,000 rows is a few MB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The sheets of one file; a file that is not of this format at all is an ExchangeException. */
    protected abstract SheetFile read(Path file, byte[] content) throws ExchangeException;

    /** The files (and their content) that the sheets become, for this target. */
    protected abstract List<AtomicWrite.Part> write(List<Sheet> sheets, Path target) throws ExchangeException;

    @Override
    public List<Path> export(Governancemodel model, Path target) throws ExchangeException {
        List<AtomicWrite.Part> parts = write(SheetExport.sheets(model), target);
        try {
            AtomicWrite.writeAll(parts);
        } catch (UnusableFileException e) {
            throw new ExchangeException(e.getFile(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ExchangeException(target, "kon niet worden geschreven: " + e.getMessage(), e);
        }
        return parts.stream().map(AtomicWrite.Part::target).toList();
    }

    @Override
    public ImportPreview preview(List<Path> files, Governancemodel model) throws ExchangeException {
        List<Sheet> sheets = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Path file : files) {
            SheetFile read = read(file, content(file));
            sheets.addAll(read.sheets());
            rejections.addAll(read.rejections());
        }
        return SheetImport.preview(sheets, rejections, model);
    }

    /** The file's bytes, or the Dutch reason it cannot be read. */
    protected static byte[] content(Path file) throws ExchangeException {
        try {
            return RegularFiles.read(file, MAX_BYTES).content();
        } catch (NoSuchFileException e) {
            throw new ExchangeException(file, "bestand niet gevonden");
        } catch (UnusableFileException e) {
            throw new ExchangeException(file, e.getMessage());
        } catch (IOException e) {
            throw new ExchangeException(file, "kon niet worden gelezen: " + e.getMessage(), e);
        }
    }
}

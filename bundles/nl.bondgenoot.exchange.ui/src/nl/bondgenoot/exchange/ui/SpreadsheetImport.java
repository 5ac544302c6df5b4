package nl.bondgenoot.exchange.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Format;
import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.exchange.Importer;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * Importing sheets into the model editor's model: the preview by the contributed importer of the files'
 * format (nothing changes), then the whole preview as one command on the editor's command stack, so
 * Bewerken &gt; Ongedaan maken undoes the import at once.
 */
public final class SpreadsheetImport {

    private SpreadsheetImport() {
    }

    /**
     * What importing the files (one XLSX workbook, or CSV files of one export) into the editor's model
     * would change. A file no importer reads, or that cannot be read at all, is an ExchangeException with
     * a Dutch message.
     */
    public static ImportPreview preview(ModelEditor editor, List<Path> files) throws ExchangeException {
        Formats formats = Formats.get();
        Format format = null;
        for (Path file : files) {
            Optional<Format> of = formats.importFormatFor(file);
            if (of.isEmpty()) {
                throw new ExchangeException(null, NLS.bind(Messages.import_unknownFormat, file.getFileName(),
                        String.join(", ", formats.importers().stream().map(f -> "." + f.extension()).toList())));
            }
            if (format != null && !format.name().equals(of.get().name())) {
                throw new ExchangeException(null, NLS.bind(Messages.import_mixedFormats, format.label(), of.get().label()));
            }
            format = of.get();
        }
        Importer importer = formats.importerFor(files.get(0)).orElseThrow();
        try {
            return importer.preview(files, editor.model());
        } catch (RuntimeException e) {
            // A reader that failed in a way it did not foresee: still a Dutch line, never a stack trace.
            throw new ExchangeException(null, NLS.bind(Messages.import_unreadable, files.get(0).getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * Applies the preview as one command on the editor's command stack. Answers false, changing nothing,
     * when the command cannot execute (the model changed since the preview was made). A preview with
     * rejections is never applied.
     */
    public static boolean apply(ModelEditor editor, ImportPreview preview) {
        if (preview.hasRejections() || preview.model() != editor.model()) {
            return false;
        }
        EditingDomain domain = editor.getEditingDomain();
        Command command = preview.command(domain);
        if (!command.canExecute()) {
            command.dispose();
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }
}

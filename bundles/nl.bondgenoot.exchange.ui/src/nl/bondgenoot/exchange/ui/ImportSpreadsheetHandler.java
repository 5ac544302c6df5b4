package nl.bondgenoot.exchange.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * Bestand &gt; Importeren &gt; Spreadsheet (CSV/XLSX)...: choose the workbook (or the CSV files of one
 * export), see the preview, apply it as one undoable command. A sheet that cannot be read is a Dutch
 * dialog, and the model stays as it was.
 */
public class ImportSpreadsheetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ModelEditor editor = ModelEditorOf.orSay(event);
        if (editor == null) {
            return null;
        }
        Shell shell = editor.getSite().getShell();
        List<Path> files = choose(shell, editor);
        if (!files.isEmpty()) {
            importFiles(shell, editor, files);
        }
        return null;
    }

    private static List<Path> choose(Shell shell, ModelEditor editor) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(NLS.bind(Messages.import_dialogTitle, editor.getPartName()));
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.xlsx", "*.csv" });
        dialog.setFilterNames(new String[] { Messages.import_filterSheets, Messages.import_filterXlsx, Messages.import_filterCsv });
        if (editor.resource() != null && editor.resource().getURI().isFile()) {
            dialog.setFilterPath(Path.of(editor.resource().getURI().toFileString()).getParent().toString());
        }
        if (dialog.open() == null) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        return files;
    }

    /**
     * The preview of the files in its dialog, applied when the user presses Toepassen; the preview
     * dialog is left to the caller's {@code open}. Answers whether the model changed.
     */
    public static boolean importFiles(Shell shell, ModelEditor editor, List<Path> files) {
        ImportPreview preview;
        try {
            preview = SpreadsheetImport.preview(editor, files);
        } catch (ExchangeException e) {
            MessageDialog.openError(shell, Messages.import_failedTitle, e.toUserMessage());
            return false;
        }
        ImportPreviewDialog dialog = new ImportPreviewDialog(shell, preview, editor.getPartName());
        if (dialog.open() != Window.OK) {
            return false;
        }
        if (!SpreadsheetImport.apply(editor, preview)) {
            MessageDialog.openError(shell, Messages.import_failedTitle, NLS.bind(Messages.import_cannotApply, editor.getPartName()));
            return false;
        }
        return true;
    }
}

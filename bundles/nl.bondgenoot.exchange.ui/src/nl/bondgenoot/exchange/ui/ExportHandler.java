package nl.bondgenoot.exchange.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.exchange.Format;
import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.ui.editor.ModelEditor;

/**
 * Bestand &gt; Exporteren &gt; (a contributed format): the model editor's model as it is now (also
 * unsaved changes) to a file chosen by the user, by the exporter of that format.
 */
public class ExportHandler extends AbstractHandler {

    /** The command and its parameter: the format's command-line name (xlsx, csv, graphml, gexf). */
    public static final String COMMAND = "nl.bondgenoot.exchange.ui.export";
    public static final String FORMAT = "nl.bondgenoot.exchange.ui.export.format";

    @Override
    public Object execute(ExecutionEvent event) {
        ModelEditor editor = ModelEditorOf.orSay(event);
        if (editor == null) {
            return null;
        }
        Shell shell = editor.getSite().getShell();
        Optional<Format> format = Formats.get().exportFormat(event.getParameter(FORMAT));
        if (format.isEmpty()) {
            return null; // the menu offers contributed formats only
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setText(NLS.bind(Messages.export_dialogTitle, format.get().label()));
        dialog.setFilterExtensions(new String[] { "*." + format.get().extension() });
        dialog.setFilterNames(new String[] { format.get().label() });
        Path model = editor.resource() != null && editor.resource().getURI().isFile()
                ? Path.of(editor.resource().getURI().toFileString()) : null;
        if (model != null) {
            dialog.setFilterPath(model.getParent().toString());
            String name = model.getFileName().toString();
            dialog.setFileName(name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.')) + "."
                    + format.get().extension());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            export(shell, editor, format.get(), Path.of(chosen));
        }
        return null;
    }

    /** Writes the editor's model in the format; says which files were written, or in Dutch why not. */
    public static List<Path> export(Shell shell, ModelEditor editor, Format format, Path target) {
        try {
            Exporter exporter = Formats.get().exporter(format.name()).orElseThrow();
            List<Path> written = exporter.export(editor.model(), target);
            MessageDialog.openInformation(shell, Messages.export_doneTitle, NLS.bind(Messages.export_done, format.label(),
                    String.join("\n", written.stream().map(Path::toString).toList())));
            return written;
        } catch (ExchangeException e) {
            MessageDialog.openError(shell, Messages.export_failedTitle, e.toUserMessage());
            return List.of();
        }
    }
}

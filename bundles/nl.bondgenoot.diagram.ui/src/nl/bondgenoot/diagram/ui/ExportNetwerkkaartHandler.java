package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.diagram.export.ExportException;
import nl.bondgenoot.diagram.export.Format;
import nl.bondgenoot.diagram.export.NetwerkkaartExport;

/**
 * "Netwerkkaart exporteren": the view of the active map editor, as it now is (unsaved changes
 * included), to an SVG or PNG file chosen in a save dialog. The same picture as `bondgenoot export`.
 */
public class ExportNetwerkkaartHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof NetwerkkaartEditor map) || map.model() == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.export_title);
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
        dialog.setFilterNames(new String[] { Messages.export_svg, Messages.export_png });
        dialog.setFilterPath(map.modelFile().getParent().toString());
        boolean defaultView = map.views() == null || map.notation() == map.views().standard();
        dialog.setFileName((defaultView ? NetwerkkaartExport.defaultTarget(map.modelFile(), Format.SVG)
                : NetwerkkaartExport.defaultTarget(map.modelFile(), map.viewName(), Format.SVG)).getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(map, Path.of(chosen), shell);
        }
        return null;
    }

    /** Writes the picture; PNG when the name ends in .png, else SVG. Problems are said in a dialog. */
    public static boolean export(NetwerkkaartEditor map, Path target, Shell shell) {
        Format format = target.getFileName().toString().toLowerCase().endsWith(".png") ? Format.PNG : Format.SVG;
        try {
            NetwerkkaartExport.write(map.model(), map.modelFile(), map.notation(), format, target, NetwerkkaartExport.DEFAULT_SCALE);
            return true;
        } catch (ExportException e) {
            MessageDialog.openError(shell, Messages.export_title, NLS.bind(Messages.export_failed, e.toUserMessage()));
            return false;
        }
    }
}

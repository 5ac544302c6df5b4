package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.project.ModelView;

/**
 * "Nieuwe weergave…": a new view of the model selected in the Projectverkenner (or of the active model
 * editor or map), of everything or of the elements selected in the model editor (or around them);
 * written to the notation file at once and opened on the map.
 */
public class NewViewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveWorkbenchWindow(event) == null) {
            return null;
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        Shell shell = HandlerUtil.getActiveShell(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        Path model = modelOf(selection, HandlerUtil.getActiveEditor(event));
        if (model == null) {
            MessageDialog.openInformation(shell, Messages.views_title, Messages.open_noModel);
            return null;
        }
        MapViews views = ViewChanges.read(shell, model);
        if (views == null) {
            return null;
        }
        NewViewDialog dialog = new NewViewDialog(shell, views, chosenElements(selection));
        if (dialog.open() != Window.OK) {
            return null;
        }
        String name = dialog.name();
        if (ViewChanges.apply(page, shell, model, all -> {
            Notation view = new Notation(name);
            view.selection(dialog.selection());
            view.representation(dialog.representation());
            all.add(view);
        })) {
            try {
                NetwerkkaartEditors.open(page, model, name);
            } catch (PartInitException e) {
                MessageDialog.openError(shell, Messages.open_title, e.getMessage());
            }
        }
        return null;
    }

    /** A model file or view selected in the Projectverkenner, else the model of the active editor. */
    static Path modelOf(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ModelView view) {
            return view.model();
        }
        Path selected = OpenNetwerkkaartHandler.modelIn(selection, null);
        if (selected != null) {
            return selected;
        }
        if (editor instanceof NetwerkkaartEditor map) {
            return map.modelFile();
        }
        return editor instanceof ModelEditor ? FileInputs.fileOf(editor.getEditorInput()) : null;
    }

    /** The ids of the actors, netwerken and convenanten in the selection (the model editor's, the Modelverkenner's, the map's). */
    static List<String> chosenElements(ISelection selection) {
        List<String> ids = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if ((o instanceof Actor || o instanceof Netwerk || o instanceof Convenant) && ((Element) o).getId() != null) {
                    ids.add(((Element) o).getId());
                }
            }
        }
        return ids;
    }
}

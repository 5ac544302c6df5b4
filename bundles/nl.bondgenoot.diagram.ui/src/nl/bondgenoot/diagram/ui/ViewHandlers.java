package nl.bondgenoot.diagram.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.ui.project.ModelView;

/** Rename, duplicate and delete the view selected in the Projectverkenner (see {@link ViewChanges}). */
final class ViewHandlers {

    private ViewHandlers() {
    }

    /** The view selected in the Projectverkenner, or null. */
    static ModelView selectedView(ExecutionEvent event) {
        return HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && s.getFirstElement() instanceof ModelView v
                ? v : null;
    }

    private abstract static class OnSelectedView extends AbstractHandler {

        @Override
        public final Object execute(ExecutionEvent event) {
            ModelView view = selectedView(event);
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                    : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
            if (view != null && page != null) {
                run(page, HandlerUtil.getActiveShell(event), view);
            }
            return null;
        }

        abstract void run(IWorkbenchPage page, Shell shell, ModelView view);
    }

    /** "Naam wijzigen…": a name that is free and usable, checked while it is typed. */
    public static final class Rename extends OnSelectedView {
        @Override
        void run(IWorkbenchPage page, Shell shell, ModelView view) {
            MapViews views = ViewChanges.read(shell, view.model());
            Notation renamed = views == null ? null : views.find(view.name()).orElse(null);
            if (renamed == null) {
                return;
            }
            InputDialog dialog = new InputDialog(shell, Messages.views_renameTitle, NLS.bind(Messages.views_renamePrompt, view.name()),
                    view.name(), text -> views.problemWithName(text, renamed).orElse(null));
            if (dialog.open() != Window.OK) {
                return;
            }
            String newName = dialog.getValue().strip();
            if (ViewChanges.apply(page, shell, view.model(), all -> all.rename(all.find(view.name()).orElseThrow(), newName))) {
                NetwerkkaartEditor map = NetwerkkaartEditors.find(page, view.model());
                if (map != null) {
                    map.viewChanged(view.name(), newName);
                }
            }
        }
    }

    /** "Dupliceren": a copy with everything of the view (selection, layers, filters, layout) under a free name. */
    public static final class Duplicate extends OnSelectedView {
        @Override
        void run(IWorkbenchPage page, Shell shell, ModelView view) {
            ViewChanges.apply(page, shell, view.model(), all -> {
                Notation original = all.find(view.name()).orElseThrow(() -> new IllegalArgumentException(view.name()));
                all.add(original.copyAs(all.freeName(NLS.bind(Messages.views_copyName, original.name()))));
            });
        }
    }

    /** "Verwijderen", after a confirmation; the last view of a model stays. */
    public static final class Delete extends OnSelectedView {
        @Override
        void run(IWorkbenchPage page, Shell shell, ModelView view) {
            MessageDialog confirm = new MessageDialog(shell, Messages.views_deleteTitle, null,
                    NLS.bind(Messages.views_deleteQuestion, view.name(), view.model().getFileName()), MessageDialog.QUESTION,
                    0, Messages.views_deleteButton, Messages.views_cancel);
            if (confirm.open() != 0) {
                return;
            }
            if (ViewChanges.apply(page, shell, view.model(), all -> all.remove(all.find(view.name()).orElseThrow()))) {
                NetwerkkaartEditor map = NetwerkkaartEditors.find(page, view.model());
                if (map != null) {
                    map.viewChanged(view.name(), null);
                }
            }
        }
    }
}

package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;

/** The model editor's menu "Weergaven": every view of the model, each opening the map on it. */
public class ViewsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        Path model = NewViewHandler.modelOf(null, editor);
        if (model == null) {
            return new IContributionItem[0];
        }
        MapViews views;
        try {
            views = NotationFile.read(NotationFile.besides(model));
        } catch (NotationException e) {
            return new IContributionItem[0];
        }
        return views.names().stream().map(name -> (IContributionItem) new ActionContributionItem(new Action(name.replace("&", "&&")) {
            @Override
            public void run() {
                try {
                    NetwerkkaartEditors.open(page, model, name);
                } catch (PartInitException e) {
                    org.eclipse.core.runtime.Platform.getLog(ViewsMenu.class).error("De weergave kon niet worden geopend", e);
                }
            }
        })).toArray(IContributionItem[]::new);
    }
}

package nl.bondgenoot.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.LabelRetargetAction;
import org.eclipse.ui.actions.RetargetAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Only the top-level menus, so that "Bestand" comes before "Help"; their items are commands
 * contributed in plugin.xml. The groups have names of our own, not "additions": platform bundles
 * that happen to be installed contribute there, and their items do not belong in this product.
 */
class ApplicationActionBarAdvisor extends ActionBarAdvisor {

    static final String FILE_GROUP = "nl.bondgenoot.ui.file";
    static final String HELP_GROUP = "nl.bondgenoot.ui.help";

    private IWorkbenchAction save;
    private LabelRetargetAction undo;
    private LabelRetargetAction redo;
    private RetargetAction delete;
    private RetargetAction cut;
    private RetargetAction copy;
    private RetargetAction paste;

    ApplicationActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    /**
     * Undo, redo, cut, copy, paste and delete are retargeted to the active editor (model editor, agenda editor) with
     * Dutch names; save is the platform's, so Ctrl+S saves whichever editor is active.
     */
    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = ActionFactory.SAVE.create(window);
        register(save);
        undo = retarget(window, new LabelRetargetAction(ActionFactory.UNDO.getId(), Messages.edit_undo), "org.eclipse.ui.edit.undo");
        redo = retarget(window, new LabelRetargetAction(ActionFactory.REDO.getId(), Messages.edit_redo), "org.eclipse.ui.edit.redo");
        delete = retarget(window, new RetargetAction(ActionFactory.DELETE.getId(), Messages.edit_delete), "org.eclipse.ui.edit.delete");
        cut = retarget(window, new RetargetAction(ActionFactory.CUT.getId(), Messages.edit_cut), "org.eclipse.ui.edit.cut");
        copy = retarget(window, new RetargetAction(ActionFactory.COPY.getId(), Messages.edit_copy), "org.eclipse.ui.edit.copy");
        paste = retarget(window, new RetargetAction(ActionFactory.PASTE.getId(), Messages.edit_paste), "org.eclipse.ui.edit.paste");
    }

    private <A extends RetargetAction> A retarget(IWorkbenchWindow window, A action, String commandId) {
        action.setActionDefinitionId(commandId);
        window.getPartService().addPartListener(action);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(menu(Messages.menu_file, IWorkbenchActionConstants.M_FILE, FILE_GROUP));
        MenuManager edit = new MenuManager(Messages.menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        menuBar.add(edit);
        menuBar.add(menu(Messages.menu_help, IWorkbenchActionConstants.M_HELP, HELP_GROUP));
    }

    private static MenuManager menu(String label, String id, String group) {
        MenuManager menu = new MenuManager(label, id);
        menu.add(new GroupMarker(group));
        return menu;
    }
}

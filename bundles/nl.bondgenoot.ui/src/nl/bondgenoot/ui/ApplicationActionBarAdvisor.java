package nl.bondgenoot.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
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

    ApplicationActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(menu(Messages.menu_file, IWorkbenchActionConstants.M_FILE, FILE_GROUP));
        menuBar.add(menu(Messages.menu_help, IWorkbenchActionConstants.M_HELP, HELP_GROUP));
    }

    private static MenuManager menu(String label, String id, String group) {
        MenuManager menu = new MenuManager(label, id);
        menu.add(new GroupMarker(group));
        return menu;
    }
}

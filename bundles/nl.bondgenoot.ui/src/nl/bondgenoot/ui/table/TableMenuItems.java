package nl.bondgenoot.ui.table;

import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;

/** The items of "Tabel openen": one per table description, so a new description is a new item. */
public class TableMenuItems extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        return DiagramRepresentations.get().tables().stream().map(table -> {
            CommandContributionItemParameter item = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                    "nl.bondgenoot.ui.table." + table.id(), OpenTableHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
            item.label = table.naam();
            item.parameters = Map.of(OpenTableHandler.TABLE, table.id());
            return (IContributionItem) new CommandContributionItem(item);
        }).toArray(IContributionItem[]::new);
    }
}

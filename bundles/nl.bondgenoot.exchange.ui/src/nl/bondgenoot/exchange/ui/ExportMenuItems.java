package nl.bondgenoot.exchange.ui;

import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import nl.bondgenoot.exchange.Formats;

/** The items of Bestand &gt; Exporteren: one per exporter contributed at nl.bondgenoot.exchange.formats. */
public class ExportMenuItems extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        return Formats.get().exporters().stream().map(format -> {
            CommandContributionItemParameter item = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
                    "nl.bondgenoot.exchange.ui.export." + format.name(), ExportHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
            item.label = format.label() + "\u2026";
            item.parameters = Map.of(ExportHandler.FORMAT, format.name());
            return (IContributionItem) new CommandContributionItem(item);
        }).toArray(IContributionItem[]::new);
    }
}

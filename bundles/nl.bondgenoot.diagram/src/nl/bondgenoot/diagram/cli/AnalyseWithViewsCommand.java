package nl.bondgenoot.diagram.cli;

import nl.bondgenoot.analysis.cli.AnalyseCommand;
import nl.bondgenoot.rules.builtin.network.Net13ProvanKenisFit;

/**
 * {@code bondgenoot analyse}: the analysis bundle's command (its options and report) with what that bundle
 * cannot see: the Provan &amp; Kenis table from the rules (NET-13's profile parameters) and the map's views
 * for {@code --weergave}. Contributed by this bundle, which sees both.
 */
public final class AnalyseWithViewsCommand extends AnalyseCommand {

    public AnalyseWithViewsCommand() {
        super(Net13ProvanKenisFit::tabelVoor, new MapViewSubgraph());
    }
}

package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Aanwijzing;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkregisseur;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** NET-8: preferably the network itself decided that it needs a regisseur (S2:2283-2285). */
public final class Net8NetwerkKiestZelfRegisseur extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-8", Severity.INFO, Provenance.DOC, "S2:2283-2285",
            "Het netwerk besluit zelf dat het een regisseur nodig heeft",
            "'Het is het sterkst wanneer het netwerk zelf beslist dat hij een regisseur nodig heeft. Dan wordt het"
                    + " een organisch verhaal' (Kenis, S2:2283-2285). Een regisseur die door de gemeente, een"
                    + " financier of anderszins is aangewezen, kan werken, maar verdient aandacht. Is niet"
                    + " vastgelegd wie de regisseur aanwees, dan meldt deze regel niets.");

    public Net8NetwerkKiestZelfRegisseur() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Netwerkregisseur regisseur = netwerk.getRegisseur();
        if (regisseur == null || regisseur.getAangewezenDoor() == Aanwijzing.ONBEKEND
                || regisseur.getAangewezenDoor() == Aanwijzing.NETWERK) {
            return;
        }
        context.report(netwerk, "De netwerkregisseur van " + ElementLabels.label(netwerk) + " is aangewezen door: "
                + Labels.of(regisseur.getAangewezenDoor()) + "; het sterkst is het wanneer het netwerk zelf"
                + " besluit dat het een regisseur nodig heeft");
    }
}

package nl.bondgenoot.rules.builtin.network;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-16: the burgercoördinator of an Eigen Kracht-conferentie is no hulpverlener (S2:4222-4226), in
 * this network or any other network of the model.
 */
public final class Net16BurgercoordinatorGeenHulpverlener extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-16", Severity.ERROR, Provenance.DOC, "S2:4222-4226",
            "De burgercoördinator van een Eigen Kracht-conferentie is geen hulpverlener",
            "Bij een Eigen Kracht-conferentie 'ligt de regie bij burgers en hun eigen kring'. 'De onafhankelijke"
                    + " burgercoördinator die de conferentie faciliteert, is dan ook geen hulpverlener'"
                    + " (S2:4219-4226), anders dan de SoS'er bij Signs of Safety. Wie de rol burgercoördinator heeft,"
                    + " heeft daarom nergens in het model ook de rol hulpverlener, en is geen actor van soort"
                    + " hulpverlener (of allround hulpverlener).");

    public Net16BurgercoordinatorGeenHulpverlener() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        for (Rol coordinator : netwerk.getRollen()) {
            if (coordinator.getSoort() != RolSoort.BURGERCOORDINATOR || coordinator.getActor() == null) {
                continue;
            }
            List<Netwerk> waarHulpverlener = NetworkFacts.netwerkenNaast(netwerk).stream()
                    .filter(n -> n.getRollen().stream().anyMatch(r -> r.getSoort() == RolSoort.HULPVERLENER
                            && r.getActor() == coordinator.getActor()))
                    .toList();
            List<String> waarom = new ArrayList<>();
            if (!waarHulpverlener.isEmpty()) {
                waarom.add("in " + NetworkFacts.labels(waarHulpverlener));
            }
            if (ActorKinds.isHulpverlenerVanSoort(coordinator.getActor())) {
                waarom.add("van soort '" + coordinator.getActor().getSoort().id().trim() + "'");
            }
            if (!waarom.isEmpty()) {
                context.report(netwerk, ElementLabels.label(coordinator.getActor()) + " is burgercoördinator in "
                        + ElementLabels.label(netwerk) + " maar ook hulpverlener (" + String.join("; ", waarom)
                        + "); de burgercoördinator is onafhankelijk en geen hulpverlener",
                        "kies een burgercoördinator die geen hulpverlener is");
            }
        }
    }
}

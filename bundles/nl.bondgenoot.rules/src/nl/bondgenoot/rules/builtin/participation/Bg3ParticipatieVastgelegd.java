package nl.bondgenoot.rules.builtin.participation;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * BG-3: where citizens take part, the network records the participation level, the phase and where
 * the citizens' role ends (S4:1043-1047, 1096-1113).
 */
public final class Bg3ParticipatieVastgelegd extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("BG-3", Severity.WARNING, Provenance.DOC,
            "S4:1043-1047, 1096-1113", "Betrokken burgers: niveau, fase en rolgrens vastgelegd",
            "De checklist vraagt: 'Denk na of u burgers wilt betrekken, en zo ja, in welke fase', met de"
                    + " participatieladder van informeren tot (mee)beslissen (S4:1043-1047), en 'Baken de rol van de"
                    + " burgers af' zodat de grens tussen bewoners en professionals niet vervaagt (S4:1096-1113)."
                    + " Doen burgers mee (als lid, of er is participatie vastgelegd), dan legt het netwerk daarom"
                    + " het participatieniveau, de fase en de rolgrens vast.");

    public Bg3ParticipatieVastgelegd() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Participatie p = netwerk.getParticipatie();
        if (p == null && ParticipationFacts.burgers(netwerk, context).isEmpty()) {
            return;
        }
        List<String> ontbreekt = new ArrayList<>();
        if (p == null || p.getNiveau() == Burgerparticipatie.ONBEKEND) {
            ontbreekt.add("het participatieniveau");
        }
        if (p == null || p.getFase() == Beleidsfase.ONBEKEND) {
            ontbreekt.add("de fase");
        }
        if (p == null || p.getRolgrens() == null || p.getRolgrens().isBlank()) {
            ontbreekt.add("de rolgrens van burgers");
        }
        if (!ontbreekt.isEmpty()) {
            String wat = DutchLists.join(ontbreekt, "en");
            context.report(netwerk, "Burgers doen mee in " + ElementLabels.label(netwerk) + ", maar niet vastgelegd is "
                    + wat, "leg " + wat + " vast");
        }
    }
}

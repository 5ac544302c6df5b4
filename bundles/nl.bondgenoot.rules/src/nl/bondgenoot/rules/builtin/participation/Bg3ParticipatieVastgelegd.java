package nl.bondgenoot.rules.builtin.participation;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Element;
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
 * the citizens' role ends (S4:1043-1047, 1096-1113); so does every participation recorded per
 * burgergroep, on an agenda or on an opgave.
 */
public final class Bg3ParticipatieVastgelegd extends AbstractRule<Element> {

    private static final RuleInfo INFO = new RuleInfo("BG-3", Severity.WARNING, Provenance.DOC,
            "S4:1043-1047, 1096-1113", "Betrokken burgers: niveau, fase en rolgrens vastgelegd",
            "De checklist vraagt: 'Denk na of u burgers wilt betrekken, en zo ja, in welke fase', met de"
                    + " participatieladder van informeren tot (mee)beslissen (S4:1043-1047), en 'Baken de rol van de"
                    + " burgers af' zodat de grens tussen bewoners en professionals niet vervaagt (S4:1096-1113)."
                    + " Doen burgers mee (als lid, of er is participatie vastgelegd), dan legt het netwerk daarom"
                    + " het participatieniveau, de fase en de rolgrens vast; net zo elke participatie per burgergroep,"
                    + " bij een agenda of bij een opgave, tenzij die alleen motiveert waarom burgers niet meedoen.");

    public Bg3ParticipatieVastgelegd() {
        super(Element.class, INFO);
    }

    @Override
    public void check(Element element, RuleContext context) {
        if (element instanceof Netwerk netwerk) {
            checkNetwerk(netwerk, context);
        }
        for (Participatie p : Participaties.van(element)) {
            if (!(element instanceof Netwerk n && p == n.getParticipatie()) && !alleenMotivering(p)) {
                report(element, p, ontbreekt(p), context);
            }
        }
    }

    /** The netwerk as a whole: where burgers are members, or take part as recorded, the participation is recorded. */
    private static void checkNetwerk(Netwerk netwerk, RuleContext context) {
        Participatie p = netwerk.getParticipatie();
        if ((p == null || alleenMotivering(p)) && ParticipationFacts.burgers(netwerk, context).isEmpty()) {
            return;
        }
        report(netwerk, p, ontbreekt(p), context);
    }

    private static List<String> ontbreekt(Participatie p) {
        List<String> ontbreekt = new ArrayList<>();
        if (p == null || p.getNiveau() == Burgerparticipatie.ONBEKEND) {
            ontbreekt.add("het participatieniveau");
        }
        if (p == null || p.getFase() == Beleidsfase.ONBEKEND) {
            ontbreekt.add("de fase");
        }
        if (p == null || !heeft(p.getRolgrens())) {
            ontbreekt.add("de rolgrens van burgers");
        }
        return ontbreekt;
    }

    private static void report(Element element, Participatie p, List<String> ontbreekt, RuleContext context) {
        if (!ontbreekt.isEmpty()) {
            String wat = DutchLists.join(ontbreekt, "en");
            String wie = p != null && heeft(p.getBurgergroep()) ? "Burgers (" + p.getBurgergroep().strip() + ")" : "Burgers";
            context.report(element, wie + " doen mee in " + ElementLabels.label(element) + ", maar niet vastgelegd is "
                    + wat, "leg " + wat + " vast");
        }
    }

    /** A participation that only says why burgers do not take part (BG-4). */
    private static boolean alleenMotivering(Participatie p) {
        return p.getNiveau() == Burgerparticipatie.ONBEKEND && heeft(p.getMotivering());
    }

    private static boolean heeft(String text) {
        return text != null && !text.isBlank();
    }
}

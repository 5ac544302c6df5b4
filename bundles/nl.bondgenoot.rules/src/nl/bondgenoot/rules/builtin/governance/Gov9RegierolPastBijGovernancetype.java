package nl.bondgenoot.rules.builtin.governance;

import java.util.Collections;
import java.util.List;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-9: the gemeente's regierol fits the network's governancetype (S3:1036-1047); the fit is data. */
public final class Gov9RegierolPastBijGovernancetype extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-9", Severity.WARNING, Provenance.DOC, "S3:1036-1047",
            "De regierol van de gemeente past bij het governancetype",
            "'De regierol opdrachtgever spoort met NPM, government en met het minst vergaande governancetype"
                    + " integrale beleidssturing'; coproducent spoort met keten-/netwerksturing en frontlijnsturing;"
                    + " facilitator heeft 'enige overeenkomst met het governancetype vraagsturing' (S3:1036-1047)."
                    + " INF: expertsturing rekenen wij bij opdrachtgever, omdat 'Expertsturing is vergelijkbaar met NPM'"
                    + " (S3:769-771). Getoetst wordt het dominante governancetype, of bij geen dominant alle"
                    + " opgegeven typen: minstens één moet bij de regierol passen.");

    public Gov9RegierolPastBijGovernancetype() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        RegieRol rol = netwerk.getRegie() == null ? RegieRol.ONBEKEND : netwerk.getRegie().getRegierol();
        List<Governancetype> typen = Typeringen.kenmerkend(netwerk);
        if (rol == RegieRol.ONBEKEND || typen.isEmpty()) {
            return;
        }
        List<Governancetype> passend = context.enumListParameter(rol.getName(), Governancetype.class);
        if (Collections.disjoint(passend, typen)) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heeft regierol " + Labels.of(rol)
                    + ", maar is getypeerd als " + DutchLists.labels(typen, "en") + "; regierol " + Labels.of(rol)
                    + " past bij " + DutchLists.labels(passend, "of"),
                    "pas de regierol of het governancetype aan");
        }
    }
}

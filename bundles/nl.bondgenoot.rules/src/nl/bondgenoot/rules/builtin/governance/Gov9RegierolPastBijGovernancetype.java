package nl.bondgenoot.rules.builtin.governance;

import java.util.Collections;
import java.util.List;

import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-9: the gemeente's regierol fits the network's governancetype and sturingsmodel (S3:1013-1047);
 * the fit is data.
 */
public final class Gov9RegierolPastBijGovernancetype extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-9", Severity.WARNING, Provenance.DOC,
            "S3:1036-1047",
            "De regierol van de gemeente past bij het governancetype en het sturingsmodel",
            "'De regierol opdrachtgever spoort met NPM, government (klassieke overheidssturing) en met het minst"
                    + " vergaande governancetype integrale beleidssturing'; coproducent spoort met keten-/netwerksturing"
                    + " en frontlijnsturing; facilitator heeft 'enige overeenkomst met het governancetype vraagsturing'"
                    + " (S3:1036-1047). Regie 'past binnen het sturingsmodel governance' (S3:1025); de rol van"
                    + " opdrachtgever is 'min of meer een vorm van government' (S3:1013-1016), en 'een ruimtebiedende"
                    + " opdrachtgeversrol valt dan wél onder governance': dat is een overgangsvorm (S3:1017-1021)."
                    + " Getoetst worden het dominante governancetype en het dominante sturingsmodel, of bij geen dominant"
                    + " alle opgegeven: minstens één moet bij de regierol passen. Een overgangsvorm wordt niet getoetst."
                    + " INF: expertsturing rekenen wij bij opdrachtgever, omdat 'Expertsturing is vergelijkbaar met NPM'"
                    + " (S3:769-771).");

    public Gov9RegierolPastBijGovernancetype() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        RegieRol rol = netwerk.getRegie() == null ? RegieRol.ONBEKEND : netwerk.getRegie().getRegierol();
        if (rol == RegieRol.ONBEKEND) {
            return;
        }
        List<Governancetype> typen = Typeringen.kenmerkend(netwerk);
        List<Governancetype> passend = context.enumListParameter(rol.getName(), Governancetype.class);
        if (!typen.isEmpty() && !passend.isEmpty() && Collections.disjoint(passend, typen)) {
            context.report(netwerk, ElementLabels.label(netwerk) + " heeft regierol " + Labels.of(rol)
                    + ", maar is getypeerd als " + DutchLists.labels(typen, "en") + "; regierol " + Labels.of(rol)
                    + " past bij " + DutchLists.labels(passend, "of"),
                    "pas de regierol of het governancetype aan");
        }
        List<Sturingsmodel> modellen = Typeringen.kenmerkendeModellen(netwerk);
        List<Sturingsmodel> passendeModellen = context.enumListParameter("sturingsmodel." + rol.getName(),
                Sturingsmodel.class);
        if (!modellen.isEmpty() && !passendeModellen.isEmpty() && Collections.disjoint(passendeModellen, modellen)) {
            boolean ruimtebiedend = rol == RegieRol.OPDRACHTGEVER && modellen.contains(Sturingsmodel.GOVERNANCE);
            context.report(netwerk, ElementLabels.label(netwerk) + " heeft regierol " + Labels.of(rol)
                    + ", maar wordt gestuurd als " + DutchLists.labels(modellen, "en") + "; regierol " + Labels.of(rol)
                    + " past bij " + DutchLists.labels(passendeModellen, "of")
                    + (ruimtebiedend ? "; een opdrachtgever die ruimte laat binnen governance is een overgangsvorm" : ""),
                    ruimtebiedend ? "zet de regierol op overgangsvorm" : "pas de regierol of het sturingsmodel aan");
        }
    }
}

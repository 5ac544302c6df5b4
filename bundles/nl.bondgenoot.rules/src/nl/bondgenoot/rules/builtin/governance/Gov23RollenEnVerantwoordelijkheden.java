package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-23: every partner of a network has a role, and every role states its responsibility (S4:800-811, 210-212). */
public final class Gov23RollenEnVerantwoordelijkheden extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-23", Severity.WARNING, Provenance.DOC,
            "S4:800-811, 210-212",
            "Elke partner heeft een vastgestelde rol en verantwoordelijkheid",
            "'Zijn in het ontwerp de rollen en verantwoordelijkheden van de verschillende partijen vastgesteld?'"
                    + " Nieuwe aanpakken met verschillende partijen zijn vaak ingewikkeld; 'schroom niet om heel"
                    + " duidelijke afspraken te maken en verwachtingen uit te spreken' (S4:800-811). Indicator: 'de"
                    + " rollen van de partijen zijn voldoende helder' (S4:210-212). Elk lid van een netwerk heeft"
                    + " daarom een rol, en elke rol noemt de verantwoordelijkheid die erbij hoort.");

    public Gov23RollenEnVerantwoordelijkheden() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        List<String> zonderRol = context.leden(netwerk).stream()
                .filter(a -> netwerk.getRollen().stream().filter(context::geldt).noneMatch(r -> vervult(r, a)))
                .map(ElementLabels::label).toList();
        if (!zonderRol.isEmpty()) {
            context.report(netwerk, ElementLabels.label(netwerk) + ": " + DutchLists.join(zonderRol, "en")
                    + (zonderRol.size() == 1 ? " heeft" : " hebben") + " geen rol in het netwerk",
                    "leg de rol en verantwoordelijkheid van elke partner vast");
        }
        for (Rol rol : netwerk.getRollen()) {
            if (context.geldt(rol) && (rol.getVerantwoordelijkheid() == null || rol.getVerantwoordelijkheid().isBlank())) {
                context.report(rol, ElementLabels.label(rol) + " in " + ElementLabels.label(netwerk)
                        + " noemt geen verantwoordelijkheid", "beschrijf de verantwoordelijkheid van deze rol");
            }
        }
    }

    /**
     * A member has a role when it holds one itself or through one of its parts (a department, an
     * employee as programme manager), as the other rules on roles count them.
     */
    private static boolean vervult(Rol rol, Actor lid) {
        return rol.getActor() != null
                && (rol.getActor() == lid || ActorKinds.organisatieVan(rol.getActor()) == lid);
    }
}

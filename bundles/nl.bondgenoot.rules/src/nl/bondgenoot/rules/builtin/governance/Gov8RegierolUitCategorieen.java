package nl.bondgenoot.rules.builtin.governance;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RegieActorrol;
import nl.bondgenoot.model.RegieNiveau;
import nl.bondgenoot.model.RegieRol;
import nl.bondgenoot.model.Regieprofiel;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-8: the regierol follows from the nine regie categories of Span et al. (S3 Figure 3), and the
 * actors' role matches it. Which level belongs to which regierol, and which actor role to which
 * regierol, is data ({@code regierol.LEVEL}, {@code actorrol.REGIEROL}).
 */
public final class Gov8RegierolUitCategorieen extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-8", Severity.WARNING, Provenance.DOC, "S3:908-1021",
            "De regierol volgt uit de negen regiecategorieën, en de rol van de actoren past erbij",
            "Span e.a. onderscheiden negen regiecategorieën (visie, doel, actor, afstemming, sturing,"
                    + " randvoorwaarden, afhankelijkheid, verantwoordelijkheid, monitoring), elk gemeentelijk,"
                    + " gezamenlijk of door actoren ingevuld (S3 Figuur 3, S3:908-998). Alles gemeentelijk is de"
                    + " regierol opdrachtgever, alles gezamenlijk coproducent, alles door actoren facilitator; 'Er zijn"
                    + " dus overgangsvormen tussen de drie rollen in figuur 3' (S3:1017-1021), zoals een formele"
                    + " opdrachtgever die veel ruimte laat aan de uitvoerders. Gewaarschuwd wordt als de opgegeven"
                    + " regierol niet uit de ingevulde categorieën volgt: een zuivere rol (opdrachtgever, coproducent,"
                    + " facilitator) terwijl de categorieën gemengd zijn (dat is een overgangsvorm), een overgangsvorm"
                    + " terwijl alle negen categorieën één kolom volgen, of een rol waarvan geen categorie in de kolom"
                    + " staat. Een categorie die niet is ingevuld telt niet mee. Bij een zuivere rol zijn de actoren"
                    + " uitvoerder, partner of initiatiefnemer (de rij 'Actor' van Figuur 3); bij een overgangsvorm"
                    + " noemt de seed geen rol van de actoren, en die wordt dan niet getoetst.");

    public Gov8RegierolUitCategorieen() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Regieprofiel regie = netwerk.getRegie();
        if (regie == null) {
            return;
        }
        List<RegieNiveau> niveaus = Stream.of(regie.getVisie(), regie.getDoel(), regie.getActor(),
                regie.getAfstemming(), regie.getSturing(), regie.getRandvoorwaarden(), regie.getAfhankelijkheid(),
                regie.getVerantwoordelijkheid(), regie.getMonitoring()).filter(n -> n != RegieNiveau.ONBEKEND)
                .toList();
        Set<RegieNiveau> gebruikt = niveaus.isEmpty() ? EnumSet.noneOf(RegieNiveau.class) : EnumSet.copyOf(niveaus);
        RegieRol afgeleid = gebruikt.size() > 1 ? RegieRol.OVERGANGSVORM
                : gebruikt.size() == 1 && niveaus.size() == 9 ? regierol(context, gebruikt.iterator().next())
                : null; // nothing filled in, or one column with some categories unknown: not yet to be said
        RegieRol opgegeven = regie.getRegierol();
        String label = ElementLabels.label(netwerk);
        if (opgegeven != RegieRol.ONBEKEND && afgeleid != null && afgeleid != opgegeven) {
            context.report(netwerk, label + " heeft regierol " + Labels.of(opgegeven) + ", maar " + waarom(afgeleid, niveaus)
                    + ": dat is de regierol " + Labels.of(afgeleid), "zet de regierol op " + Labels.of(afgeleid));
        } else if (opgegeven != RegieRol.ONBEKEND && opgegeven != RegieRol.OVERGANGSVORM && afgeleid == null
                && !gebruikt.isEmpty() && !gebruikt.contains(niveau(context, opgegeven))) {
            context.report(netwerk, label + " heeft regierol " + Labels.of(opgegeven) + ", maar geen van de"
                    + " regiecategorieën is " + Labels.of(niveau(context, opgegeven)) + " ingevuld (wel "
                    + DutchLists.labels(gebruikt, "en") + ")", "pas de regierol of de regiecategorieën aan");
        }
        RegieRol rol = opgegeven != RegieRol.ONBEKEND ? opgegeven : afgeleid;
        if (rol != null && regie.getActorrol() != RegieActorrol.ONBEKEND) {
            // an overgangsvorm has no actor role of its own in Figure 3: its parameter is empty, nothing is checked
            context.optionalEnumParameter("actorrol." + rol.getName(), RegieActorrol.class)
                    .filter(verwacht -> verwacht != regie.getActorrol())
                    .ifPresent(verwacht -> context.report(netwerk, label + ": bij regierol " + Labels.of(rol)
                            + " zijn de actoren " + Labels.of(verwacht) + ", niet " + Labels.of(regie.getActorrol()),
                            "zet de rol van de actoren op " + Labels.of(verwacht)));
        }
    }

    /** Why the categories give this regierol, e.g. "alle negen regiecategorieën zijn gezamenlijk". */
    private static String waarom(RegieRol afgeleid, List<RegieNiveau> niveaus) {
        if (afgeleid != RegieRol.OVERGANGSVORM) {
            return "alle negen regiecategorieën zijn " + Labels.of(niveaus.get(0));
        }
        Map<RegieNiveau, Long> telling = new EnumMap<>(RegieNiveau.class);
        niveaus.forEach(n -> telling.merge(n, 1L, Long::sum));
        return "de regiecategorieën zijn gemengd (" + DutchLists.join(telling.entrySet().stream()
                .map(e -> e.getValue() + " " + Labels.of(e.getKey())).toList(), "en") + ")";
    }

    private static RegieRol regierol(RuleContext context, RegieNiveau niveau) {
        return context.enumParameter("regierol." + niveau.getName(), RegieRol.class);
    }

    /** The level whose "all of them" gives this regierol. */
    private static RegieNiveau niveau(RuleContext context, RegieRol rol) {
        for (RegieNiveau n : List.of(RegieNiveau.GEMEENTELIJK, RegieNiveau.GEZAMENLIJK, RegieNiveau.DOOR_ACTOREN)) {
            if (regierol(context, n) == rol) {
                return n;
            }
        }
        throw new IllegalStateException("Parameter regierol.*: geen regieniveau hoort bij " + rol.getName());
    }
}

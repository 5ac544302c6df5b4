package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Governancetypering;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsmodeltypering;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-1: a network states its governancetype(s) and sturingsmodel(len), with at most one dominant per phase. */
public final class Gov1TyperingVastgelegd extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-1", Severity.WARNING, Provenance.DOC,
            "S3:693-694, 1728, 2973-2974, 3195-3202; S4:240, 704",
            "Een netwerk of project legt zijn governancetype(n) en sturingsmodel(len) vast",
            "'Is er nagedacht over de sturing?' (S4:240, 704). Een netwerk of project legt vast welk"
                    + " governancetype en welk sturingsmodel het kenmerkt. Het zijn ideaaltypen die 'gemengd"
                    + " voorkomen' (S3:693-694, 3195-3202): meerdere zijn toegestaan en één kan als dominant worden"
                    + " gemarkeerd ('het dominante sturingsmodel bij dit project is governance', S3:1728), ook per"
                    + " fase (S3:2973-2974). Twee dominante typeringen voor dezelfde fase spreken elkaar tegen.");

    public Gov1TyperingVastgelegd() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        List<String> missing = new ArrayList<>();
        if (netwerk.getGovernancetypen().isEmpty()) {
            missing.add("governancetype");
        }
        if (netwerk.getSturingsmodellen().isEmpty()) {
            missing.add("sturingsmodel");
        }
        if (!missing.isEmpty()) {
            context.report(netwerk, ElementLabels.label(netwerk) + " legt geen " + String.join(" en geen ", missing)
                    + " vast", "leg het " + String.join(" en het ", missing) + " van het netwerk vast");
        }
        reportDoubleDominant(netwerk, context, "governancetypen",
                netwerk.getGovernancetypen().stream().filter(Governancetypering::isDominant)
                        .collect(Collectors.groupingBy(Governancetypering::getFase,
                                Collectors.mapping(t -> Labels.of(t.getType()), Collectors.toList()))));
        reportDoubleDominant(netwerk, context, "sturingsmodellen",
                netwerk.getSturingsmodellen().stream().filter(Sturingsmodeltypering::isDominant)
                        .collect(Collectors.groupingBy(Sturingsmodeltypering::getFase,
                                Collectors.mapping(t -> Labels.of(t.getModel()), Collectors.toList()))));
    }

    private static void reportDoubleDominant(Netwerk netwerk, RuleContext context, String wat,
            Map<Beleidsfase, List<String>> dominantPerFase) {
        dominantPerFase.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey()).forEach(e -> context.report(netwerk,
                        ElementLabels.label(netwerk) + " markeert meerdere " + wat + " als dominant"
                                + (e.getKey() == Beleidsfase.ONBEKEND ? "" : " in de fase " + Labels.of(e.getKey()))
                                + ": " + DutchLists.join(e.getValue(), "en") + "; er kan er één dominant zijn",
                        "markeer één van de " + wat + " als dominant"));
    }
}

package nl.bondgenoot.rules.builtin.governance;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.RolSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-16: organisations that advise in the verkenning and then compete for the opdracht in the
 * kaderstelling: "spanning tussen concurrentie en samenwerking" (S3:1137-1141, 3489-3492).
 */
public final class Gov16AdviseurWordtConcurrent extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("GOV-16", Severity.INFO, Provenance.DOC,
            "S3:1137-1141, 3489-3492",
            "Adviseurs in de verkenning die in de kaderstelling concurreren: spanning tussen concurrentie en samenwerking",
            "In de verkenning zijn organisaties adviseur en belanghebbende; in de kaderstelling brengen zij offertes"
                    + " uit. 'Als echter niet duidelijk is wie in de volgende fase de opdracht voor de uitvoering"
                    + " krijgt, ontstaat er spanning. Organisaties zullen dan terughoudend worden met het vrij delen"
                    + " van de kennis die zij bezitten. Concurrentie (NPM) en samenwerking (governance) staan hier op"
                    + " gespannen voet' (S3:1137-1141; ook S3:3489-3492). Dit wordt gemeld als meerdere organisaties"
                    + " in de kaderstelling om de opdracht concurreren en minstens één daarvan in de verkenning"
                    + " adviseerde; welke rollen advies en concurrentie zijn, staat in de regelparameters.");

    public Gov16AdviseurWordtConcurrent() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Set<Actor> adviseurs = actoren(netwerk, Beleidsfase.VERKENNING,
                context.enumListParameter("adviesrollen", RolSoort.class));
        Set<Actor> concurrenten = actoren(netwerk, Beleidsfase.KADERSTELLING_CONTRACTERING,
                context.enumListParameter("concurrentierollen", RolSoort.class));
        // Competition needs two; one organisation continuing is the "vloeiende overgang" of S3:1137-1138.
        List<String> beide = concurrenten.stream().filter(adviseurs::contains).map(ElementLabels::label).sorted()
                .toList();
        if (concurrenten.size() >= 2 && !beide.isEmpty()) {
            context.report(netwerk, ElementLabels.label(netwerk) + ": " + DutchLists.join(beide, "en")
                    + (beide.size() == 1 ? " adviseert" : " adviseren") + " in de verkenning en"
                    + (beide.size() == 1 ? " concurreert" : " concurreren") + " in de kaderstelling om de opdracht;"
                    + " concurrentie en samenwerking staan hier op gespannen voet");
        }
    }

    private static Set<Actor> actoren(Netwerk netwerk, Beleidsfase fase, List<RolSoort> soorten) {
        return netwerk.getRollen().stream().filter(r -> r.getFase() == fase && soorten.contains(r.getSoort()))
                .map(r -> r.getActor()).filter(a -> a != null).collect(Collectors.toSet());
    }
}

package nl.bondgenoot.rules.builtin.governance;

import java.util.List;
import java.util.stream.Stream;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Doorzettingsmacht;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Governancetype;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsmodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-13: using doorzettingsmacht in a project run as governance moves it towards government/NPM,
 * unless it is used to enforce cooperation (S3:849-851, 1049-1052, 2899-2902).
 */
public final class Gov13DoorzettingsmachtBijGovernance extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-13", Severity.WARNING, Provenance.DOC,
            "S3:849-851, 1049-1052, 2899-2902",
            "Doorzettingsmacht gebruiken in een governance-project alleen om samenwerking af te dwingen",
            "'Als de gemeente vaak gebruik maakt van haar doorzettingsmacht, komt zij qua type sturing meer in de"
                    + " buurt van government en NPM' (S3:849-851); bij governance maakt de gemeente 'geen of weinig"
                    + " gebruik van haar doorzettingsmacht' (S3:2899-2902). Maar 'een gemeente kan ook"
                    + " doorzettingsmacht inzetten om samenwerking af te dwingen, waarmee het benut wordt in het kader"
                    + " van governance-doeleinden' (S3:1049-1052). Het project is het netwerk waarnaar de relatie"
                    + " loopt, of een netwerk waaraan beide partijen deelnemen; het telt als governance als zijn"
                    + " (dominante) sturingsmodel of governancetype in die fase daartoe behoort (regelparameters).");

    public Gov13DoorzettingsmachtBijGovernance() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        if (relatie.isAfdwingenSamenwerking()
                || !context.enumListParameter("gebruikWaarden", Doorzettingsmacht.class)
                        .contains(relatie.getDoorzettingsmachtGebruik())) {
            return;
        }
        List<Sturingsmodel> modellen = context.enumListParameter("sturingsmodellen", Sturingsmodel.class);
        List<Governancetype> typen = context.enumListParameter("governancetypen", Governancetype.class);
        projecten(relatie).filter(n -> Typeringen.isGovernance(n, relatie.getFase(), modellen, typen)).findFirst()
                .ifPresent(project -> context.report(relatie, ElementLabels.label(relatie)
                        + " gebruikt doorzettingsmacht in " + ElementLabels.label(project) + ", dat als governance"
                        + " wordt gestuurd: dat schuift op naar government of NPM, tenzij het dient om samenwerking"
                        + " af te dwingen", "gebruik overtuiging, of leg vast dat de doorzettingsmacht samenwerking"
                                + " afdwingt"));
    }

    /** The network the relation steers, or the networks both parties take part in. */
    private static Stream<Netwerk> projecten(Sturingsrelatie relatie) {
        if (relatie.getNaar() instanceof Netwerk netwerk) {
            return Stream.of(netwerk);
        }
        Governancemodel model = Gemeenten.model(relatie);
        if (model == null || !(relatie.getNaar() instanceof Actor naar)) {
            return Stream.empty();
        }
        return model.getNetwerken().stream()
                .filter(n -> Gemeenten.neemtDeel(n, naar) && Gemeenten.neemtDeel(n, relatie.getVan()));
    }
}

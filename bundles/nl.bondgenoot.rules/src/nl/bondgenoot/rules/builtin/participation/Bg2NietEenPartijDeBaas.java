package nl.bondgenoot.rules.builtin.participation;

import java.util.List;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Bondgenootschap;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * BG-2: in a bondgenootschap no member steers the others hierarchically (S0:861-862, 939-940). Reported
 * on the hierarchical sturingsrelatie, which is what the user changes.
 */
public final class Bg2NietEenPartijDeBaas extends AbstractRule<Bondgenootschap> {

    private static final RuleInfo INFO = new RuleInfo("BG-2", Severity.WARNING, Provenance.DOC,
            "S0:861-862, 939-940", "In een bondgenootschap is niet één partij de baas",
            "'Alle partijen zijn niet gelijk maar wel gelijkwaardig. Niet één partij is de baas. Gezamenlijk worden"
                    + " de spelregels bepaald' (S0:861-862, herhaald in S0:937-940). Een hiërarchische"
                    + " sturingsrelatie van het ene lid naar een ander lid of naar het bondgenootschap zelf past daar"
                    + " niet bij. Sturing binnen één organisatie (bijvoorbeeld van de gemeente naar haar eigen"
                    + " afdeling) telt niet.");

    public Bg2NietEenPartijDeBaas() {
        super(Bondgenootschap.class, INFO);
    }

    @Override
    public void check(Bondgenootschap bondgenootschap, RuleContext context) {
        if (!(bondgenootschap.eContainer() instanceof Governancemodel model)) {
            return;
        }
        List<Actor> leden = context.leden(bondgenootschap);
        for (Sturingsrelatie s : model.getSturingsrelaties()) {
            if (!context.geldt(s) || s.getSoort() != SturingsrelatieSoort.HIERARCHISCH || s.getVan() == null
                    || !leden.contains(s.getVan())) {
                continue;
            }
            // Steering within one organisation (a gemeente and its own afdeling) is no party over another.
            boolean overLid = s.getNaar() instanceof Actor naar && leden.contains(naar)
                    && ActorKinds.organisatieVan(naar) != ActorKinds.organisatieVan(s.getVan());
            if (overLid || s.getNaar() == bondgenootschap) {
                context.report(s, ElementLabels.label(s) + " is een hiërarchische relatie binnen "
                        + ElementLabels.label(bondgenootschap) + "; in een bondgenootschap is niet één partij de"
                        + " baas", "maak er een horizontale relatie van, bijvoorbeeld samenwerking of convenant");
            }
        }
    }
}

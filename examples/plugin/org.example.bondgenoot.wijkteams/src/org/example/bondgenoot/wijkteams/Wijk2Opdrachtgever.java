package org.example.bondgenoot.wijkteams;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * WIJK-2: an actor of the kind this plug-in contributes ({@code wijkteam}) receives at least one sturingsrelatie
 * (an opdracht, a subsidie, a contract: who steers or pays the team).
 */
public final class Wijk2Opdrachtgever extends AbstractRule<Actor> {

    /** The actor kind of plugin.xml. */
    public static final String WIJKTEAM = "wijkteam";

    private static final RuleInfo INFO = new RuleInfo("WIJK-2", Severity.INFO, Provenance.INF, "S3:3008-3012",
            "Een wijkteam heeft een opdrachtgever",
            "INF, gelezen uit S3:3008-3012: in Hengelo namen de organisaties 'vanuit hun reguliere door de gemeente"
                    + " gefinancierde werk' deel aan het wijkteam; 'er was dan ook geen specifieke opdrachtverlening,"
                    + " hoewel er indirect ... wel min of meer van een opdracht sprake was'. Een wijkteam (actor van soort"
                    + " wijkteam) waar op de peildatum geen enkele sturingsrelatie naartoe loopt, heeft in het model geen"
                    + " opdrachtgever of financier: leg vast wie het team aanstuurt of betaalt, ook als dat indirect is.");

    public Wijk2Opdrachtgever() {
        super(Actor.class, INFO);
    }

    @Override
    public void check(Actor actor, RuleContext context) {
        if (actor.getSoort() == null || !actor.getSoort().is(WIJKTEAM) || !context.geldt(actor)) {
            return;
        }
        EObject root = EcoreUtil.getRootContainer(actor);
        if (!(root instanceof Governancemodel model)) {
            return;
        }
        boolean aangestuurd = model.getSturingsrelaties().stream()
                .anyMatch(r -> r.getNaar() == actor && context.geldt(r));
        if (!aangestuurd) {
            context.report(actor, ElementLabels.label(actor) + " is een wijkteam waar geen sturingsrelatie naartoe loopt:"
                    + " het model zegt niet wie het team opdracht geeft of betaalt",
                    "leg een sturingsrelatie vast van de opdrachtgever of financier naar het wijkteam");
        }
    }
}

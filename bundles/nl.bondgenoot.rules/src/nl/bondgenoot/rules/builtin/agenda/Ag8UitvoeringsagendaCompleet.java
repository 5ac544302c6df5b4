package nl.bondgenoot.rules.builtin.agenda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * AG-8: an uitvoeringsagenda belongs to one opgave and names who is responsible, the activiteiten, the
 * kosten and the effectcheck. Which features must be filled in is data ({@code AG-8.verplicht}: names of
 * Uitvoeringsagenda features), so a project can add aanbod or competenties.
 */
public final class Ag8UitvoeringsagendaCompleet extends AbstractRule<Uitvoeringsagenda> {

    private static final RuleInfo INFO = new RuleInfo("AG-8", Severity.WARNING, Provenance.DOC,
            "S0:424-425, 1248-1253",
            "Elke uitvoeringsagenda hoort bij één opgave en noemt verantwoordelijken, activiteiten, kosten en"
                    + " effectcheck",
            "'De uitvoeringsagenda is het gezamenlijke actieplan van de partijen die verantwoordelijk zijn voor"
                    + " de uitvoering van een bepaalde opgave' (S0:424-425). Centraal staan: 'welke activiteiten"
                    + " ga je ondernemen? hoe ziet je dienstverlening eruit? wat gaat dat kosten? wat heb je nodig"
                    + " (competenties)? bereiken we het gewenste effect?' (S0:1248-1253). Welke onderdelen"
                    + " verplicht zijn staat als gegeven in de parameters.");

    public Ag8UitvoeringsagendaCompleet() {
        super(Uitvoeringsagenda.class, INFO);
    }

    @Override
    public void check(Uitvoeringsagenda u, RuleContext context) {
        List<String> missing = new ArrayList<>();
        for (String name : context.listParameter("verplicht")) {
            EStructuralFeature feature = u.eClass().getEStructuralFeature(name);
            if (feature == null) {
                throw new IllegalStateException("Parameter " + context.parameterKey("verplicht") + ": '" + name
                        + "' is geen eigenschap van een uitvoeringsagenda");
            }
            if (empty(u.eGet(feature))) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            context.report(u, ElementLabels.label(u) + " noemt geen " + String.join(", ", missing)
                    + "; een uitvoeringsagenda is het actieplan van de verantwoordelijke partijen voor één opgave",
                    "vul " + String.join(", ", missing) + " in");
        }
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.stream().allMatch(Ag8UitvoeringsagendaCompleet::empty);
    }
}

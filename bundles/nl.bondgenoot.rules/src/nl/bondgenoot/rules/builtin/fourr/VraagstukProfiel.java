package nl.bondgenoot.rules.builtin.fourr;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Rekenschap;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-4 and 4R-5: the 4R profile that fits the vraagstuk of the opgave (S0:1151-1168). The expected
 * values are data (parameters richting, ruimte, resultaat, rekenschapNiveau, rekenschapSoort; the
 * rekenschap fits when its level or its kind is one of those listed). Only declared values are judged:
 * what is missing is 4R-1's business.
 */
abstract class VraagstukProfiel extends AbstractRule<Opdrachtrelatie> {

    private final Vraagstuk vraagstuk;

    VraagstukProfiel(Vraagstuk vraagstuk, RuleInfo info) {
        super(Opdrachtrelatie.class, info);
        this.vraagstuk = vraagstuk;
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        if (FourR.vraagstuk(r) != vraagstuk) {
            return;
        }
        Deviations deviations = new Deviations(context);
        deviations.compare("richting", FourR.richting(r));
        deviations.compare("ruimte", FourR.ruimte(r));
        ResultaatSoort resultaat = r.getResultaat() == null ? ResultaatSoort.ONBEKEND : r.getResultaat().getSoort();
        deviations.compare("resultaat", resultaat);
        checkRekenschap(r.getRekenschap(), context, deviations);
        if (!deviations.isEmpty()) {
            context.report(r, ElementLabels.label(r) + " hoort bij een " + Labels.of(vraagstuk)
                    + " vraagstuk maar wijkt af van het bijpassende 4R-profiel: " + deviations.deviations(),
                    deviations.repairs() + " (of herzie het vraagstuk van de opgave)");
        }
    }

    private static void checkRekenschap(Rekenschap rekenschap, RuleContext context, Deviations deviations) {
        if (rekenschap == null) {
            return;
        }
        List<Niveau> niveaus = context.enumListParameter("rekenschapNiveau", Niveau.class);
        List<RekenschapSoort> soorten = context.enumListParameter("rekenschapSoort", RekenschapSoort.class);
        Niveau niveau = rekenschap.getNiveau();
        RekenschapSoort soort = rekenschap.getSoort();
        boolean niveauJudged = niveau != Niveau.ONBEKEND && !niveaus.isEmpty();
        boolean soortJudged = soort != RekenschapSoort.ONBEKEND && !soorten.isEmpty();
        if (!niveauJudged && !soortJudged || niveaus.contains(niveau) || soorten.contains(soort)) {
            return;
        }
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        if (niveauJudged) {
            actual.add(Labels.of(niveau));
        }
        if (soortJudged) {
            actual.add(Labels.of(soort));
        }
        if (!niveaus.isEmpty()) {
            expected.add(FourR.alternatives(niveaus));
        }
        if (!soorten.isEmpty()) {
            expected.add("soort " + FourR.alternatives(soorten));
        }
        String verwacht = String.join(" of ", expected);
        deviations.add("rekenschap " + String.join("/", actual) + " (verwacht " + verwacht + ")",
                "zet rekenschap op " + verwacht);
    }
}

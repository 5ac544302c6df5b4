package nl.bondgenoot.rules.builtin.governance;

import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Probleemstatus;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-10: an NPM instrument on an opgave whose problem is unclear or contested; governance fits better (S3:577-579). */
public final class Gov10NpmBijOnduidelijkProbleem extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-10", Severity.WARNING, Provenance.DOC,
            "S3 Figure 1, S3:577-579, 3337-3343",
            "Geen NPM-instrument (contract, aanbesteding, uitbesteding) bij een onduidelijk of omstreden probleem",
            "NPM 'veronderstelt dat duidelijk is wat het probleem precies inhoudt en dat er overeenstemming is tussen"
                    + " betrokken partijen over de aanpak. Dat is bij complexe vraagstukken juist niet het geval'"
                    + " (S3:577-579). Figuur 1 plaatst governance bij 'onduidelijkheid wat precies het probleem is;"
                    + " partijen zijn het niet eens', en 'de governance-benadering past beter bij het streven naar"
                    + " samenwerking' (S3:3337-3343). Welke instrumenten NPM zijn en welke probleemstatussen"
                    + " tellen, staat als gegevens in de regelparameters.");

    public Gov10NpmBijOnduidelijkProbleem() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        Opgave opgave = relatie.getOpgave();
        if (opgave == null
                || !context.enumListParameter("npmInstrumenten", SturingsrelatieSoort.class).contains(relatie.getSoort())
                || !context.enumListParameter("probleemstatussen", Probleemstatus.class).contains(opgave.getProbleem())) {
            return;
        }
        context.report(relatie, ElementLabels.label(relatie) + " is een " + Labels.of(relatie.getSoort())
                + " voor " + ElementLabels.label(opgave) + ", waarvan het probleem " + Labels.of(opgave.getProbleem())
                + " is: NPM veronderstelt een duidelijk probleem en overeenstemming over de aanpak; governance past"
                + " beter", "kies een governance-instrument (samenwerking, convenant, regie)");
    }
}

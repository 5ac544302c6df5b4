package nl.bondgenoot.rules.builtin.governance;

import java.util.List;

import nl.bondgenoot.model.BcfStap;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * GOV-15: BCF goes beleid, opdracht, offerte, overeenkomst, subsidiebeschikking (S3:504-513). The
 * steps taken so far must be the start of that order, without skipping; the order is data.
 */
public final class Gov15BcfVolgorde extends AbstractRule<Sturingsrelatie> {

    private static final RuleInfo INFO = new RuleInfo("GOV-15", Severity.WARNING, Provenance.DOC, "S3:504-513",
            "BCF volgt beleid, opdracht, offerte, overeenkomst, subsidiebeschikking",
            "Beleidsgestuurde Contractfinanciering werkt zo: 'de lokale overheid stelt haar beleid vast; daarna"
                    + " formuleert de overheid een opdracht aan één of meerdere maatschappelijke ondernemingen, die een"
                    + " offerte opstellen; overheid en instelling sluiten vervolgens een overeenkomst, waarna de"
                    + " overheid op basis van de overeenkomst een subsidiebeschikking afgeeft' (S3:504-513). De"
                    + " doorlopen stappen van een BCF-relatie moeten het begin van die volgorde zijn, zonder"
                    + " overgeslagen stappen.");

    public Gov15BcfVolgorde() {
        super(Sturingsrelatie.class, INFO);
    }

    @Override
    public void check(Sturingsrelatie relatie, RuleContext context) {
        List<BcfStap> stappen = relatie.getBcfStappen();
        if (relatie.getSoort() != SturingsrelatieSoort.BCF || stappen.isEmpty()) {
            return;
        }
        List<BcfStap> volgorde = context.enumListParameter("volgorde", BcfStap.class);
        if (stappen.size() > volgorde.size() || !volgorde.subList(0, stappen.size()).equals(stappen)) {
            context.report(relatie, ElementLabels.label(relatie) + " doorloopt de BCF-stappen " + pijlen(stappen)
                    + "; BCF volgt " + pijlen(volgorde), "zet de stappen in de volgorde " + pijlen(volgorde));
        }
    }

    private static String pijlen(List<BcfStap> stappen) {
        return String.join(" \u2192 ", stappen.stream().map(Labels::of).toList());
    }
}

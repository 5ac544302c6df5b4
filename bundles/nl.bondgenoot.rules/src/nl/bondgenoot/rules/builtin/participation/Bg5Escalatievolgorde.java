package nl.bondgenoot.rules.builtin.participation;

import java.util.List;

import nl.bondgenoot.model.Arrangement;
import nl.bondgenoot.model.Ondersteuningsniveau;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * BG-5: an arrangement deploys support in the escalation order eigen kracht, sociaal netwerk, algemene
 * voorziening, maatwerkvoorziening (S1:397-402; S3:1616-1619, 1442-1444). The order is data.
 */
public final class Bg5Escalatievolgorde extends AbstractRule<Arrangement> {

    private static final RuleInfo INFO = new RuleInfo("BG-5", Severity.WARNING, Provenance.DOC,
            "S1:397-402; S3:1616-1619, 1442-1444", "Ondersteuning volgt de escalatievolgorde",
            "'Het stimuleren en versterken van de eigen, individuele kracht is het begin. Als mensen hulp nodig"
                    + " hebben wordt eerst gekeken naar het sociale netwerk ... Vervolgens kunnen algemene"
                    + " voorzieningen ingezet worden. En als het echt niet anders kan dan wordt er pas maatwerk"
                    + " geleverd' (S1:397-402; zo ook de zelfredzaamheidsladder, S3:1616-1619, en de"
                    + " compensatieplicht, S3:1442-1444). Een arrangement zet de niveaus in die volgorde in; een"
                    + " niveau overslaan mag, teruggaan naar een lichter niveau na een zwaarder niet.");

    public Bg5Escalatievolgorde() {
        super(Arrangement.class, INFO);
    }

    @Override
    public void check(Arrangement arrangement, RuleContext context) {
        List<Ondersteuningsniveau> volgorde = context.enumListParameter("volgorde", Ondersteuningsniveau.class);
        Ondersteuningsniveau zwaarste = null;
        for (Ondersteuningsniveau niveau : arrangement.getNiveaus()) {
            if (!volgorde.contains(niveau)) {
                continue;
            }
            if (zwaarste != null && volgorde.indexOf(niveau) < volgorde.indexOf(zwaarste)) {
                context.report(arrangement, ElementLabels.label(arrangement) + " zet " + Labels.of(niveau)
                        + " pas in na " + Labels.of(zwaarste) + "; de volgorde is "
                        + String.join(" -> ", volgorde.stream().map(Labels::of).toList()),
                        "zet " + Labels.of(niveau) + " eerst in");
                return;
            }
            if (zwaarste == null || volgorde.indexOf(niveau) > volgorde.indexOf(zwaarste)) {
                zwaarste = niveau;
            }
        }
    }
}

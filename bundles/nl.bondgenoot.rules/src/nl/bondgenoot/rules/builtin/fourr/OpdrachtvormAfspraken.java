package nl.bondgenoot.rules.builtin.fourr;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.bondgenoot.model.Afspraakinhoud;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opdrachtvorm;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-11 to 4R-13: each opdrachtvorm of S1 Schema 5 comes with its own agreements. Which agreements a
 * vorm needs ({@code vereisteAfspraken}) and which do not belong to it ({@code ongepasteAfspraken}) is
 * data.
 */
abstract class OpdrachtvormAfspraken extends AbstractRule<Opdrachtrelatie> {

    private final Opdrachtvorm vorm;

    OpdrachtvormAfspraken(Opdrachtvorm vorm, RuleInfo info) {
        super(Opdrachtrelatie.class, info);
        this.vorm = vorm;
    }

    @Override
    public final void check(Opdrachtrelatie r, RuleContext context) {
        if (r.getOpdrachtvorm() != vorm) {
            return;
        }
        String subject = ElementLabels.label(r) + " (opdracht " + Labels.of(vorm) + ")";
        Set<Afspraakinhoud> missing = new LinkedHashSet<>(
                context.enumListParameter("vereisteAfspraken", Afspraakinhoud.class));
        missing.removeAll(r.getAfspraken());
        if (!missing.isEmpty()) {
            context.report(r, subject + " maakt geen afspraken over " + FourR.labels(missing) + "; " + needs(),
                    "leg afspraken vast over " + FourR.labels(missing));
        }
        Set<Afspraakinhoud> improper = new LinkedHashSet<>(
                context.enumListParameter("ongepasteAfspraken", Afspraakinhoud.class));
        improper.retainAll(r.getAfspraken());
        if (!improper.isEmpty()) {
            context.report(r, subject + " maakt afspraken over " + FourR.labels(improper) + "; " + needs(),
                    "laat de afspraken over " + FourR.labels(improper) + " los of kies een andere opdrachtvorm");
        }
        checkMore(r, subject, context);
    }

    /** What the seed says this vorm agrees on, for the messages. */
    abstract String needs();

    /** Further checks of one vorm. */
    void checkMore(Opdrachtrelatie r, String subject, RuleContext context) {
    }
}

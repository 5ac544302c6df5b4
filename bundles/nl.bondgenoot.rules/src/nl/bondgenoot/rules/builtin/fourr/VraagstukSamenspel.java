package nl.bondgenoot.rules.builtin.fourr;

import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * 4R-9 and 4R-10: the samenspel of gemeente and instelling that fits the vraagstuk of the opgave
 * (S0 Figuur 10, S1 Schema 5). The expected gemeentemodel and instellingstrategie are data
 * (parameters gemeentemodel, instellingstrategie); each rule adds what else its vraagstuk asks. Only
 * declared values are judged.
 */
abstract class VraagstukSamenspel extends AbstractRule<Opdrachtrelatie> {

    private final Vraagstuk vraagstuk;

    VraagstukSamenspel(Vraagstuk vraagstuk, RuleInfo info) {
        super(Opdrachtrelatie.class, info);
        this.vraagstuk = vraagstuk;
    }

    @Override
    public final void check(Opdrachtrelatie r, RuleContext context) {
        if (FourR.vraagstuk(r) != vraagstuk) {
            return;
        }
        Deviations deviations = new Deviations(context);
        deviations.compare("gemeentemodel", r.getGemeentemodel());
        deviations.compare("instellingstrategie", r.getInstellingstrategie());
        checkMore(r, context, deviations);
        if (!deviations.isEmpty()) {
            context.report(r, ElementLabels.label(r) + " hoort bij een " + Labels.of(vraagstuk) + " vraagstuk;"
                    + " daarbij past " + fits() + ": " + deviations.deviations(), deviations.repairs());
        }
    }

    /** What fits the vraagstuk, for the message: "een ander samenspel". */
    abstract String fits();

    /** What else the vraagstuk asks of the samenspel. */
    abstract void checkMore(Opdrachtrelatie r, RuleContext context, Deviations deviations);
}

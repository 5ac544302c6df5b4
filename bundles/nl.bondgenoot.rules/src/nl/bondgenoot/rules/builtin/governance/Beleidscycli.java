package nl.bondgenoot.rules.builtin.governance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.model.Beleidscyclus;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Faseperiode;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.RuleContext;

/** The beleidscycli the rules judge: the undated one and the dated ones that hold on the peildatum, with their fasen. */
final class Beleidscycli {

    private Beleidscycli() {
    }

    /** The model's beleidscyclus (if any) and those of its successive cycli that hold on the peildatum. */
    static List<Beleidscyclus> geldend(Governancemodel model, RuleContext context) {
        List<Beleidscyclus> cycli = new ArrayList<>();
        if (model.getBeleidscyclus() != null) {
            cycli.add(model.getBeleidscyclus());
        }
        model.getBeleidscycli().stream().filter(context::geldt).forEach(cycli::add);
        return cycli;
    }

    /** The fasen a cyclus models: its list of fasen and the fasen it dates. */
    static Set<Beleidsfase> fasen(Beleidscyclus cyclus) {
        Set<Beleidsfase> fasen = EnumSet.noneOf(Beleidsfase.class);
        fasen.addAll(cyclus.getFasen());
        for (Faseperiode fase : cyclus.getFaseperioden()) {
            if (fase.getFase() != null) {
                fasen.add(fase.getFase());
            }
        }
        return fasen;
    }
}

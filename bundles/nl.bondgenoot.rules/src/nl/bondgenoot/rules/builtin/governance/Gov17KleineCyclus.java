package nl.bondgenoot.rules.builtin.governance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Rol;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-17: a model whose phases are only kaderstelling and uitvoering runs the "kleine cyclus" (S3:1177-1187). */
public final class Gov17KleineCyclus extends AbstractRule<Governancemodel> {

    private static final RuleInfo INFO = new RuleInfo("GOV-17", Severity.WARNING, Provenance.DOC, "S3:1177-1187",
            "Alleen kaderstelling en uitvoering gemodelleerd: de 'kleine cyclus'",
            "Binnen de beleidscyclus is fase twee en drie (kaderstelling/contractering, uitvoering/verantwoording)"
                    + " een kleine cyclus met het accent op NPM. 'Vaak doorlopen gemeente en instellingen alleen de"
                    + " kleine cyclus, wat ten koste gaat van de analyse van aan te pakken maatschappelijke problemen"
                    + " en de koersbepaling' (S3:1177-1187). De gemodelleerde fasen zijn die van de beleidscyclus en"
                    + " de fasen van de rollen in de netwerken; ontbreken verkenning en evaluatie, dan wordt"
                    + " gewaarschuwd. Bij opeenvolgende, gedateerde beleidscycli tellen de cycli die op de peildatum"
                    + " gelden, met hun gedateerde fasen, en de rollen die dan gelden (S3:2745-2751).");

    public Gov17KleineCyclus() {
        super(Governancemodel.class, INFO);
    }

    @Override
    public void check(Governancemodel model, RuleContext context) {
        Set<Beleidsfase> fasen = EnumSet.noneOf(Beleidsfase.class);
        List<nl.bondgenoot.model.Beleidscyclus> cycli = Beleidscycli.geldend(model, context);
        cycli.forEach(cyclus -> fasen.addAll(Beleidscycli.fasen(cyclus)));
        for (Netwerk netwerk : model.getNetwerken()) {
            netwerk.getRollen().stream().filter(context::geldt).map(Rol::getFase).forEach(fasen::add);
        }
        fasen.remove(Beleidsfase.ONBEKEND);
        List<Beleidsfase> kleineCyclus = context.enumListParameter("kleineCyclus", Beleidsfase.class);
        if (!fasen.isEmpty() && kleineCyclus.containsAll(fasen)) {
            context.report(cycli.isEmpty() ? model : cycli.get(0),
                    ElementLabels.label(model) + " modelleert alleen de fasen "
                            + DutchLists.labels(fasen, "en") + ": dat is de kleine cyclus, zonder maatschappelijke"
                            + " verkenning en evaluatie", "voeg de fasen verkenning en evaluatie toe");
        }
    }
}

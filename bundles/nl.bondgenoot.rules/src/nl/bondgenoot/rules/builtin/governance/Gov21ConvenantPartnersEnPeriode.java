package nl.bondgenoot.rules.builtin.governance;

import java.time.LocalDate;
import java.util.List;

import nl.bondgenoot.model.AfspraakSoort;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.builtin.DutchLists;
import nl.bondgenoot.rules.engine.ElementLabels;

/** GOV-21: a convenant has at least two partners and a period, and all samenwerkingspartners signed it. */
public final class Gov21ConvenantPartnersEnPeriode extends AbstractRule<Convenant> {

    private static final RuleInfo INFO = new RuleInfo("GOV-21", Severity.WARNING, Provenance.INF,
            "S4:972-980; S3:2726",
            "Een convenant heeft minstens twee partners en een periode, en alle samenwerkingspartners tekenen",
            "'Als alle samenwerkingspartijen een convenant tekenen, leggen ze vast dat zij een gezamenlijke"
                    + " commitment aangaan' (S4:972-980); het convenant 'Leven in het Dorp' wordt 'periodiek herijkt'"
                    + " (S3:2726). INF: de bron zegt 'als alle ... tekenen', geen eis; wij lezen daaruit dat een"
                    + " convenant minstens twee partners en een begin of looptijd heeft, en dat alle organisaties van"
                    + " het samenwerkingsverband waarvoor het geldt tekenen. Tekenen is geen pressiemiddel (S4:979-980)."
                    + " De regel vergelijkt op datum: de partners met wie bij het begin van het convenant lid van het"
                    + " samenwerkingsverband was (volgens hun lidmaatschappen; zonder begin: op de peildatum), zodat een"
                    + " convenant van 2003 niet wordt gelegd naast het netwerk van 2011 (S3:2283-2286, 2362-2364). Een"
                    + " convenant dat op de peildatum niet geldt (afgelopen of nog niet begonnen), wordt niet beoordeeld.");

    public Gov21ConvenantPartnersEnPeriode() {
        super(Convenant.class, INFO);
    }

    @Override
    public void check(Convenant convenant, RuleContext context) {
        if (convenant.getSoort() != AfspraakSoort.CONVENANT) {
            return;
        }
        String label = ElementLabels.label(convenant);
        int minimum = context.intParameter("minimumPartners");
        long partners = convenant.getPartners().stream().distinct().count();
        if (partners < minimum) {
            context.report(convenant, label + " heeft " + partners + (partners == 1 ? " partner" : " partners")
                    + "; een convenant heeft er minstens " + minimum, "voeg de partners toe die tekenen");
        }
        Periode periode = convenant.getPeriode();
        boolean gedateerd = periode != null && (periode.getVan() != null || periode.getTot() != null);
        if (!gedateerd && blank(convenant.getPeriodeVan()) && blank(convenant.getPeriodeTot())) {
            context.report(convenant, label + " heeft geen periode", "vul de looptijd van het convenant in");
        }
        if (convenant.getNetwerk() != null) {
            LocalDate begin = Periodes.van(periode);
            LocalDate datum = begin != null ? begin : context.peildatum();
            List<String> nietGetekend = Geldigheid.ledenOp(convenant.getNetwerk(), datum).stream()
                    .filter(a -> ActorKinds.isOrganisatie(a) && !convenant.getPartners().contains(a))
                    .map(ElementLabels::label).toList();
            if (!nietGetekend.isEmpty()) {
                context.report(convenant, label + " is niet getekend door " + DutchLists.join(nietGetekend, "en")
                        + ", samenwerkingspartner in " + ElementLabels.label(convenant.getNetwerk())
                        // no date when it is the peildatum: today's date would make every run's output differ
                        + (begin != null ? " bij het begin van het convenant (" + begin + ")" : ""),
                        "laat alle samenwerkingspartners tekenen");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

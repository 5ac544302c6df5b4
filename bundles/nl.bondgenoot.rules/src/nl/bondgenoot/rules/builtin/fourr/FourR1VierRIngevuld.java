package nl.bondgenoot.rules.builtin.fourr;

import static nl.bondgenoot.rules.builtin.fourr.FourR.blank;

import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.RekenschapSoort;
import nl.bondgenoot.model.ResultaatSoort;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/** 4R-1: an opdrachtrelatie specifies all four R's, and its richting says something. */
public final class FourR1VierRIngevuld extends AbstractRule<Opdrachtrelatie> {

    private static final RuleInfo INFO = new RuleInfo("4R-1", Severity.ERROR, Provenance.INF,
            "S0:1103-1112, S1:556-557",
            "Alle vier R's zijn ingevuld en de richting is niet leeg",
            "Het beleid geeft de Richting aan, laat Ruimte voor de praktijk, maar verwacht wel Resultaat en"
                    + " Rekenschap (Schnabel, S0:1103-1104). Bij een meervoudig vraagstuk is de richting 'vaak"
                    + " niet meer dan de beschrijving van de opgave' (S0:1109-1112), en de maatschappelijke"
                    + " effecten 'vormen immers de richting van de uitvoering' (S1:556-557): ook dan is de"
                    + " richting dus niet leeg. INF: dat een opdrachtrelatie zonder alle vier R's onvolledig is"
                    + " (een fout), is onze lezing; een R telt als ingevuld met een niveau, soort of tekst, de"
                    + " richting alleen met een tekst.");

    public FourR1VierRIngevuld() {
        super(Opdrachtrelatie.class, INFO);
    }

    @Override
    public void check(Opdrachtrelatie r, RuleContext context) {
        List<String> missing = new ArrayList<>();
        if (r.getRichting() == null || blank(r.getRichting().getTekst())) {
            missing.add("richting");
        }
        if (r.getRuimte() == null
                || r.getRuimte().getNiveau() == Niveau.ONBEKEND && blank(r.getRuimte().getTekst())) {
            missing.add("ruimte");
        }
        if (r.getResultaat() == null
                || r.getResultaat().getSoort() == ResultaatSoort.ONBEKEND && blank(r.getResultaat().getTekst())) {
            missing.add("resultaat");
        }
        if (r.getRekenschap() == null || r.getRekenschap().getNiveau() == Niveau.ONBEKEND
                && r.getRekenschap().getSoort() == RekenschapSoort.ONBEKEND && blank(r.getRekenschap().getTekst())) {
            missing.add("rekenschap");
        }
        if (missing.isEmpty()) {
            return;
        }
        String hint = missing.get(0).equals("richting") && FourR.vraagstuk(r) == Vraagstuk.MEERVOUDIG
                ? "neem de beschrijving van de opgave of het beoogde effect op als richting"
                : "vul " + String.join(", ", missing) + " in";
        context.report(r, ElementLabels.label(r) + " mist " + String.join(", ", missing)
                + "; beleid geeft richting, laat ruimte en verwacht resultaat en rekenschap", hint);
    }
}

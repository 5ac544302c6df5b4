package nl.bondgenoot.rules.builtin.participation;

import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * BG-4: burgers take part in projects "ja, tenzij": participation below a threshold (ADVISEREN) needs a
 * recorded justification (S3:3406-3409; the threshold is INF).
 */
public final class Bg4ParticipatieJaTenzij extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("BG-4", Severity.WARNING, Provenance.INF, "S3:3406-3409",
            "Burgerparticipatie in projecten: ja, tenzij (gemotiveerd)",
            "Moeten burgers ook bij concrete projecten betrokken worden? 'Het antwoord moet zijn: ja, tenzij het"
                    + " project van dien aard is dat dit niet echt nodig is' (S3:3406-3409). Blijft de participatie"
                    + " onder het drempelniveau, dan hoort daar een motivering bij. INF: de drempel (standaard"
                    + " adviseren) is onze keuze. Bondgenoot volgt de volgorde van S3, waarin adviseren onder"
                    + " geraadpleegd ligt; op de ladder van S4 (informeren, raadplegen, adviseren) zou ook"
                    + " raadplegen onder de drempel vallen.");

    public Bg4ParticipatieJaTenzij() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        Participatie p = netwerk.getParticipatie();
        if (p == null || p.getNiveau() == Burgerparticipatie.ONBEKEND) {
            return; // nothing recorded: BG-3 asks for the level where burgers take part
        }
        Burgerparticipatie drempel = context.enumParameter("minimumNiveau", Burgerparticipatie.class);
        boolean gemotiveerd = p.getMotivering() != null && !p.getMotivering().isBlank();
        if (p.getNiveau().getValue() < drempel.getValue() && !gemotiveerd) {
            context.report(netwerk, "Burgers zijn in " + ElementLabels.label(netwerk) + " alleen "
                    + Labels.of(p.getNiveau()) + ", onder het niveau " + Labels.of(drempel) + ", zonder motivering; bij"
                    + " projecten geldt 'ja, tenzij'", "motiveer waarom burgers niet meer betrokken worden");
        }
    }
}

package nl.bondgenoot.rules.builtin.participation;

import java.util.List;

import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.Participatieladder;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * BG-4: burgers take part in projects "ja, tenzij" (S3:3406-3409): a netwerk that records no
 * participation at all, and every recorded participation below a threshold (ADVISEREN), needs a
 * recorded justification. Participation is recorded on the netwerk (as a whole and per burgergroep or
 * fase) and on a maatschappelijke agenda, an opgave and a uitvoeringsagenda; each is checked where it
 * is written.
 */
public final class Bg4ParticipatieJaTenzij extends AbstractRule<Element> {

    private static final RuleInfo INFO = new RuleInfo("BG-4", Severity.WARNING, Provenance.INF, "S3:3406-3409",
            "Burgerparticipatie in projecten: ja, tenzij (gemotiveerd)",
            "Moeten burgers ook bij concrete projecten betrokken worden? 'Het antwoord moet zijn: ja, tenzij het"
                    + " project van dien aard is dat dit niet echt nodig is' (S3:3406-3409). Legt een netwerk geen"
                    + " enkele burgerparticipatie vast, of blijft een vastgelegde participatie (van het netwerk, een"
                    + " burgergroep, een maatschappelijke agenda, een opgave of een uitvoeringsagenda) onder het"
                    + " drempelniveau, dan hoort daar een motivering bij. Een participatie zonder niveau maar met een"
                    + " motivering zegt waarom burgers niet betrokken worden. Een project dat het ontbreken van"
                    + " participatie niet gemeld wil hebben, zet in zijn regelprofiel BG-4.ookZonderParticipatie = nee."
                    + " INF: de drempel (standaard adviseren) is onze keuze, en dat ook het ontbreken van participatie"
                    + " een melding geeft is onze lezing van 'ja, tenzij'. Bondgenoot volgt de treden van S3, waarin"
                    + " adviseren onder geraadpleegd ligt en coproductie en meebeslissen op één trede staan; op de"
                    + " ladder van S4 (informeren, raadplegen, adviseren, coproductie, meebeslissen, S4:286-287)"
                    + " zou ook raadplegen onder de drempel vallen.");

    public Bg4ParticipatieJaTenzij() {
        super(Element.class, INFO);
    }

    @Override
    public void check(Element element, RuleContext context) {
        List<Participatie> vastgelegd = Participaties.van(element);
        if (element instanceof Netwerk netwerk && vastgelegd.isEmpty()) {
            if (context.booleanParameter("ookZonderParticipatie")) {
                context.report(netwerk, ElementLabels.label(netwerk) + " legt geen burgerparticipatie vast; bij"
                        + " projecten geldt 'ja, tenzij'", "leg vast hoe burgers betrokken zijn, of motiveer waarom niet");
            }
            return;
        }
        Burgerparticipatie drempel = context.enumParameter("minimumNiveau", Burgerparticipatie.class);
        for (Participatie p : vastgelegd) {
            boolean gemotiveerd = p.getMotivering() != null && !p.getMotivering().isBlank();
            // no level recorded: BG-3 asks for it where burgers take part
            if (p.getNiveau() != Burgerparticipatie.ONBEKEND && Participatieladder.onder(p.getNiveau(), drempel)
                    && !gemotiveerd) {
                context.report(element, wie(p) + " in " + ElementLabels.label(element) + " alleen "
                        + Labels.of(p.getNiveau()) + ", onder het niveau " + Labels.of(drempel) + ", zonder motivering;"
                        + " bij projecten geldt 'ja, tenzij'", "motiveer waarom burgers niet meer betrokken worden");
            }
        }
    }

    private static String wie(Participatie p) {
        String groep = p.getBurgergroep();
        return groep == null || groep.isBlank() ? "Burgers zijn" : "Burgers (" + groep.strip() + ") zijn";
    }
}

package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Kenmerkscore;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/** BEO-8: an assessment names an installed instrument, and its answers, judgements and scores name its items. */
public final class Beo8OnbekendeVerwijzing extends AbstractRule<EObject> {

    private static final RuleInfo INFO = new RuleInfo("BEO-8", Severity.ERROR, Provenance.INF, "S4:198-356; S0:1373-1440; S2:2649-2691, 3766-3806",
            "Een beoordeling verwijst naar een geïnstalleerd instrument en naar zijn vragen, indicatoren en kenmerken",
            "De vragen, indicatoren, kenmerken en ambities zijn data van het instrument; een beoordeling legt alleen"
                    + " antwoorden, oordelen en scores vast met hun id. Een id die het instrument niet kent (een tikfout,"
                    + " of een ander instrument), of een instrument dat niet is geïnstalleerd, laat een antwoord nergens bij"
                    + " horen: het telt niet mee in de voortgang, het oordeel of het webdiagram. INF.");

    public Beo8OnbekendeVerwijzing() {
        super(EObject.class, INFO);
    }

    @Override
    public void check(EObject element, RuleContext context) {
        if (element instanceof Beoordeling beoordeling) {
            if (beoordeling.getInstrumentId() == null || Instrumenten.find(beoordeling.getInstrumentId()).isEmpty()) {
                context.report(beoordeling, "Beoordeling '" + beoordeling.getNaam() + "': instrument '" + beoordeling.getInstrumentId()
                        + "' is niet geïnstalleerd; geïnstalleerd zijn " + String.join(", ",
                                Instrumenten.alle().stream().map(Instrument::id).toList()), "installeer de plug-in van het instrument");
            }
            return;
        }
        Optional<Instrument> instrument = Beoordelingen.instrument(element);
        if (instrument.isEmpty()) {
            return;
        }
        Instrument i = instrument.get();
        if (element instanceof Antwoord a && i.item(a.getVraagId() == null ? "" : a.getVraagId()).isEmpty()) {
            context.report(a, "Antwoord op '" + a.getVraagId() + "': " + i.naam() + " heeft geen vraag met die id");
        } else if (element instanceof Indicatoroordeel o && i.indicator(o.getIndicatorId() == null ? "" : o.getIndicatorId()).isEmpty()) {
            context.report(o, "Oordeel over '" + o.getIndicatorId() + "': " + i.naam() + " heeft geen indicator met die id");
        } else if (element instanceof Kenmerkscore s && i.item(s.getKenmerkId() == null ? "" : s.getKenmerkId()).isEmpty()) {
            context.report(s, "Score voor '" + s.getKenmerkId() + "': " + i.naam() + " heeft geen kenmerk met die id");
        } else if (element instanceof Plateaukeuze p && i.item(p.getAmbitieId() == null ? "" : p.getAmbitieId()).isEmpty()) {
            context.report(p, "Plateaukeuze voor '" + p.getAmbitieId() + "': " + i.naam() + " heeft geen ambitie met die id");
        }
    }
}

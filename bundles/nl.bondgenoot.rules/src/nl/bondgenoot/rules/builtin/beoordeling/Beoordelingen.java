package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/** What the assessment rules share: the assessment an element is in, its instrument, and how to name things. */
final class Beoordelingen {

    private Beoordelingen() {
    }

    /** The assessment the element is in (the root of its .beoordeling), or null in a model. */
    static Beoordeling van(EObject element) {
        return EcoreUtil.getRootContainer(element) instanceof Beoordeling b ? b : null;
    }

    /** The instrument of the assessment the element is in; empty when it is not installed (BEO-8 says so). */
    static Optional<Instrument> instrument(EObject element) {
        Beoordeling b = van(element);
        return b == null || b.getInstrumentId() == null ? Optional.empty() : Instrumenten.find(b.getInstrumentId());
    }

    /** "Travers (teamleider)", or "zonder respondent". */
    static String respondent(Antwoord antwoord) {
        Respondent r = antwoord.getRespondent();
        if (r == null) {
            return "zonder respondent";
        }
        String naam = r.getActor() != null && r.getActor().getNaam() != null ? r.getActor().getNaam()
                : r.getNaam() != null && !r.getNaam().isBlank() ? r.getNaam() : "respondent zonder naam";
        return r.getRol() == null || r.getRol().isBlank() ? naam : naam + " (" + r.getRol() + ")";
    }

    /** Where an item's guidance is: its richtlijn's lines, else its data's richtlijn column. */
    static String richtlijnBron(Instrument.Item item) {
        if (item.richtlijn() != null && item.richtlijn().bron() != null && !item.richtlijn().bron().isBlank()) {
            return item.richtlijn().bron();
        }
        return item.waarde("richtlijn");
    }
}

package nl.bondgenoot.rules.builtin.participation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Uitvoeringsagenda;

/** Where participation is recorded: on a netwerk (as a whole and per burgergroep or fase), an agenda or an opgave. */
final class Participaties {

    private Participaties() {
    }

    /** The participation recorded on this element itself, in the order written; empty for other elements. */
    static List<Participatie> van(EObject element) {
        if (element instanceof Netwerk netwerk) {
            List<Participatie> all = new ArrayList<>();
            if (netwerk.getParticipatie() != null) {
                all.add(netwerk.getParticipatie());
            }
            all.addAll(netwerk.getParticipaties());
            return all;
        }
        if (element instanceof MaatschappelijkeAgenda agenda) {
            return agenda.getParticipatie();
        }
        if (element instanceof Opgave opgave) {
            return opgave.getParticipatie();
        }
        if (element instanceof Uitvoeringsagenda agenda) {
            return agenda.getParticipatie();
        }
        return List.of();
    }
}

package nl.bondgenoot.agenda.ide.symbols;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Burgerparticipatie;
import nl.bondgenoot.model.Effect;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Indicator;
import nl.bondgenoot.model.MaatschappelijkeAgenda;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Participatie;
import nl.bondgenoot.model.Terugmelding;
import nl.bondgenoot.model.Uitvoeringsagenda;
import nl.bondgenoot.model.Veranderagenda;
import nl.bondgenoot.model.labels.Labels;

/**
 * The outline of an agenda in words an advisor reads: "Opgave MultiprobleemGezinnen", "Effect
 * Zelfredzaamheid". Only the three agendas and their effects, indicators, opgaven,
 * opdrachtrelaties, participations and terugmeldingen appear; a null name leaves an element (and the file's model) out of the outline.
 */
public class AgendaSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        if (object instanceof Veranderagenda agenda) {
            return hasName(agenda) ? "Veranderagenda " + agenda.getNaam() : "Veranderagenda";
        }
        if (object instanceof Opdrachtrelatie relatie) {
            return hasName(relatie) ? "Opdrachtrelatie " + relatie.getNaam() : "Opdrachtrelatie" + parties(relatie);
        }
        if (object instanceof Participatie participatie) {
            return participatie(participatie);
        }
        if (object instanceof Terugmelding terugmelding) {
            String wat = terugmelding.getWat();
            return wat == null || wat.isBlank() ? "Terugmelding" : "Terugmelding " + wat.strip();
        }
        if (object instanceof MaatschappelijkeAgenda || object instanceof Effect || object instanceof Indicator
                || object instanceof Opgave || object instanceof Uitvoeringsagenda) {
            Element element = (Element) object;
            return hasName(element) ? Labels.typeOf(element.eClass()) + " " + element.getNaam() : null;
        }
        return null;
    }

    /** A participation is known by its group and level: "Participatie mantelzorgers: geraadpleegd". */
    private static String participatie(Participatie p) {
        String groep = p.getBurgergroep() == null || p.getBurgergroep().isBlank() ? "" : " " + p.getBurgergroep().strip();
        String niveau = p.getNiveau() == Burgerparticipatie.ONBEKEND ? "" : ": " + Labels.of(p.getNiveau());
        return "Participatie" + groep + niveau;
    }

    /** An unnamed opdrachtrelatie is known by its parties: "Gemeente Zwolle → Travers, De Kern". */
    private static String parties(Opdrachtrelatie relatie) {
        String opdrachtgever = name(relatie.getOpdrachtgever());
        String opdrachtnemers = relatie.getOpdrachtnemers().stream().map(AgendaSymbolNames::name).collect(Collectors.joining(", "));
        if (opdrachtgever.isEmpty() && opdrachtnemers.isEmpty()) {
            return "";
        }
        return " " + (opdrachtgever.isEmpty() ? "?" : opdrachtgever) + " → " + (opdrachtnemers.isEmpty() ? "?" : opdrachtnemers);
    }

    private static String name(Actor actor) {
        return actor == null || actor.eIsProxy() || actor.getNaam() == null ? "" : actor.getNaam();
    }

    private static boolean hasName(Element element) {
        return element.getNaam() != null && !element.getNaam().isBlank();
    }
}

package nl.bondgenoot.diagram.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.tijd.Geldigheid;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.representation.look.Legend;

/**
 * The map at a peildatum (a view setting, {@link Notation#peildatum()}): what does not hold on that
 * date is faded, as a filter that fades does (the browser's filter CSS and the export's faded groups
 * apply it), so that the layout stays and the reader still sees what came before or after. The filter
 * panel and the legend say the date.
 */
public final class PeildatumView {

    /** The id under which the faded elements fail, like a filter of the description. */
    static final String FILTER = "peildatum";

    private PeildatumView() {
    }

    /** Whether the element is faded in the view: the view has a peildatum and the element's period does not hold then. */
    static boolean fades(Notation view, EObject element) {
        return view.peildatum() != null && element != null && !Geldigheid.geldtOp(element, view.peildatum());
    }

    /** Whether a line from a netwerk to one of its leden is faded: the lid was no member on the peildatum. */
    static boolean fadesMembership(Notation view, EObject owner, EObject value) {
        return view.peildatum() != null && owner instanceof Netwerk netwerk && value instanceof Actor lid
                && !Geldigheid.isLidOp(netwerk, lid, view.peildatum());
    }

    /** The failed filters of an element, with the peildatum's when it fades. */
    static List<String> failed(List<String> failedFilters, boolean fades) {
        if (!fades) {
            return failedFilters;
        }
        List<String> all = new ArrayList<>(failedFilters);
        all.add(FILTER);
        return all;
    }

    /** "Situatie op 1 januari 2011". */
    public static String titel(LocalDate peildatum) {
        return "Situatie op " + Periodes.tekst(peildatum);
    }

    /** The filter entry of the panel: on, fading, named with the date. */
    static Map<String, Object> filter(LocalDate peildatum) {
        return Map.of("id", FILTER, "naam", titel(peildatum) + ": wat toen niet gold", "vervaag", true, "aan", true);
    }

    /** The legend with a section that says the date and what is faded. */
    static Legend legend(Legend legend, LocalDate peildatum) {
        List<Legend.Section> sections = new ArrayList<>(legend.sections());
        sections.add(new Legend.Section(titel(peildatum), List.of(new Legend.Row(
                "vervaagd: wat toen niet gold (afgelopen of nog niet begonnen)", new Legend.Swatch(null, null, null, null)))));
        return new Legend(sections);
    }
}

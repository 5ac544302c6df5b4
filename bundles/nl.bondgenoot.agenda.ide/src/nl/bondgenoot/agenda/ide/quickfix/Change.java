package nl.bondgenoot.agenda.ide.quickfix;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import nl.bondgenoot.model.labels.Labels;

/** One value a quick fix gives one aspect: "zet ruimte op middel". */
record Change(Aspect aspect, Object value) {

    String label() {
        if (aspect == Aspect.GEMEENTE_IS_PARTNER) {
            return "maak de gemeente partner";
        }
        String what = aspect == Aspect.REKENSCHAP_SOORT ? "de soort rekenschap" : aspect.keyword;
        return "zet " + what + " op " + (value instanceof Enumerator e ? Labels.of(e) : String.valueOf(value));
    }

    /** "Zet richting op hoog en ruimte op laag". */
    static String label(List<Change> changes) {
        String text = changes.stream().map(Change::label).collect(Collectors.joining(" en "));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

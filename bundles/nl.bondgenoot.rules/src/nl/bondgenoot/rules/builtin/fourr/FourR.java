package nl.bondgenoot.rules.builtin.fourr;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import nl.bondgenoot.model.Niveau;
import nl.bondgenoot.model.Opdrachtrelatie;
import nl.bondgenoot.model.Opgave;
import nl.bondgenoot.model.Vraagstuk;
import nl.bondgenoot.model.labels.Labels;

/** Small helpers the 4R rules share. */
final class FourR {

    private FourR() {
    }

    /** The opgave that contains the opdrachtrelatie, or {@code null} for a loose one. */
    static Opgave opgave(Opdrachtrelatie relatie) {
        return relatie.eContainer() instanceof Opgave opgave ? opgave : null;
    }

    static Vraagstuk vraagstuk(Opdrachtrelatie relatie) {
        Opgave opgave = opgave(relatie);
        return opgave == null ? Vraagstuk.ONBEKEND : opgave.getVraagstuk();
    }

    static Niveau richting(Opdrachtrelatie r) {
        return r.getRichting() == null ? Niveau.ONBEKEND : r.getRichting().getNiveau();
    }

    static Niveau ruimte(Opdrachtrelatie r) {
        return r.getRuimte() == null ? Niveau.ONBEKEND : r.getRuimte().getNiveau();
    }

    static Niveau rekenschap(Opdrachtrelatie r) {
        return r.getRekenschap() == null ? Niveau.ONBEKEND : r.getRekenschap().getNiveau();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "aantallen, prijzen"; a value a parameter lists twice is named once. */
    static String labels(Collection<? extends Enumerator> values) {
        return values.stream().distinct().map(Labels::of).collect(Collectors.joining(", "));
    }

    /** "aantallen of prijzen"; a value a parameter lists twice is named once. */
    static String alternatives(Collection<? extends Enumerator> values) {
        return values.stream().distinct().map(Labels::of).collect(Collectors.joining(" of "));
    }
}

package nl.bondgenoot.model.tijd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.Transitie;

/**
 * What holds on a date: an element with a period (convenant, sturingsrelatie, rol, plateau,
 * beleidscyclus, fase, transitie, lidmaatschap) holds when its period has begun and not ended; an
 * element without a period holds always. A transformatie has no fixed end (S1:155-157), so only its
 * begin counts. The rules, the map and the tables ask here, so that "in force" means one thing.
 */
public final class Geldigheid {

    private static final String PERIODE = "periode";

    private Geldigheid() {
    }

    /** The element's period, or null when it has none (or its kind has none). */
    public static Periode periode(EObject element) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature(PERIODE);
        return feature != null && element.eGet(feature) instanceof Periode periode ? periode : null;
    }

    /** Whether the element holds on the date; see the class comment. */
    public static boolean geldtOp(EObject element, LocalDate datum) {
        Periode periode = periode(element);
        if (periode == null) {
            return true;
        }
        if (element instanceof Transitie transitie && transitie.isTransformatie()) {
            LocalDate van = Periodes.van(periode);
            return van == null || !datum.isBefore(van);
        }
        return Periodes.geldtOp(periode, datum);
    }

    /**
     * The network's members on the date: every lid, less those whose lidmaatschap does not hold then.
     * A lid with several lidmaatschappen is a member when one of them holds.
     */
    public static List<Actor> ledenOp(Netwerk netwerk, LocalDate datum) {
        if (netwerk.getLidmaatschappen().isEmpty()) {
            return netwerk.getLeden();
        }
        List<Actor> leden = new ArrayList<>();
        for (Actor lid : netwerk.getLeden()) {
            if (isLidOp(netwerk, lid, datum)) {
                leden.add(lid);
            }
        }
        return leden;
    }

    /** Whether the actor is a member of the network on the date (see {@link #ledenOp}). */
    public static boolean isLidOp(Netwerk netwerk, Actor actor, LocalDate datum) {
        if (!netwerk.getLeden().contains(actor)) {
            return false;
        }
        boolean dated = false;
        for (Lidmaatschap lidmaatschap : netwerk.getLidmaatschappen()) {
            if (lidmaatschap.getLid() == actor) {
                dated = true;
                if (Periodes.geldtOp(lidmaatschap.getPeriode(), datum)) {
                    return true;
                }
            }
        }
        return !dated;
    }
}

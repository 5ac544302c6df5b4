package nl.bondgenoot.model.tijd;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.bondgenoot.model.BondgenootPackage;

/**
 * Version 1.0 wrote a looptijd as free text: a convenant's periodeVan/periodeTot, a transitie's
 * start/eind ("2003", "2008", "2012-12-31"). On load a year or ISO date there becomes the element's
 * dated periode (a year from 1 January to 31 December), and the text is cleared; other words
 * ("medio jaren 90") stay where they were, so nothing the user wrote is lost.
 */
public final class TekstPeriode {

    private TekstPeriode() {
    }

    /** Moves the texts of a 1.0 convenant or transitie into its periode, where they are a year or date. */
    public static void naarPeriode(EObject element) {
        if (BondgenootPackage.Literals.CONVENANT.isInstance(element)) {
            move(element, BondgenootPackage.Literals.CONVENANT__PERIODE_VAN, BondgenootPackage.Literals.CONVENANT__PERIODE_TOT,
                    BondgenootPackage.Literals.CONVENANT__PERIODE);
        } else if (BondgenootPackage.Literals.TRANSITIE.isInstance(element)) {
            move(element, BondgenootPackage.Literals.TRANSITIE__START, BondgenootPackage.Literals.TRANSITIE__EIND,
                    BondgenootPackage.Literals.TRANSITIE__PERIODE);
        }
    }

    private static void move(EObject element, EAttribute vanText, EAttribute totText, EReference periodeFeature) {
        LocalDate van = date((String) element.eGet(vanText), false);
        LocalDate tot = date((String) element.eGet(totText), true);
        if (van == null && tot == null || element.eGet(periodeFeature) != null) {
            return;
        }
        if (van != null) {
            element.eUnset(vanText);
        }
        if (tot != null) {
            element.eUnset(totText);
        }
        element.eSet(periodeFeature, Periodes.periode(van, tot));
    }

    /** "2003" as 1 January (or, for an end, 31 December) of that year; an ISO date as itself; else null. */
    static LocalDate date(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.matches("\\d{4}")) {
            int year = Integer.parseInt(t);
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

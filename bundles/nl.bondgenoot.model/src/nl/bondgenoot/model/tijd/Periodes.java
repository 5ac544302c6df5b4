package nl.bondgenoot.model.tijd;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;

import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Periode;

/**
 * Dates of a {@link Periode}. The model stores them as xsd:date (EMF's XMLGregorianCalendar, so a
 * file says "2011-01-01"); everything else in the product works with {@link LocalDate}.
 */
public final class Periodes {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Periodes() {
    }

    /** Whether something with this period holds on the date; no period, or an open end, holds. */
    public static boolean geldtOp(Periode periode, LocalDate datum) {
        if (periode == null) {
            return true;
        }
        LocalDate van = van(periode);
        LocalDate tot = tot(periode);
        return (van == null || !datum.isBefore(van)) && (tot == null || !datum.isAfter(tot));
    }

    /** The first day, or null when open. */
    public static LocalDate van(Periode periode) {
        return periode == null ? null : datum(periode.getVan());
    }

    /** The last day (inclusive), or null when open. */
    public static LocalDate tot(Periode periode) {
        return periode == null ? null : datum(periode.getTot());
    }

    /** A new period; either date may be null. */
    public static Periode periode(LocalDate van, LocalDate tot) {
        Periode periode = BondgenootFactory.eINSTANCE.createPeriode();
        periode.setVan(datum(van));
        periode.setTot(datum(tot));
        return periode;
    }

    /** The period in words, e.g. "van 1 januari 2003 tot en met 31 december 2007", "vanaf 1 maart 2011". */
    public static String tekst(Periode periode) {
        LocalDate van = van(periode);
        LocalDate tot = tot(periode);
        if (van == null && tot == null) {
            return "zonder datums";
        }
        if (tot == null) {
            return "vanaf " + DUTCH.format(van);
        }
        return van == null ? "tot en met " + DUTCH.format(tot) : "van " + DUTCH.format(van) + " tot en met " + DUTCH.format(tot);
    }

    /** A date in Dutch words, e.g. "1 januari 2011" (the tree, the map's legend and title). */
    public static String tekst(LocalDate datum) {
        return DUTCH.format(datum);
    }

    /**
     * A date as a user types it (ISO, "2011-01-01"), or an IllegalArgumentException whose message says
     * in Dutch what is wrong.
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2011-01-01");
        }
    }

    /** A date as the model holds it (xsd:date, e.g. a beoordeling's datum), or null. */
    public static LocalDate datum(XMLGregorianCalendar calendar) {
        return calendar == null ? null : LocalDate.of(calendar.getYear(), calendar.getMonth(), calendar.getDay());
    }

    /**
     * EMF's own xsd:date value, the kind a loaded file holds: the JDK's calendar (DatatypeFactory) and
     * EMF's cannot be compared with each other (equals throws a ClassCastException), so a period made
     * here and the same period read from a file must be of one kind.
     */
    static XMLGregorianCalendar datum(LocalDate date) {
        return date == null ? null : XMLTypeFactory.eINSTANCE.createDate(date.toString());
    }
}

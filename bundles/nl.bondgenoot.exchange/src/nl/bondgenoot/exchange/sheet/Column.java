package nl.bondgenoot.exchange.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;
import nl.bondgenoot.model.soorten.ActorSoorten;
import nl.bondgenoot.model.tijd.Periodes;

/**
 * One column of a sheet template: its Dutch header, the feature it carries and how its cells read and
 * write. Values are the model's (String, Boolean, Enumerator, BigDecimal, ActorSoortId, EObject,
 * LocalDate); text is what a sheet holds: enumerations as the labels the workbench shows (the literal
 * name is accepted too), yes/no as "ja"/"nee", dates as JJJJ-MM-DD, references by name where the name is
 * unambiguous, else by id.
 */
public final class Column {

    /** How a column's cells are read and written. */
    public enum Type {
        /** The element's id. */
        ID,
        /** The netwerk that contains the element (rollen, lidmaatschappen). */
        NETWERK,
        TEXT,
        YES_NO,
        ENUMERATION,
        AMOUNT,
        ACTOR_SOORT,
        /** A reference to an actor or netwerk, by id or by name. */
        REFERENCE,
        /** The first day of the element's periode. */
        PERIOD_FROM,
        /** The last day of the element's periode. */
        PERIOD_TO
    }

    private final String header;
    private final Type type;
    private final EStructuralFeature feature;
    private final boolean required;

    Column(String header, Type type, EStructuralFeature feature, boolean required) {
        this.header = header;
        this.type = type;
        this.feature = feature;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public Type type() {
        return type;
    }

    /** The feature the column carries (for periods: the element's periode; for NETWERK: null). */
    public EStructuralFeature feature() {
        return feature;
    }

    /** A row without a value here is rejected. */
    public boolean required() {
        return required;
    }

    /** The element's value in this column (null for none). */
    public Object value(EObject element) {
        return switch (type) {
            case NETWERK -> element.eContainer();
            case PERIOD_FROM -> Periodes.van((Periode) element.eGet(feature));
            case PERIOD_TO -> Periodes.tot((Periode) element.eGet(feature));
            case TEXT, ID -> emptyToNull((String) element.eGet(feature));
            default -> element.eGet(feature);
        };
    }

    /** A value as the sheet writes it. */
    public String text(Object value, References names) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case YES_NO -> Boolean.TRUE.equals(value) ? "ja" : "nee";
            case ENUMERATION -> Labels.of((Enumerator) value);
            case AMOUNT -> ((BigDecimal) value).toPlainString();
            case ACTOR_SOORT -> ((ActorSoortId) value).label();
            case REFERENCE, NETWERK -> names.textOf((EObject) value);
            case PERIOD_FROM, PERIOD_TO -> value.toString();
            default -> value.toString();
        };
    }

    /** Whether two values of this column are the same (amounts by value: 10.0 is 10). */
    public boolean same(Object a, Object b) {
        if (type == Type.AMOUNT && a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (type == Type.YES_NO) {
            return Boolean.TRUE.equals(a) == Boolean.TRUE.equals(b);
        }
        return Objects.equals(a, b);
    }

    /**
     * The value a cell's text stands for; empty text is the feature's default (null, false, the first
     * literal ONBEKEND). References are resolved by the caller ({@link References}). A text that is no
     * value of this column is a {@link CellException} with the Dutch reason.
     */
    public Object parse(String text) throws CellException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return switch (type) {
                case YES_NO -> Boolean.FALSE;
                case ENUMERATION -> ((EEnum) ((EAttribute) feature).getEAttributeType()).getELiterals().get(0).getInstance();
                default -> null;
            };
        }
        return switch (type) {
            case YES_NO -> yesNo(t);
            case ENUMERATION -> literal(t);
            case AMOUNT -> amount(t);
            case ACTOR_SOORT -> {
                ActorSoort soort = ActorSoorten.named(t);
                yield ActorSoortId.valueOf(soort == null ? t : soort.id());
            }
            case PERIOD_FROM, PERIOD_TO -> date(t);
            default -> t;
        };
    }

    private static Boolean yesNo(String t) throws CellException {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "waar", "1" -> Boolean.TRUE;
            case "nee", "n", "false", "onwaar", "0" -> Boolean.FALSE;
            default -> throw new CellException("'" + t + "' is geen ja of nee");
        };
    }

    private Enumerator literal(String t) throws CellException {
        EEnum eEnum = (EEnum) ((EAttribute) feature).getEAttributeType();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            if (Labels.of(literal.getInstance()).equalsIgnoreCase(t) || literal.getName().equalsIgnoreCase(t)) {
                return literal.getInstance();
            }
        }
        throw new CellException("onbekende " + header + " '" + t + "'; kies uit: " + eEnum.getELiterals().stream()
                .map(l -> Labels.of(l.getInstance())).collect(Collectors.joining(", ")));
    }

    /** 1234.5, 1234,5 and 1.234,50 (Dutch) are all accepted; a comma makes the dot a thousands separator. */
    private static BigDecimal amount(String t) throws CellException {
        String s = t.replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new CellException("'" + t + "' is geen bedrag; schrijf bijvoorbeeld 125000 of 125.000,50");
        }
    }

    private static LocalDate date(String t) throws CellException {
        try {
            return Periodes.parse(t);
        } catch (IllegalArgumentException e) {
            throw new CellException(e.getMessage());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A cell whose text is no value of its column; the message is the Dutch reason. */
    public static final class CellException extends Exception {
        private static final long serialVersionUID = 1L;

        public CellException(String reason) {
            super(reason);
        }
    }
}

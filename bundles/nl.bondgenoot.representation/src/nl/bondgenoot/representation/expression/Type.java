package nl.bondgenoot.representation.expression;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;

/**
 * What an expression gives, as far as a description can know before it is evaluated: an element of a
 * class, an enumeration value, text, a number, yes/no; one or many.
 */
public record Type(Kind kind, EClassifier classifier, boolean many) {

    public enum Kind {
        ELEMENT, ENUM, TEXT, NUMBER, BOOLEAN, ANY
    }

    public static final Type TEXT = new Type(Kind.TEXT, null, false);
    public static final Type NUMBER = new Type(Kind.NUMBER, null, false);
    public static final Type BOOLEAN = new Type(Kind.BOOLEAN, null, false);
    public static final Type ANY = new Type(Kind.ANY, null, false);

    public static Type of(EClassifier classifier, boolean many) {
        if (classifier instanceof EClass) {
            return new Type(Kind.ELEMENT, classifier, many);
        }
        if (classifier instanceof EEnum) {
            return new Type(Kind.ENUM, classifier, many);
        }
        Class<?> instance = classifier.getInstanceClass();
        if (instance == boolean.class || instance == Boolean.class) {
            return new Type(Kind.BOOLEAN, null, many);
        }
        if (instance != null && (instance.isPrimitive() || Number.class.isAssignableFrom(instance))) {
            return new Type(Kind.NUMBER, null, many);
        }
        return new Type(Kind.TEXT, null, many);
    }

    public static Type elements(EClass type) {
        return new Type(Kind.ELEMENT, type, true);
    }

    public static Type element(EClass type) {
        return new Type(Kind.ELEMENT, type, false);
    }

    public Type asMany() {
        return new Type(kind, classifier, true);
    }

    /** In Dutch, for messages: "een Actor", "tekst", "een lijst van Actor". */
    public String describe() {
        String one = switch (kind) {
            case ELEMENT -> classifier.getName();
            case ENUM -> classifier.getName() + " (keuzelijst)";
            case TEXT -> "tekst";
            case NUMBER -> "getal";
            case BOOLEAN -> "waar/onwaar";
            case ANY -> "waarde";
        };
        return many ? "een lijst van " + one : one;
    }
}

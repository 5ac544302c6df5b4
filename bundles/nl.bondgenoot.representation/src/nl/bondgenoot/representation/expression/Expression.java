package nl.bondgenoot.representation.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.rules.engine.ClosestNames;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.ActorSoortId;

/**
 * A label or a condition in a description, in a small language of its own so that messages are Dutch
 * and point at the column:
 *
 * <pre>
 * naam + ' (' + soortLabel + ')'          text, features, derived features
 * van.naam                               a path through references
 * categorie == 'overheid' en niet isLeidend
 * aantal(leden) &gt;= 10 of gezet(regisseur)
 * als vorm == 'onbekend' dan 'netwerk' anders 'netwerk · ' + vorm
 * </pre>
 *
 * Keywords: {@code als dan anders of en niet waar onwaar}; functions {@code aantal(x)} and
 * {@code gezet(x)}; comparisons {@code == != < <= > >=}; {@code +} adds numbers and joins text. An
 * enumeration value compares with its name in any case; shown as text it is its Dutch label.
 */
public final class Expression {

    private final String source;
    private final Node root;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    public static Expression parse(String source) throws ExpressionException {
        Parser parser = new Parser(source);
        Node root = parser.conditional();
        parser.expectEnd();
        return new Expression(source, root);
    }

    public String source() {
        return source;
    }

    /** Checks every name against the class of the element it is evaluated on, and gives the result type. */
    public Type check(EClass owner) throws ExpressionException {
        return root.check(owner);
    }

    public Object evaluate(EObject element, Context context) {
        return root.evaluate(new Scope(element, context));
    }

    public boolean test(EObject element, Context context) {
        return truthy(evaluate(element, context));
    }

    public String text(EObject element, Context context) {
        return text(evaluate(element, context));
    }

    /** The value as a list: a list itself, nothing for null or '', else the one value. */
    public List<Object> values(EObject element, Context context) {
        Object value = evaluate(element, context);
        if (value instanceof Collection<?> many) {
            return new ArrayList<>(many);
        }
        return value == null || "".equals(value) ? List.of() : List.of(value);
    }

    /**
     * Values of the element's features (or paths) that make this condition true, for a legend's
     * example: the condition must be a feature or path compared with a value, a yes/no one, or those
     * joined with {@code en} (of {@code of}, the first alternative counts). Empty when it says more.
     */
    public Optional<Map<String, Object>> example(EClass owner) {
        Map<String, Object> values = new LinkedHashMap<>();
        return root.example(owner, values) ? Optional.of(values) : Optional.empty();
    }

    @Override
    public String toString() {
        return source;
    }

    // --- values

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }

    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (value instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (value instanceof Enumerator e) {
            return Labels.of(e);
        }
        if (value instanceof Element e) {
            return e.getNaam() == null ? "" : e.getNaam();
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(v -> parts.add(text(v)));
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return !truthy(a == null ? b : a);
        }
        if (a instanceof Enumerator e && b instanceof String s) {
            return e.getName().equalsIgnoreCase(s) || e.getLiteral().equalsIgnoreCase(s);
        }
        if (b instanceof Enumerator && a instanceof String) {
            return same(b, a);
        }
        // an actor's soort is the id of its kind (what the file holds), compared as text: soort == 'gemeente'
        if (a instanceof ActorSoortId kind && b instanceof String s) {
            return kind.id().equals(s);
        }
        if (b instanceof ActorSoortId && a instanceof String) {
            return same(b, a);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    static Object feature(EObject element, String name, Context context) {
        if (element == null) {
            return null;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
        if (feature instanceof EAttribute && context.legend()) {
            return null; // a legend's example has only the values it gives (Path.evaluate)
        }
        if (feature != null) {
            Object value = element.eGet(feature);
            return value instanceof Collection<?> c ? new ArrayList<>(c) : value;
        }
        return DerivedFeatures.find(element.eClass(), name).map(d -> d.value().apply(element, context)).orElse(null);
    }

    private record Scope(EObject element, Context context) {
    }

    // --- syntax tree

    private sealed interface Node permits Literal, Path, Call, Not, Binary, Conditional {
        Object evaluate(Scope scope);

        Type check(EClass owner) throws ExpressionException;

        default boolean example(EClass owner, Map<String, Object> values) {
            return false;
        }
    }

    private record Literal(Object value, int column) implements Node {
        public Object evaluate(Scope scope) {
            return value;
        }

        public Type check(EClass owner) {
            return value instanceof String ? Type.TEXT : value instanceof Boolean ? Type.BOOLEAN : Type.NUMBER;
        }
    }

    private record Path(List<String> names, int column) implements Node {
        public Object evaluate(Scope scope) {
            Map<String, Object> example = scope.context().example();
            String whole = String.join(".", names);
            if (example.containsKey(whole)) { // a legend's example gives the value of the whole path
                return example.get(whole);
            }
            Object value = example.containsKey(names.get(0)) ? example.get(names.get(0))
                    : feature(scope.element(), names.get(0), scope.context());
            for (String name : names.subList(1, names.size())) {
                if (value instanceof Collection<?> many) {
                    List<Object> next = new ArrayList<>();
                    for (Object item : many) {
                        Object v = item instanceof EObject e ? feature(e, name, scope.context()) : null;
                        if (v instanceof Collection<?> c) {
                            next.addAll(c);
                        } else if (v != null) {
                            next.add(v);
                        }
                    }
                    value = next;
                } else {
                    value = value instanceof EObject e ? feature(e, name, scope.context()) : null;
                }
            }
            return value;
        }

        public Type check(EClass owner) throws ExpressionException {
            EClass current = owner;
            Type type = null;
            boolean many = false;
            for (String name : names) {
                if (current == null) {
                    throw new ExpressionException(column, "'" + String.join(".", names) + "': na " + type.describe()
                            + " kan geen eigenschap '" + name + "' volgen");
                }
                EClass at = current;
                type = Features.type(at, name).orElseThrow(() -> new ExpressionException(column,
                        "'" + name + "' is geen eigenschap van " + at.getName()
                                + ClosestNames.suggestion(name, Features.names(at))));
                many |= type.many();
                current = type.kind() == Type.Kind.ELEMENT ? (EClass) type.classifier() : null;
            }
            return many ? type.asMany() : type;
        }

        public boolean example(EClass owner, Map<String, Object> values) {
            values.put(String.join(".", names), Boolean.TRUE);
            return true;
        }

        Optional<EEnum> enumType(EClass owner) {
            try {
                Type type = check(owner);
                return type.kind() == Type.Kind.ENUM ? Optional.of((EEnum) type.classifier()) : Optional.empty();
            } catch (ExpressionException e) {
                return Optional.empty();
            }
        }
    }

    private record Call(String function, Node argument, int column) implements Node {
        public Object evaluate(Scope scope) {
            Object value = argument.evaluate(scope);
            return switch (function) {
                case "aantal" -> (double) (value instanceof Collection<?> c ? c.size() : value == null ? 0 : 1);
                default -> truthy(value); // gezet
            };
        }

        public Type check(EClass owner) throws ExpressionException {
            argument.check(owner);
            return "aantal".equals(function) ? Type.NUMBER : Type.BOOLEAN;
        }
    }

    private record Not(Node operand, int column) implements Node {
        public Object evaluate(Scope scope) {
            return !truthy(operand.evaluate(scope));
        }

        public Type check(EClass owner) throws ExpressionException {
            operand.check(owner);
            return Type.BOOLEAN;
        }

        public boolean example(EClass owner, Map<String, Object> values) {
            if (operand instanceof Path path) {
                values.put(String.join(".", path.names()), Boolean.FALSE);
                return true;
            }
            return false;
        }
    }

    private record Binary(String operator, Node left, Node right, int column) implements Node {
        public Object evaluate(Scope scope) {
            switch (operator) {
                case "en":
                    return truthy(left.evaluate(scope)) && truthy(right.evaluate(scope));
                case "of":
                    return truthy(left.evaluate(scope)) || truthy(right.evaluate(scope));
                default:
                    break;
            }
            Object a = left.evaluate(scope);
            Object b = right.evaluate(scope);
            return switch (operator) {
                case "==" -> same(a, b);
                case "!=" -> !same(a, b);
                case "+" -> a instanceof Number x && b instanceof Number y ? (Object) (x.doubleValue() + y.doubleValue())
                        : text(a) + text(b);
                default -> compare(a, b);
            };
        }

        private boolean compare(Object a, Object b) {
            if (!(a instanceof Number x) || !(b instanceof Number y)) {
                return false;
            }
            int c = Double.compare(x.doubleValue(), y.doubleValue());
            return switch (operator) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }

        public Type check(EClass owner) throws ExpressionException {
            Type l = left.check(owner);
            Type r = right.check(owner);
            if ("==".equals(operator) || "!=".equals(operator)) {
                checkEnumValue(owner, left, right);
                checkEnumValue(owner, right, left);
            }
            return switch (operator) {
                case "+" -> l.kind() == Type.Kind.NUMBER && r.kind() == Type.Kind.NUMBER ? Type.NUMBER : Type.TEXT;
                default -> Type.BOOLEAN;
            };
        }

        private static void checkEnumValue(EClass owner, Node path, Node literal) throws ExpressionException {
            if (path instanceof Path p && literal instanceof Literal l && l.value() instanceof String value) {
                Optional<EEnum> type = p.enumType(owner);
                if (type.isPresent() && enumLiteral(type.get(), value) == null) {
                    List<String> known = type.get().getELiterals().stream().map(e -> e.getName().toLowerCase(Locale.ROOT)).toList();
                    throw new ExpressionException(l.column(), "'" + value + "' is geen waarde van " + String.join(".", p.names())
                            + " (" + type.get().getName() + ")" + (ClosestNames.suggestion(value, known).isEmpty()
                                    ? "; mogelijk: " + String.join(", ", known) : ClosestNames.suggestion(value, known)));
                }
            }
        }

        public boolean example(EClass owner, Map<String, Object> values) {
            return switch (operator) {
                case "en" -> left.example(owner, values) && right.example(owner, values);
                case "of" -> left.example(owner, values);
                case "==" -> {
                    if (left instanceof Path p && right instanceof Literal l) {
                        Object value = l.value();
                        Optional<EEnum> type = p.enumType(owner);
                        if (type.isPresent() && value instanceof String s) {
                            value = enumLiteral(type.get(), s).getInstance();
                        }
                        values.put(String.join(".", p.names()), value);
                        yield true;
                    }
                    yield false;
                }
                case "<", "<=", ">", ">=" -> {
                    // a number that meets the comparison: 6 for "> 5", 5 for ">= 5", 4 for "< 5"
                    if (left instanceof Path p && right instanceof Literal l && l.value() instanceof Number n) {
                        double step = operator.equals(">") ? 1 : operator.equals("<") ? -1 : 0;
                        values.put(String.join(".", p.names()), n.doubleValue() + step);
                        yield true;
                    }
                    yield false;
                }
                default -> false;
            };
        }
    }

    private record Conditional(Node condition, Node then, Node otherwise, int column) implements Node {
        public Object evaluate(Scope scope) {
            return truthy(condition.evaluate(scope)) ? then.evaluate(scope) : otherwise.evaluate(scope);
        }

        public Type check(EClass owner) throws ExpressionException {
            condition.check(owner);
            Type a = then.check(owner);
            Type b = otherwise.check(owner);
            return a.equals(b) ? a : Type.ANY;
        }
    }

    /** The literal a description means by this text: its name or literal, in any case. */
    public static EEnumLiteral enumLiteral(EEnum type, String value) {
        return type.getELiterals().stream()
                .filter(e -> e.getName().equalsIgnoreCase(value) || e.getLiteral().equalsIgnoreCase(value)).findFirst().orElse(null);
    }

    // --- parser

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Node conditional() throws ExpressionException {
            skipSpace();
            int column = at + 1;
            if (keyword("als")) {
                Node condition = or();
                require("dan");
                Node then = conditional();
                require("anders");
                Node otherwise = conditional();
                return new Conditional(condition, then, otherwise, column);
            }
            return or();
        }

        private Node or() throws ExpressionException {
            Node left = and();
            while (true) {
                int column = at + 1;
                if (!keyword("of")) {
                    return left;
                }
                left = new Binary("of", left, and(), column);
            }
        }

        private Node and() throws ExpressionException {
            Node left = not();
            while (true) {
                int column = at + 1;
                if (!keyword("en")) {
                    return left;
                }
                left = new Binary("en", left, not(), column);
            }
        }

        private Node not() throws ExpressionException {
            skipSpace();
            int column = at + 1;
            if (keyword("niet")) {
                return new Not(not(), column);
            }
            return comparison();
        }

        private Node comparison() throws ExpressionException {
            Node left = sum();
            skipSpace();
            for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (text.startsWith(operator, at)) {
                    int column = at + 1;
                    at += operator.length();
                    return new Binary(operator, left, sum(), column);
                }
            }
            if (text.startsWith("=", at)) {
                throw new ExpressionException(at + 1, "'=' vergelijkt niet; schrijf '=='");
            }
            return left;
        }

        private Node sum() throws ExpressionException {
            Node left = primary();
            while (true) {
                skipSpace();
                if (at >= text.length() || text.charAt(at) != '+') {
                    return left;
                }
                int column = at + 1;
                at++;
                left = new Binary("+", left, primary(), column);
            }
        }

        private Node primary() throws ExpressionException {
            skipSpace();
            int column = at + 1;
            if (at >= text.length()) {
                throw new ExpressionException(column, text.isBlank() ? "de uitdrukking is leeg" : "de uitdrukking houdt te vroeg op");
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, at + 1);
                if (end < 0) {
                    throw new ExpressionException(column, "de tekst die hier begint, wordt niet afgesloten met " + c);
                }
                String value = text.substring(at + 1, end);
                at = end + 1;
                return new Literal(value, column);
            }
            if (Character.isDigit(c)) {
                int start = at;
                while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                try {
                    return new Literal(Double.parseDouble(text.substring(start, at)), column);
                } catch (NumberFormatException e) {
                    throw new ExpressionException(column, "'" + text.substring(start, at) + "' is geen getal");
                }
            }
            if (c == '(') {
                at++;
                Node inner = conditional();
                skipSpace();
                if (at >= text.length() || text.charAt(at) != ')') {
                    throw new ExpressionException(at + 1, "hier ontbreekt ')'");
                }
                at++;
                return inner;
            }
            if (!Character.isLetter(c)) {
                throw new ExpressionException(column, "onverwacht teken '" + c + "'");
            }
            String name = identifier();
            if (name.equals("waar") || name.equals("onwaar")) {
                return new Literal(name.equals("waar"), column);
            }
            if (List.of("als", "dan", "anders", "of", "en", "niet").contains(name)) {
                throw new ExpressionException(column, "'" + name + "' staat hier op een verkeerde plaats");
            }
            skipSpace();
            if (at < text.length() && text.charAt(at) == '(') {
                if (!name.equals("aantal") && !name.equals("gezet")) {
                    throw new ExpressionException(column, "'" + name + "' is geen functie; er zijn: aantal(x), gezet(x)");
                }
                at++;
                Node argument = conditional();
                skipSpace();
                if (at >= text.length() || text.charAt(at) != ')') {
                    throw new ExpressionException(at + 1, "hier ontbreekt ')'");
                }
                at++;
                return new Call(name, argument, column);
            }
            List<String> names = new ArrayList<>(List.of(name));
            while (at < text.length() && text.charAt(at) == '.') {
                at++;
                if (at >= text.length() || !Character.isLetter(text.charAt(at))) {
                    throw new ExpressionException(at + 1, "na '.' hoort de naam van een eigenschap");
                }
                names.add(identifier());
            }
            return new Path(names, column);
        }

        private String identifier() {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            return text.substring(start, at);
        }

        private boolean keyword(String word) {
            skipSpace();
            int end = at + word.length();
            if (text.startsWith(word, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                at = end;
                return true;
            }
            return false;
        }

        private void require(String word) throws ExpressionException {
            if (!keyword(word)) {
                throw new ExpressionException(at + 1, "hier hoort '" + word + "'");
            }
        }

        void expectEnd() throws ExpressionException {
            skipSpace();
            if (at < text.length()) {
                throw new ExpressionException(at + 1, "onverwacht '" + text.substring(at, Math.min(text.length(), at + 12))
                        + "'; ontbreekt er 'en', 'of' of '+'?");
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}

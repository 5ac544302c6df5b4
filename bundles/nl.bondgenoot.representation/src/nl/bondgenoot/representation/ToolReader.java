package nl.bondgenoot.representation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.representation.JsonFields.Problems;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.expression.Expression;
import nl.bondgenoot.representation.expression.Features;
import nl.bondgenoot.representation.json.Json;
import nl.bondgenoot.representation.json.Json.JBoolean;
import nl.bondgenoot.representation.json.Json.JNumber;
import nl.bondgenoot.representation.json.Json.JText;
import nl.bondgenoot.representation.tool.Repeat;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.representation.tool.ToolGroup;
import nl.bondgenoot.representation.tool.ToolItem;
import nl.bondgenoot.rules.engine.ClosestNames;

/**
 * Reads the {@code gereedschap} of a description: groups of palette tools, each checked against the
 * metamodel (class, list, reference, values and the repeat's placeholders), against the description
 * (a mapping must draw what the tool makes) and against what the server's create handlers can do with
 * an EMF command: make a concrete element in one of the model's lists, or add a value to a reference
 * that holds several.
 */
final class ToolReader {

    private static final Pattern ICON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final EClass MODEL = BondgenootPackage.Literals.GOVERNANCEMODEL;
    private static final EClass ELEMENT = BondgenootPackage.Literals.ELEMENT;

    private final Problems problems;
    private final List<NodeMapping> nodes;
    private final List<EdgeMapping> edges;
    private final Set<String> groupIds = new HashSet<>();
    private final Set<String> toolIds = new HashSet<>();

    private ToolReader(Problems problems, List<NodeMapping> nodes, List<EdgeMapping> edges) {
        this.problems = problems;
        this.nodes = nodes;
        this.edges = edges;
    }

    static List<ToolGroup> read(List<Json> groups, List<NodeMapping> nodes, List<EdgeMapping> edges, Problems problems) {
        ToolReader reader = new ToolReader(problems, nodes, edges);
        List<ToolGroup> result = new ArrayList<>();
        for (Json item : groups) {
            JsonFields.of(item, "gereedschapsgroep", problems).map(reader::group).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    private ToolGroup group(JsonFields f) {
        String id = id(f, groupIds);
        String naam = f.requiredText("naam");
        String icoon = icon(f);
        List<Tool> tools = new ArrayList<>();
        for (Json item : f.list("items")) {
            JsonFields.of(item, "gereedschap", problems).flatMap(this::tool).ifPresent(tools::add);
        }
        if (f.member("items").isEmpty()) {
            problems.add(f.line(), f.where() + ": 'items' ontbreekt (de gereedschappen van de groep)");
        }
        f.done();
        return new ToolGroup(id, naam, icoon, List.copyOf(tools));
    }

    private Optional<Tool> tool(JsonFields f) {
        String id = id(f, toolIds);
        String where = id == null ? "gereedschap" : "gereedschap '" + id + "'";
        String naam = f.requiredText("naam");
        String icoon = icon(f);
        Repeat repeat = f.text("voorElke").map(name -> repeat(f, where, name)).orElse(null);
        Map<String, EClassifier> placeholders = repeat == null ? Map.of() : repeat.placeholderTypes();
        if (naam != null) {
            checkPlaceholders(f, "naam", where, naam, repeat, placeholders);
        }
        Optional<String> maak = f.text("maak");
        Optional<String> verbind = f.text("verbind");
        if (maak.isPresent() == verbind.isPresent()) {
            problems.add(f.line(), where + ": noem 'maak' (een klasse: een nieuw element) of 'verbind' (Klasse.verwijzing: een"
                    + " verbinding tussen twee elementen), één van beide");
            f.member("in");
            f.member("waarden");
            f.done();
            return Optional.empty();
        }
        Optional<Tool> tool = maak.isPresent() ? make(f, where, id, naam, icoon, maak.get(), repeat, placeholders)
                : connect(f, where, id, naam, icoon, verbind.get(), repeat, placeholders);
        f.done();
        return tool;
    }

    private Optional<Tool> make(JsonFields f, String where, String id, String naam, String icoon, String className, Repeat repeat,
            Map<String, EClassifier> placeholders) {
        Optional<EClass> found = Features.eClass(className);
        String in = f.requiredText("in");
        if (found.isEmpty()) {
            problems.add(f.lineOf("maak"), where + ": het metamodel kent geen klasse '" + className + "'"
                    + ClosestNames.suggestion(className, Features.classNames()));
            f.member("waarden");
            return Optional.empty();
        }
        EClass klasse = found.get();
        Map<EAttribute, String> waarden = values(f, where, klasse, repeat, placeholders);
        if (klasse.isAbstract() || klasse.isInterface() || !ELEMENT.isSuperTypeOf(klasse)) {
            problems.add(f.lineOf("maak"), where + ": de server kan geen " + klasse.getName() + " maken: "
                    + (ELEMENT.isSuperTypeOf(klasse) ? "die klasse is abstract (maak een van haar subklassen)"
                            : "hij maakt alleen elementen met een id en een naam"));
            return Optional.empty();
        }
        EReference list = in == null ? null : modelList(f, where, in, klasse);
        NodeMapping node = nodes.stream().filter(n -> n.klasse() != null && n.klasse().isSuperTypeOf(klasse)).findFirst().orElse(null);
        EdgeMapping edge = edges.stream().filter(e -> !e.isReference() && e.klasse() == klasse).findFirst().orElse(null);
        if (node == null && edge == null) {
            problems.add(f.lineOf("maak"), where + ": geen knoop of lijn van deze beschrijving tekent een " + klasse.getName()
                    + ", dus de kaart zou niet tonen wat het gereedschap maakt");
            return Optional.empty();
        }
        if (list == null) {
            return Optional.empty();
        }
        if (node != null) {
            return Optional.of(new Tool(id, naam, icoon, Tool.Kind.KNOOP, klasse, list, null, null, null, false, node.type(),
                    waarden, repeat, f.line()));
        }
        EReference bron = (EReference) klasse.getEStructuralFeature(edge.bron());
        EReference doel = (EReference) klasse.getEStructuralFeature(edge.doel());
        return Optional.of(new Tool(id, naam, icoon, Tool.Kind.LIJN, klasse, list, bron, doel, null, false, edge.type(),
                waarden, repeat, f.line()));
    }

    /** The model's list (a containment of the Governancemodel) that can hold elements of the class. */
    private EReference modelList(JsonFields f, String where, String name, EClass klasse) {
        List<String> fitting = MODEL.getEAllContainments().stream()
                .filter(r -> r.isMany() && r.getEReferenceType().isSuperTypeOf(klasse)).map(EReference::getName).toList();
        EStructuralFeature feature = MODEL.getEStructuralFeature(name);
        if (feature instanceof EReference r && fitting.contains(r.getName())) {
            return r;
        }
        problems.add(f.lineOf("in"), where + ": 'in': '" + name + "' is geen lijst van het model waar een " + klasse.getName()
                + " in kan" + JsonFields.orKnown(ClosestNames.suggestion(name, fitting),
                        fitting.isEmpty() ? "; het model heeft er geen" : "; wel: " + String.join(", ", fitting)));
        return null;
    }

    private Optional<Tool> connect(JsonFields f, String where, String id, String naam, String icoon, String path, Repeat repeat,
            Map<String, EClassifier> placeholders) {
        if (f.member("in").isPresent()) {
            problems.add(f.lineOf("in"), where + ": 'in' hoort bij 'maak'; een verbinding komt in de verwijzing zelf");
        }
        int dot = path.indexOf('.');
        Optional<EClass> owner = dot < 0 ? Optional.empty() : Features.eClass(path.substring(0, dot));
        if (owner.isEmpty()) {
            problems.add(f.lineOf("verbind"), where + ": 'verbind' is Klasse.verwijzing, zoals Netwerk.leden; '"
                    + (dot < 0 ? path : path.substring(0, dot)) + "' is geen klasse van het metamodel"
                    + ClosestNames.suggestion(dot < 0 ? path : path.substring(0, dot), Features.classNames()));
            f.member("waarden");
            return Optional.empty();
        }
        EClass klasse = owner.get();
        String name = path.substring(dot + 1);
        Map<EAttribute, String> waarden = values(f, where, klasse, repeat, placeholders);
        if (!waarden.isEmpty()) {
            problems.add(f.lineOf("waarden"), where + ": een verbinding maakt geen element, dus er is niets om 'waarden' op te zetten");
        }
        EStructuralFeature feature = klasse.getEStructuralFeature(name);
        List<String> references = klasse.getEAllReferences().stream().filter(r -> r.isMany() && !r.isContainment())
                .map(EReference::getName).toList();
        if (!(feature instanceof EReference reference)) {
            problems.add(f.lineOf("verbind"), where + ": '" + name + "' is geen verwijzing van " + klasse.getName()
                    + ClosestNames.suggestion(name, references));
            return Optional.empty();
        }
        if (!reference.isMany() || reference.isContainment() || !reference.isChangeable() || reference.isDerived()) {
            problems.add(f.lineOf("verbind"), where + ": de server kan '" + path + "' niet verbinden: hij voegt alleen een waarde toe"
                    + " aan een verwijzing die er meer kan hebben en die niets bevat" + (references.isEmpty() ? ""
                            : " (van " + klasse.getName() + ": " + String.join(", ", references) + ")"));
            return Optional.empty();
        }
        EdgeMapping edge = edges.stream().filter(e -> e.isReference() && name.equals(e.referentie()) && ownerClass(e) != null
                && ownerClass(e).isSuperTypeOf(klasse)).findFirst().orElse(null);
        if (edge == null) {
            problems.add(f.lineOf("verbind"), where + ": geen lijn van deze beschrijving tekent " + path
                    + " (een lijn met 'eigenaar' en 'referentie': '" + name + "'), dus de kaart zou de verbinding niet tonen");
            return Optional.empty();
        }
        return Optional.of(new Tool(id, naam, icoon, Tool.Kind.VERBINDING, klasse, null, null, null, reference, edge.naarEigenaar(),
                edge.type(), waarden, repeat, f.line()));
    }

    private EClass ownerClass(EdgeMapping edge) {
        return nodes.stream().filter(n -> n.id().equals(edge.eigenaar())).map(NodeMapping::klasse).findFirst().orElse(null);
    }

    private Repeat repeat(JsonFields f, String where, String name) {
        if (Repeat.ACTOR_SOORTEN.equals(name)) {
            return new Repeat(null);
        }
        List<String> enums = BondgenootPackage.eINSTANCE.getEClassifiers().stream().filter(EEnum.class::isInstance)
                .map(EClassifier::getName).toList();
        if (BondgenootPackage.eINSTANCE.getEClassifier(name) instanceof EEnum e) {
            return new Repeat(e);
        }
        List<String> known = new ArrayList<>(enums);
        known.add(0, Repeat.ACTOR_SOORTEN);
        problems.add(f.lineOf("voorElke"), where + ": 'voorElke' is '" + Repeat.ACTOR_SOORTEN + "' of een opsomming van het metamodel"
                + " (zoals SturingsrelatieSoort), niet '" + name + "'" + ClosestNames.suggestion(name, known));
        return null;
    }

    /** The fixed values: attributes of the class, each value valid for its type (a placeholder of the repeat for its type). */
    private Map<EAttribute, String> values(JsonFields f, String where, EClass klasse, Repeat repeat,
            Map<String, EClassifier> placeholders) {
        Map<EAttribute, String> values = new LinkedHashMap<>();
        Optional<Json.Member> member = f.member("waarden");
        if (member.isEmpty()) {
            return values;
        }
        if (!(member.get().value() instanceof Json.JObject object)) {
            problems.add(member.get().line(), where + ": 'waarden' hoort een object te zijn ({ \"eigenschap\": \"waarde\" })");
            return values;
        }
        List<String> attributes = klasse.getEAllAttributes().stream().map(EAttribute::getName).toList();
        object.members().forEach((name, m) -> {
            EStructuralFeature feature = klasse.getEStructuralFeature(name);
            String text = m.value() instanceof JText t ? t.value() : m.value() instanceof JBoolean b ? String.valueOf(b.value())
                    : m.value() instanceof JNumber n ? Expression.text(n.value()) : null;
            if (feature == null) {
                problems.add(m.line(), where + ": 'waarden': '" + name + "' is geen eigenschap van " + klasse.getName()
                        + ClosestNames.suggestion(name, attributes));
            } else if (!(feature instanceof EAttribute attribute) || feature.isMany() || !feature.isChangeable()
                    || "id".equals(name)) {
                problems.add(m.line(), where + ": 'waarden': '" + name + "' kan een gereedschap niet zetten"
                        + ("id".equals(name) ? " (elk nieuw element krijgt een eigen id)" : " (alleen enkelvoudige eigenschappen met een waarde,"
                                + " geen verwijzingen of lijsten)"));
            } else if (text == null) {
                problems.add(m.line(), where + ": 'waarden': '" + name + "' hoort een tekst, getal of true/false te zijn, niet "
                        + m.value().kind());
            } else if (checkValue(m.line(), where, attribute, text, repeat, placeholders)) {
                values.put(attribute, text);
            }
        });
        return values;
    }

    private boolean checkValue(int line, String where, EAttribute attribute, String text, Repeat repeat,
            Map<String, EClassifier> placeholders) {
        String name = attribute.getName();
        EClassifier type = attribute.getEAttributeType();
        Matcher whole = ToolItem.PLACEHOLDER.matcher(text);
        if (whole.matches() && type.getInstanceClass() != String.class) {
            if (!checkPlaceholders(line, "waarden", where, text, repeat, placeholders)) {
                return false;
            }
            EClassifier given = placeholders.get(whole.group(1));
            if (given != type) {
                problems.add(line, where + ": 'waarden': '" + name + "' is een " + type.getName() + ", maar {" + whole.group(1)
                        + "} geeft " + (given == EcorePackage.Literals.ESTRING ? "een tekst" : "een " + given.getName()));
                return false;
            }
            return true;
        }
        if (type.getInstanceClass() == String.class) {
            return checkPlaceholders(line, "waarden", where, text, repeat, placeholders);
        }
        if (type instanceof EEnum e) {
            if (Expression.enumLiteral(e, text) == null) {
                problems.add(line, where + ": 'waarden': '" + text + "' is geen waarde van " + name + " (" + e.getName() + ")"
                        + ClosestNames.suggestion(text, e.getELiterals().stream().map(l -> l.getName().toLowerCase(Locale.ROOT)).toList()));
                return false;
            }
            return true;
        }
        try {
            EcoreUtil.createFromString((org.eclipse.emf.ecore.EDataType) type, text);
            return true;
        } catch (RuntimeException ex) {
            problems.add(line, where + ": 'waarden': '" + text + "' is geen geldige waarde voor " + name + " (" + type.getName() + ")");
            return false;
        }
    }

    private void checkPlaceholders(JsonFields f, String key, String where, String text, Repeat repeat,
            Map<String, EClassifier> placeholders) {
        checkPlaceholders(f.lineOf(key), key, where, text, repeat, placeholders);
    }

    private boolean checkPlaceholders(int line, String key, String where, String text, Repeat repeat,
            Map<String, EClassifier> placeholders) {
        Matcher m = ToolItem.PLACEHOLDER.matcher(text);
        boolean ok = true;
        while (m.find()) {
            String name = m.group(1);
            if (repeat == null) {
                problems.add(line, where + ": '" + key + "': {" + name + "} staat alleen in een gereedschap met 'voorElke'");
                ok = false;
            } else if (!placeholders.containsKey(name)) {
                problems.add(line, where + ": '" + key + "': voorElke " + repeat.name() + " kent {" + name + "} niet; wel: "
                        + String.join(", ", placeholders.keySet().stream().sorted().map(p -> "{" + p + "}").toList())
                        + ClosestNames.suggestion(name, placeholders.keySet()));
                ok = false;
            }
        }
        return ok;
    }

    private String id(JsonFields f, Set<String> ids) {
        String id = f.requiredText("id");
        Optional<String> problem = RepresentationReader.idProblem(id);
        if (problem.isPresent()) {
            problems.add(f.lineOf("id"), f.where() + ": " + problem.get());
        } else if (id != null && !ids.add(id)) {
            problems.add(f.lineOf("id"), f.where() + ": id '" + id + "' komt twee keer voor");
        }
        return id;
    }

    /** A codicon name, as GLSP's palette shows it ("symbol-class", "arrow-right"). */
    private String icon(JsonFields f) {
        String icon = f.text("icoon").orElse(null);
        if (icon != null && !ICON.matcher(icon).matches()) {
            problems.add(f.lineOf("icoon"), f.where() + ": 'icoon' is de naam van een codicon, zoals \"symbol-class\" of"
                    + " \"arrow-right\", niet '" + icon + "'");
            return null;
        }
        return icon;
    }
}

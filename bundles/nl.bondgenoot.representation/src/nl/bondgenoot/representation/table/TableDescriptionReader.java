package nl.bondgenoot.representation.table;

import nl.bondgenoot.representation.DescriptionException;
import nl.bondgenoot.representation.DescriptionProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ENamedElement;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.representation.json.Json;
import nl.bondgenoot.representation.json.Json.JArray;
import nl.bondgenoot.representation.json.Json.JNumber;
import nl.bondgenoot.representation.json.Json.JObject;
import nl.bondgenoot.representation.json.Json.JText;
import nl.bondgenoot.representation.json.Json.Member;
import nl.bondgenoot.representation.json.JsonReader;
import nl.bondgenoot.rules.engine.ClosestNames;

/**
 * Reads a table description ({@code *.tabel.json}, schema {@code schema/tabel.schema.json}) and checks
 * it against the metamodel: every problem is said in Dutch with its line, all of them at once.
 */
public final class TableDescriptionReader {

    /** The keys of a table and of a column; the schema names the same (a test compares them). */
    static final Set<String> TABLE_KEYS = Set.of("$schema", "id", "naam", "klasse", "rijen", "kolommen");
    static final Set<String> COLUMN_KEYS = Set.of("kop", "toont", "afgeleid", "bewerkt", "breedte");
    static final int DEFAULT_WIDTH = 140;

    private static final EClass MODEL = BondgenootPackage.Literals.GOVERNANCEMODEL;

    private final String source;
    private final List<DescriptionProblem> problems = new ArrayList<>();

    private TableDescriptionReader(String source) {
        this.source = source;
    }

    /** Reads the description in the file. */
    public static TableDescription read(Path file) throws DescriptionException {
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), text);
        } catch (NoSuchFileException e) {
            throw new DescriptionException(List.of(new DescriptionProblem(file.toString(), 0, "bestaat niet")));
        } catch (IOException e) {
            throw new DescriptionException(List.of(new DescriptionProblem(file.toString(), 0, "onleesbaar: " + e.getMessage())));
        }
    }

    /** Reads a description from the text; {@code source} names it in messages (a file or a bundle entry). */
    public static TableDescription read(String source, Reader text) throws DescriptionException {
        return new TableDescriptionReader(source).table(text);
    }

    private TableDescription table(Reader text) throws DescriptionException {
        Json root;
        try {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                all.append(buffer, 0, n);
            }
            root = JsonReader.read(all.toString());
        } catch (JsonReader.JsonSyntaxException e) {
            throw fail(e.line(), e.getMessage());
        } catch (IOException e) {
            throw fail(0, "onleesbaar: " + e.getMessage());
        }
        if (!(root instanceof JObject table)) {
            throw fail(root.line(), "een tabelbeschrijving is een JSON-object ({ ... })");
        }
        unknownKeys(table, TABLE_KEYS, "van een tabel");
        String id = string(table, "id", true);
        String naam = string(table, "naam", true);
        EClass rowClass = rowClass(table);
        EReference rows = rows(table, rowClass);
        List<TableColumn> columns = new ArrayList<>();
        Json kolommen = table.get("kolommen");
        if (kolommen == null) {
            problem(table.line(), "'kolommen' ontbreekt: een tabel heeft minstens één kolom");
        } else if (!(kolommen instanceof JArray list) || list.items().isEmpty()) {
            problem(kolommen.line(), "'kolommen' is een lijst met minstens één kolom ([ { \"kop\": ... } ])");
        } else {
            for (Json node : list.items()) {
                TableColumn column = column(node, rowClass);
                if (column != null) {
                    columns.add(column);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DescriptionException(problems);
        }
        return new TableDescription(id, naam, rowClass, rows, columns, source);
    }

    private EClass rowClass(JObject table) {
        String name = string(table, "klasse", true);
        if (name == null) {
            return null;
        }
        EClassifier classifier = BondgenootPackage.eINSTANCE.getEClassifier(name);
        if (!(classifier instanceof EClass type)) {
            problem(line(table, "klasse"), "onbekende klasse '" + name + "' in het metamodel" + closest(name,
                    BondgenootPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(ENamedElement::getName).toList()));
            return null;
        }
        return type;
    }

    private EReference rows(JObject table, EClass rowClass) {
        String name = string(table, "rijen", true);
        if (name == null) {
            return null;
        }
        EStructuralFeature feature = MODEL.getEStructuralFeature(name);
        if (!(feature instanceof EReference list) || !list.isContainment() || !list.isMany()) {
            problem(line(table, "rijen"), "'" + name + "' is geen lijst van elementen van het model" + closest(name,
                    MODEL.getEAllContainments().stream().filter(EReference::isMany).map(ENamedElement::getName).toList()));
            return null;
        }
        if (rowClass != null && !list.getEReferenceType().isSuperTypeOf(rowClass) && !rowClass.isSuperTypeOf(list.getEReferenceType())) {
            problem(line(table, "klasse"), "de lijst '" + name + "' bevat " + list.getEReferenceType().getName() + ", geen "
                    + rowClass.getName());
            return null;
        }
        return list;
    }

    private TableColumn column(Json node, EClass rowClass) {
        if (!(node instanceof JObject column)) {
            problem(node.line(), "een kolom is een JSON-object ({ \"kop\": ..., \"toont\": ... })");
            return null;
        }
        int before = problems.size();
        unknownKeys(column, COLUMN_KEYS, "van een kolom");
        String header = string(column, "kop", true);
        String shows = string(column, "toont", false);
        String derivedName = string(column, "afgeleid", false);
        String edits = string(column, "bewerkt", false);
        int width = width(column);
        if (shows == null && derivedName == null && column.get("toont") == null && column.get("afgeleid") == null) {
            problem(column.line(), "kolom '" + header + "' noemt niet wat ze toont: geef 'toont' (een kenmerk, zoals \"soort\" of \"van.naam\") of 'afgeleid'");
        }
        if (shows != null && derivedName != null) {
            problem(line(column, "afgeleid"), "kolom '" + header + "' toont een kenmerk of een afgeleide waarde, niet allebei");
        }
        if (rowClass == null) {
            return null; // the class is unknown (said already): its features cannot be checked
        }
        List<EStructuralFeature> path = shows == null ? List.of() : path(column, shows, rowClass);
        DerivedValue derived = derivedName == null ? null : derived(column, derivedName, rowClass);
        EStructuralFeature edited = edits == null ? null : edited(column, header, edits, rowClass, derived);
        return problems.size() > before ? null : new TableColumn(header, path, edited, derived, width);
    }

    private List<EStructuralFeature> path(JObject column, String shows, EClass rowClass) {
        List<EStructuralFeature> path = new ArrayList<>();
        EClass current = rowClass;
        String[] steps = shows.split("\\.", -1);
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            if (current == null) {
                problem(line(column, "toont"), "'" + shows + "': na '" + steps[i - 1] + "' (een waarde, geen element) kan geen '" + step + "' volgen");
                return List.of();
            }
            EStructuralFeature feature = current.getEStructuralFeature(step);
            if (feature == null) {
                problem(line(column, "toont"), "onbekend kenmerk '" + step + "' van " + current.getName()
                        + closest(step, current.getEAllStructuralFeatures().stream().map(ENamedElement::getName).toList()));
                return List.of();
            }
            if (feature.isMany() && i < steps.length - 1) {
                problem(line(column, "toont"), "'" + shows + "': '" + step + "' heeft meer waarden; alleen het laatste deel van een pad mag meer waarden hebben");
                return List.of();
            }
            path.add(feature);
            current = feature instanceof EReference reference ? reference.getEReferenceType() : null;
        }
        return path;
    }

    private DerivedValue derived(JObject column, String name, EClass rowClass) {
        DerivedValue derived = DerivedValue.named(name).orElse(null);
        if (derived == null) {
            problem(line(column, "afgeleid"), "onbekende afgeleide waarde '" + name + "'; bekend zijn: "
                    + String.join(", ", DerivedValue.names().stream().sorted().toList()));
            return null;
        }
        if (!derived.appliesTo().isSuperTypeOf(rowClass)) {
            problem(line(column, "afgeleid"), "de afgeleide waarde '" + name + "' is er voor " + derived.appliesTo().getName()
                    + ", niet voor " + rowClass.getName());
            return null;
        }
        return derived;
    }

    private EStructuralFeature edited(JObject column, String header, String name, EClass rowClass, DerivedValue derived) {
        int line = line(column, "bewerkt");
        if (derived != null) {
            problem(line, "kolom '" + header + "' toont een afgeleide waarde; die is niet te bewerken");
            return null;
        }
        EStructuralFeature feature = rowClass.getEStructuralFeature(name);
        if (feature == null) {
            problem(line, "onbekend kenmerk '" + name + "' van " + rowClass.getName()
                    + closest(name, rowClass.getEAllStructuralFeatures().stream().map(ENamedElement::getName).toList()));
            return null;
        }
        if (feature.isMany()) {
            problem(line, "kolom '" + header + "' bewerkt '" + name + "', dat meer waarden heeft; een cel zet één waarde (zo'n lijst bewerkt u in Eigenschappen)");
            return null;
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            problem(line, "kolom '" + header + "' bewerkt '" + name + "', dat een eigen element bevat; een cel zet een waarde of een verwijzing");
            return null;
        }
        if (!feature.isChangeable() || feature.isDerived()) {
            problem(line, "het kenmerk '" + name + "' van " + rowClass.getName() + " is niet te wijzigen");
            return null;
        }
        return feature;
    }

    private int width(JObject column) {
        Json node = column.get("breedte");
        if (node == null) {
            return DEFAULT_WIDTH;
        }
        if (node instanceof JNumber number && number.value() == Math.rint(number.value()) && number.value() >= 20
                && number.value() <= 2000) {
            return (int) number.value();
        }
        problem(node.line(), "'breedte' is een geheel aantal pixels van 20 tot 2000");
        return DEFAULT_WIDTH;
    }

    /** A string member; null (with a problem when required) when it is missing or no text. */
    private String string(JObject object, String key, boolean required) {
        Json node = object.get(key);
        if (node == null) {
            if (required) {
                problem(object.line(), "'" + key + "' ontbreekt");
            }
            return null;
        }
        if (node instanceof JText value && !value.value().isBlank()) {
            return value.value().strip();
        }
        problem(node.line(), "'" + key + "' is een tekst tussen aanhalingstekens, niet leeg");
        return null;
    }

    private void unknownKeys(JObject object, Set<String> known, String what) {
        for (Member member : object.members().values()) {
            if (!known.contains(member.key())) {
                problem(member.line(), "onbekende sleutel '" + member.key() + "' " + what
                        + closest(member.key(), known.stream().filter(k -> !k.startsWith("$")).sorted().toList()));
            }
        }
    }

    private static int line(JObject object, String key) {
        Json node = object.get(key);
        return node == null ? object.line() : node.line();
    }

    private static String closest(String unknown, Collection<String> known) {
        return ClosestNames.suggestion(unknown, known);
    }

    private void problem(int line, String message) {
        problems.add(new DescriptionProblem(source, line, message));
    }

    private DescriptionException fail(int line, String message) {
        problems.add(new DescriptionProblem(source, line, message));
        return new DescriptionException(problems);
    }
}

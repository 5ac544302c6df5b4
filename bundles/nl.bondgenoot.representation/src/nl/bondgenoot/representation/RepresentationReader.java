package nl.bondgenoot.representation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.rules.engine.ClosestNames;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.persistence.BondgenootFiles;
import nl.bondgenoot.representation.JsonFields.Problems;
import nl.bondgenoot.representation.description.Mappings.BadgeMapping;
import nl.bondgenoot.representation.description.Mappings.ConditionalStyle;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.Filter;
import nl.bondgenoot.representation.description.Mappings.GroupMapping;
import nl.bondgenoot.representation.description.Mappings.LabelMapping;
import nl.bondgenoot.representation.description.Mappings.Layer;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.representation.description.Scale;
import nl.bondgenoot.representation.description.Shapes;
import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.description.Style.Decoration;
import nl.bondgenoot.representation.description.TextStyle;
import nl.bondgenoot.representation.expression.Expression;
import nl.bondgenoot.representation.expression.ExpressionException;
import nl.bondgenoot.representation.expression.Features;
import nl.bondgenoot.representation.expression.Type;
import nl.bondgenoot.representation.json.Json;
import nl.bondgenoot.representation.json.Json.JText;
import nl.bondgenoot.representation.json.JsonReader;
import nl.bondgenoot.representation.json.JsonReader.JsonSyntaxException;
import nl.bondgenoot.representation.look.Icons;
import nl.bondgenoot.representation.table.TableColumn;
import nl.bondgenoot.representation.table.TableDescription;
import nl.bondgenoot.representation.tool.ToolGroup;

/**
 * Reads a representation description ({@code *.weergave.json}, schema in
 * {@code schema/weergave.schema.json}) and checks it against the metamodel: every class, feature,
 * colour, shape, text style and mapping it names, and its palette tools ({@link ToolReader}); a table
 * ({@code "soort": "tabel"}) its rows and columns. All problems are collected, each as
 * {@code file:line: message} in Dutch.
 */
public final class RepresentationReader {

    public static final String FORMAT = "bondgenoot-weergave";
    public static final String EXTENSION = ".weergave.json";

    /** The kinds of description ({@code "soort"}): a diagram, the default, or a table. */
    public static final String KAART = "kaart";
    public static final String TABEL = "tabel";
    private static final int DEFAULT_COLUMN_WIDTH = 140;

    /** The kinds of file a description can draw, by extension; the first is the default. */
    public static final List<String> FILE_KINDS = List.of(BondgenootFiles.MODEL_EXTENSION, BondgenootFiles.AGENDA_EXTENSION);

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}");
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern DASH = Pattern.compile("(\\d+(\\.\\d+)?( \\d+(\\.\\d+)?)*)?");

    private final Problems problems;
    private final Map<String, String> colours = new HashMap<>();
    private final Map<String, TextStyle> textStyles = new LinkedHashMap<>();

    private RepresentationReader(String file) {
        this.problems = new Problems(file);
    }

    /** Reads a diagram's description; a table's description is a problem here. */
    public static Representation read(String text, String file) throws DescriptionException {
        return kind(readDescription(text, file), Representation.class, "een kaart", file);
    }

    /** Reads a table's description ({@code "soort": "tabel"}); a diagram's description is a problem here. */
    public static TableDescription readTable(String text, String file) throws DescriptionException {
        return kind(readDescription(text, file), TableDescription.class, "een tabel", file);
    }

    /** Reads a description of either kind: a diagram, or with {@code "soort": "tabel"} a table. */
    public static Description readDescription(String text, String file) throws DescriptionException {
        return new RepresentationReader(file).read(text);
    }

    private static <T extends Description> T kind(Description read, Class<T> kind, String expected, String file)
            throws DescriptionException {
        if (kind.isInstance(read)) {
            return kind.cast(read);
        }
        throw new DescriptionException(List.of(new DescriptionProblem(file, 0, "beschrijft " + (read instanceof TableDescription
                ? "een tabel" : "een kaart") + ", maar hier hoort " + expected + " ('soort')")));
    }

    private Description read(String text) throws DescriptionException {
        Json json;
        try {
            json = JsonReader.read(text);
        } catch (JsonSyntaxException e) {
            problems.add(e.line(), e.getMessage());
            throw new DescriptionException(problems.list());
        }
        JsonFields root = JsonFields.of(json, "de beschrijving", problems).orElse(null);
        if (root == null) {
            throw new DescriptionException(problems.list());
        }
        String format = root.requiredText("formaat");
        if (format != null && !FORMAT.equals(format)) {
            problems.add(root.line(), "'formaat' hoort '" + FORMAT + "' te zijn, niet '" + format + "'");
        }
        root.number("versie").filter(v -> v != 1).ifPresent(v -> problems.add(root.line(), "versie " + Expression.text(v)
                + " kent deze versie van Bondgenoot niet (wel versie 1)"));
        String id = root.requiredText("id");
        idProblem(id).ifPresent(message -> problems.add(root.line(), message));
        String naam = root.requiredText("naam");
        String omschrijving = root.text("omschrijving").orElse("");
        String soort = root.text("soort").orElse(KAART);
        if (TABEL.equals(soort)) {
            return table(root, id, naam, omschrijving);
        }
        if (!KAART.equals(soort)) {
            problems.add(root.lineOf("soort"), "'soort' is '" + KAART + "' of '" + TABEL + "', niet '" + soort + "'"
                    + ClosestNames.suggestion(soort, List.of(KAART, TABEL)));
        }
        root.member("kleuren").ifPresent(m -> readColours(m.value()));
        root.member("tekststijlen").ifPresent(m -> readTextStyles(m.value()));

        List<NodeMapping> nodes = new ArrayList<>();
        for (Json item : root.list("knopen")) {
            JsonFields.of(item, "knoop", problems).map(this::node).ifPresent(nodes::add);
        }
        List<EdgeMapping> edges = new ArrayList<>();
        for (Json item : root.list("lijnen")) {
            JsonFields.of(item, "lijn", problems).map(f -> edge(f, nodes)).ifPresent(edges::add);
        }
        checkUnique(nodes.stream().map(NodeMapping::id).toList(), edges.stream().map(EdgeMapping::id).toList(), root.line());
        checkGroups(nodes, edges);
        Map<String, EClass> classes = new HashMap<>();
        nodes.forEach(n -> classes.put(n.id(), n.klasse()));
        edges.forEach(e -> classes.put(e.id(), e.klasse()));
        List<Layer> layers = new ArrayList<>();
        for (Json item : root.list("lagen")) {
            JsonFields.of(item, "laag", problems).map(f -> layer(f, classes)).ifPresent(layers::add);
        }
        List<Filter> filters = new ArrayList<>();
        for (Json item : root.list("filters")) {
            JsonFields.of(item, "filter", problems).map(f -> filter(f, classes)).ifPresent(filters::add);
        }
        List<ToolGroup> tools = ToolReader.read(root.list("gereedschap"), nodes, edges, problems);
        List<String> fileKinds = fileKinds(root);
        String direction = layoutDirection(root);
        root.done();
        if (!problems.list().isEmpty()) {
            throw new DescriptionException(problems.list());
        }
        return new Representation(id, naam, omschrijving, problems.file(), Map.copyOf(textStyles), List.copyOf(nodes),
                List.copyOf(edges), List.copyOf(layers), List.copyOf(filters), tools, fileKinds, direction);
    }

    /** The kinds of file a description draws ("bestandssoorten"): model files unless it says otherwise. */
    private List<String> fileKinds(JsonFields root) {
        if (root.member("bestandssoorten").isEmpty()) {
            return FILE_KINDS.subList(0, 1);
        }
        List<String> kinds = root.texts("bestandssoorten");
        for (String kind : kinds) {
            if (!FILE_KINDS.contains(kind)) {
                problems.add(root.lineOf("bestandssoorten"), "'bestandssoorten' noemt " + String.join(" of ", FILE_KINDS)
                        + ", niet '" + kind + "'" + ClosestNames.suggestion(kind, FILE_KINDS));
            }
        }
        if (kinds.isEmpty()) {
            problems.add(root.lineOf("bestandssoorten"), "'bestandssoorten' noemt minstens één soort bestand: "
                    + String.join(" of ", FILE_KINDS));
        }
        return List.copyOf(kinds);
    }

    /** "indeling": { "richting": "rechts" }: the direction of an automatic layout in layers, or null. */
    private String layoutDirection(JsonFields root) {
        return root.member("indeling").flatMap(m -> JsonFields.of(m.value(), "indeling", problems)).map(f -> {
            String richting = word(f, "richting", Representation.RICHTINGEN);
            f.done();
            return richting;
        }).orElse(null);
    }

    private TableDescription table(JsonFields root, String id, String naam, String omschrijving) throws DescriptionException {
        EClass klasse = eClass(root);
        Expression elementen = expression(root, "elementen", BondgenootPackage.eINSTANCE.getGovernancemodel(), true).orElse(null);
        if (elementen != null && klasse != null) {
            checkList(root, elementen, klasse);
        }
        Expression als = expression(root, "als", klasse, false).orElse(null);
        List<TableColumn> columns = new ArrayList<>();
        List<Json> kolommen = root.list("kolommen");
        if (kolommen.isEmpty() && root.member("kolommen").map(m -> m.value() instanceof Json.JArray).orElse(true)) {
            problems.add(root.lineOf("kolommen"), "een tabel heeft 'kolommen': een lijst met minstens één kolom ([ { \"kop\": ..., \"tekst\": ... } ])");
        }
        for (Json item : kolommen) {
            JsonFields.of(item, "kolom", problems).flatMap(f -> column(f, klasse)).ifPresent(columns::add);
        }
        root.done();
        if (!problems.list().isEmpty()) {
            throw new DescriptionException(problems.list());
        }
        return new TableDescription(id, naam, omschrijving, klasse, elementen, als, columns, problems.file());
    }

    /** A column; with an unknown row class (reported already) its expression and edited feature are not checked. */
    private Optional<TableColumn> column(JsonFields f, EClass klasse) {
        String kop = f.requiredText("kop");
        Optional<Expression> tekst = expression(f, "tekst", klasse, true);
        EStructuralFeature edits = f.text("bewerkbaar").map(name -> edited(f, kop, name, klasse)).orElse(null);
        int width = f.number("breedte").map(Double::intValue).orElse(DEFAULT_COLUMN_WIDTH);
        if (width < 20 || width > 2000) {
            problems.add(f.lineOf("breedte"), "kolom '" + kop + "': 'breedte' is een aantal pixels van 20 tot 2000");
        }
        f.done();
        return kop == null ? Optional.empty() : tekst.map(t -> new TableColumn(kop, t, edits, width));
    }

    /** The feature a cell edit sets: one value, a choice or a reference of the row, never a list or a contained element. */
    private EStructuralFeature edited(JsonFields f, String kop, String name, EClass klasse) {
        if (klasse == null) {
            return null;
        }
        int line = f.lineOf("bewerkbaar");
        EStructuralFeature feature = klasse.getEStructuralFeature(name);
        if (feature == null) {
            problems.add(line, "kolom '" + kop + "': '" + name + "' is geen eigenschap van " + klasse.getName()
                    + ClosestNames.suggestion(name, klasse.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList()));
        } else if (feature.isMany()) {
            problems.add(line, "kolom '" + kop + "' bewerkt '" + name + "', dat meer waarden heeft; een cel zet één waarde"
                    + " (zo'n lijst bewerkt u in Eigenschappen)");
        } else if (feature instanceof EReference reference && reference.isContainment()) {
            problems.add(line, "kolom '" + kop + "' bewerkt '" + name + "', dat een eigen element bevat; een cel zet een waarde of een verwijzing");
        } else if (!feature.isChangeable() || feature.isDerived()) {
            problems.add(line, "kolom '" + kop + "': de eigenschap '" + name + "' van " + klasse.getName() + " is niet te wijzigen");
        } else {
            return feature;
        }
        return null;
    }

    private void readColours(Json json) {
        JsonFields.of(json, "kleuren", problems).ifPresent(fields -> {
            if (json instanceof Json.JObject o) {
                o.members().forEach((name, member) -> {
                    fields.member(name);
                    if (member.value() instanceof JText t && COLOUR.matcher(t.value()).matches()) {
                        colours.put(name, normalise(t.value()));
                    } else {
                        problems.add(member.line(), "kleur '" + name + "' hoort een kleur als \"#1f5fbf\" te zijn");
                    }
                });
            }
        });
    }

    private void readTextStyles(Json json) {
        if (!(json instanceof Json.JObject o)) {
            problems.add(json.line(), "'tekststijlen' hoort een object te zijn");
            return;
        }
        o.members().forEach((name, member) -> JsonFields.of(member.value(), "tekststijl '" + name + "'", problems).ifPresent(f -> {
            double size = f.number("grootte").orElse(TextStyle.DEFAULT.grootte());
            int weight = f.number("gewicht").map(Double::intValue).orElse(400);
            boolean italic = f.bool("cursief").orElse(false);
            String colour = colour(f, "kleur").orElse(TextStyle.DEFAULT.kleur());
            boolean halo = f.bool("halo").orElse(false);
            f.done();
            textStyles.put(name, new TextStyle(size, weight, italic, colour, halo));
        }));
    }

    private NodeMapping node(JsonFields f) {
        String id = mappingId(f);
        EClass klasse = eClass(f);
        Expression elementen = expression(f, "elementen", BondgenootPackage.eINSTANCE.getGovernancemodel(), true)
                .orElse(null);
        if (elementen != null && klasse != null) {
            checkList(f, elementen, klasse);
        }
        Expression als = klasse == null ? null : expression(f, "als", klasse, false).orElse(null);
        Style style = style(f, false);
        double[] size = { 120, 40 };
        f.member("grootte").flatMap(m -> JsonFields.of(m.value(), "grootte", problems)).ifPresent(g -> {
            size[0] = g.number("breedte").orElse(size[0]);
            size[1] = g.number("hoogte").orElse(size[1]);
            g.done();
        });
        double[] margin = { 8, 14 };
        f.member("marge").flatMap(m -> JsonFields.of(m.value(), "marge", problems)).ifPresent(g -> {
            margin[0] = g.number("boven").orElse(margin[0]);
            margin[1] = g.number("zijkant").orElse(margin[1]);
            g.done();
        });
        List<LabelMapping> labels = new ArrayList<>();
        for (Json item : f.list("labels")) {
            JsonFields.of(item, "label", problems).flatMap(l -> label(l, klasse)).ifPresent(labels::add);
        }
        List<BadgeMapping> badges = new ArrayList<>();
        for (Json item : f.list("badges")) {
            JsonFields.of(item, "badge", problems).ifPresent(b -> {
                Optional<Expression> tekst = expression(b, "tekst", klasse, true);
                Expression bAls = expression(b, "als", klasse, false).orElse(null);
                String kleur = colour(b, "kleur").orElse("#5f6368");
                String stijl = textStyleName(b);
                b.done();
                tekst.ifPresent(t -> badges.add(new BadgeMapping(t, bAls, kleur, stijl)));
            });
        }
        GroupMapping group = f.member("groep").flatMap(m -> JsonFields.of(m.value(), "groep", problems)).map(g -> {
            Expression leden = expression(g, "leden", klasse, true).orElse(null);
            boolean wissel = g.bool("wissel").orElse(false);
            List<String> verbergt = g.texts("verbergt");
            Style groupStyle = style(g, false);
            String groupLegend = g.text("legenda").orElse(null);
            g.done();
            return new GroupMapping(leden, wissel, groupStyle, verbergt, groupLegend);
        }).orElse(null);
        List<ConditionalStyle> styles = conditionalStyles(f, klasse, false, false);
        Scale schaal = scale(f, klasse, false);
        String legenda = f.text("legenda").orElse(null);
        String legendaTekst = f.text("legendaTekst").orElse(null);
        f.done();
        return new NodeMapping(id, klasse, elementen, als, style, size[0], size[1], margin[0], margin[1], List.copyOf(labels),
                List.copyOf(badges), group, styles, legenda, legendaTekst, f.line(), schaal);
    }

    private EdgeMapping edge(JsonFields f, List<NodeMapping> nodes) {
        String id = mappingId(f);
        Optional<String> eigenaar = f.text("eigenaar");
        EClass klasse = null;
        Expression elementen = null;
        String bron = null;
        String doel = null;
        String referentie = null;
        boolean naarEigenaar = false;
        String idDeel = null;
        if (eigenaar.isPresent()) {
            NodeMapping owner = nodes.stream().filter(n -> n.id().equals(eigenaar.get())).findFirst().orElse(null);
            referentie = f.requiredText("referentie");
            String richting = f.text("richting").orElse("van eigenaar");
            if (!List.of("van eigenaar", "naar eigenaar").contains(richting)) {
                problems.add(f.line(), "lijn '" + id + "': 'richting' is 'van eigenaar' of 'naar eigenaar', niet '" + richting + "'");
            }
            naarEigenaar = "naar eigenaar".equals(richting);
            idDeel = f.text("idDeel").orElse(referentie);
            if (owner == null) {
                problems.add(f.line(), "lijn '" + id + "': er is geen knoop met id '" + eigenaar.get() + "'");
            } else if (owner.klasse() != null && referentie != null) {
                EStructuralFeature feature = owner.klasse().getEStructuralFeature(referentie);
                if (!(feature instanceof EReference)) {
                    problems.add(f.line(), "lijn '" + id + "': '" + referentie + "' is geen verwijzing van " + owner.klasse().getName()
                            + ClosestNames.suggestion(referentie, references(owner.klasse())));
                } else {
                    klasse = owner.klasse();
                }
            }
        } else {
            klasse = eClass(f);
            elementen = expression(f, "elementen", BondgenootPackage.eINSTANCE.getGovernancemodel(), true).orElse(null);
            if (elementen != null && klasse != null) {
                checkList(f, elementen, klasse);
            }
            bron = reference(f, "bron", klasse);
            doel = reference(f, "doel", klasse);
        }
        Style style = style(f, true);
        EClass labelled = eigenaar.isPresent() ? null : klasse;
        f.member("label"); // with an unknown class (reported already) the label is not checked
        if (eigenaar.isPresent() && f.member("label").isPresent()) {
            problems.add(f.line(), "lijn '" + id + "': een lijn langs een verwijzing heeft geen label");
        }
        LabelMapping label = labelled == null ? null
                : f.member("label").flatMap(m -> JsonFields.of(m.value(), "label", problems)).flatMap(l -> label(l, labelled))
                        .orElse(null);
        List<ConditionalStyle> styles = conditionalStyles(f, eigenaar.isPresent() ? null : klasse, true, eigenaar.isPresent());
        if (eigenaar.isPresent() && f.member("schaal").isPresent()) {
            problems.add(f.lineOf("schaal"), "lijn '" + id + "': een lijn langs een verwijzing heeft geen schaal");
        }
        Scale schaal = eigenaar.isPresent() ? null : scale(f, klasse, true);
        String legenda = f.text("legenda").orElse(null);
        String legendaTekst = f.text("legendaTekst").orElse(null);
        f.done();
        return new EdgeMapping(id, eigenaar.isPresent() ? null : klasse, elementen, bron, doel, eigenaar.orElse(null), referentie,
                naarEigenaar, idDeel, style, label, styles, legenda, legendaTekst, f.line(), schaal);
    }

    private Optional<LabelMapping> label(JsonFields l, EClass klasse) {
        Optional<Expression> tekst = expression(l, "tekst", klasse, true);
        String stijl = textStyleName(l);
        Expression als = expression(l, "als", klasse, false).orElse(null);
        String bewerkbaar = l.text("bewerkbaar").orElse(null);
        if (bewerkbaar != null && klasse != null && klasse.getEStructuralFeature(bewerkbaar) == null) {
            problems.add(l.lineOf("bewerkbaar"), "label: '" + bewerkbaar + "' is geen eigenschap van " + klasse.getName());
        }
        l.done();
        return tekst.map(t -> new LabelMapping(t, stijl, als, bewerkbaar));
    }

    private String textStyleName(JsonFields f) {
        String name = f.text("stijl").orElse(null);
        if (name != null && !textStyles.containsKey(name)) {
            problems.add(f.lineOf("stijl"), f.where() + ": er is geen tekststijl '" + name + "'"
                    + ClosestNames.suggestion(name, List.copyOf(textStyles.keySet())));
        }
        return name;
    }

    /** Conditional styles; with an unknown class (reported already) their conditions are not checked. */
    private List<ConditionalStyle> conditionalStyles(JsonFields f, EClass klasse, boolean line, boolean reference) {
        List<ConditionalStyle> styles = new ArrayList<>();
        for (Json item : f.list("stijlen")) {
            JsonFields.of(item, "stijl", problems).ifPresent(s -> {
                Optional<Expression> als = klasse == null ? Optional.empty() : expression(s, "als", klasse, true);
                s.member("als");
                Style style = style(s, line);
                String legenda = s.text("legenda").orElse(null);
                s.done();
                if (reference) {
                    problems.add(s.line(), "stijl: een lijn langs een verwijzing heeft geen voorwaardelijke stijlen");
                } else if (legenda != null && als.isPresent() && als.get().example(klasse).isEmpty()) {
                    problems.add(s.line(), "stijl: de legenda kan geen voorbeeld maken bij 'als: " + als.get().source()
                            + "'; gebruik eigenschap == waarde, eigenschap > getal (of <, <=, >=), een waar/onwaar-eigenschap, of 'en' daartussen");
                }
                als.ifPresent(a -> styles.add(new ConditionalStyle(a, style, legenda, s.line())));
            });
        }
        return List.copyOf(styles);
    }

    /**
     * A size policy by number: {"waarde": numeric expression, "van", "tot", and per property a pair
     * [at van, at tot]: "randdikte", "breedte", "hoogte" for a node, "dikte" for a line}.
     */
    private Scale scale(JsonFields f, EClass klasse, boolean line) {
        return f.member("schaal").flatMap(m -> JsonFields.of(m.value(), "schaal", problems)).map(s -> {
            Optional<Expression> waarde = expression(s, "waarde", klasse, true);
            waarde.ifPresent(w -> {
                try {
                    Type type = w.check(klasse);
                    if (type.kind() != Type.Kind.NUMBER || type.many()) {
                        problems.add(s.lineOf("waarde"), "schaal: 'waarde' hoort een getal te geven (zoals aantalRelaties of aantal(leden)), niet "
                                + type.describe());
                    }
                } catch (ExpressionException e) {
                    // reported where it was parsed
                }
            });
            s.member("waarde");
            double van = s.number("van").orElse(0.0);
            Optional<Double> tot = s.number("tot");
            if (tot.isEmpty() && !s.member("tot").isPresent()) {
                problems.add(s.line(), "schaal: 'tot' ontbreekt (de waarde waarbij het grootste uiterlijk bereikt is)");
            }
            double[] randdikte = pair(s, line ? "dikte" : "randdikte");
            double[] breedte = line ? null : pair(s, "breedte");
            double[] hoogte = line ? null : pair(s, "hoogte");
            String legenda = s.text("legenda").orElse(null);
            s.done();
            if (tot.isPresent() && tot.get() <= van) {
                problems.add(s.line(), "schaal: 'tot' hoort groter te zijn dan 'van'");
            }
            if (randdikte == null && breedte == null && hoogte == null) {
                problems.add(s.line(), "schaal: noem wat meegroeit: " + (line ? "'dikte'" : "'randdikte', 'breedte' of 'hoogte'")
                        + " met twee getallen, zoals [1.5, 6]");
            }
            return waarde.map(w -> new Scale(w, van, tot.orElse(van + 1), randdikte, breedte, hoogte, legenda)).orElse(null);
        }).orElse(null);
    }

    /** Two numbers [at van, at tot], or null when the key is missing (a problem when they are not two numbers). */
    private double[] pair(JsonFields f, String key) {
        if (f.member(key).isEmpty()) {
            return null;
        }
        List<Json> items = f.list(key);
        if (items.size() == 2 && items.stream().allMatch(i -> i instanceof Json.JNumber n && Double.isFinite(n.value())
                && n.value() >= 0 && n.value() <= 100_000)) {
            return new double[] { ((Json.JNumber) items.get(0)).value(), ((Json.JNumber) items.get(1)).value() };
        }
        problems.add(f.lineOf(key), "schaal: '" + key + "' hoort twee getallen van 0 tot 100000 te zijn, zoals [1.5, 6]");
        return null;
    }

    private Style style(JsonFields f, boolean line) {
        String vorm = null;
        String vulling = null;
        List<Decoration> versieringen = null;
        String icoon = null;
        String pijl = null;
        Double dekking = f.number("dekking").orElse(null);
        if (dekking != null && dekking > 1) {
            problems.add(f.lineOf("dekking"), f.where() + ": 'dekking' ligt tussen 0 en 1");
        }
        String rand;
        Double dikte;
        if (line) {
            rand = colour(f, "kleur").orElse(null);
            dikte = f.number("dikte").orElse(null);
            pijl = word(f, "pijl", Shapes.PIJLEN);
        } else {
            vorm = word(f, "vorm", Shapes.VORMEN);
            vulling = colour(f, "vulling").orElse(null);
            rand = colour(f, "rand").orElse(null);
            dikte = f.number("randdikte").orElse(null);
            icoon = f.text("icoon").orElse(null);
            if (icoon != null && !Icons.exists(icoon)) {
                problems.add(f.lineOf("icoon"), f.where() + ": er is geen icoon '" + icoon + "'"
                        + ClosestNames.suggestion(icoon, Icons.ids()));
            }
            if (f.member("versieringen").isPresent()) {
                versieringen = new ArrayList<>();
                for (Json item : f.list("versieringen")) {
                    Optional<JsonFields> d = JsonFields.of(item, "versiering", problems);
                    if (d.isPresent()) {
                        String soort = word(d.get(), "soort", Shapes.VERSIERINGEN);
                        String kleur = colour(d.get(), "kleur").orElse("#5f6368");
                        d.get().done();
                        if (soort != null) {
                            versieringen.add(new Decoration(soort, kleur));
                        }
                    }
                }
            }
        }
        String streep = f.text("streep").orElse(null);
        if (streep != null && !DASH.matcher(streep).matches()) {
            problems.add(f.lineOf("streep"), f.where() + ": 'streep' is een reeks getallen als \"6 3\" (streep, gat, ...) of \"\", niet '"
                    + streep + "'");
        }
        Boolean rond = line ? f.bool("rond").orElse(null) : null;
        return new Style(vorm, vulling, rand, dikte, streep, rond, icoon, versieringen, pijl, dekking);
    }

    private String word(JsonFields f, String key, List<String> words) {
        String value = f.text(key).orElse(null);
        if (value != null && !words.contains(value)) {
            problems.add(f.lineOf(key), f.where() + ": '" + key + "' is een van " + String.join(", ", words) + "; niet '" + value + "'"
                    + ClosestNames.suggestion(value, words));
            return null;
        }
        return value;
    }

    private Optional<String> colour(JsonFields f, String key) {
        return f.text(key).flatMap(value -> {
            if (COLOUR.matcher(value).matches()) {
                return Optional.of(normalise(value));
            }
            if ("geen".equals(value)) {
                return Optional.of("none");
            }
            if (colours.containsKey(value)) {
                return Optional.of(colours.get(value));
            }
            problems.add(f.lineOf(key), f.where() + ": '" + key + "' is geen kleur: '" + value
                    + "' (schrijf \"#1f5fbf\", \"geen\" of een naam uit 'kleuren'"
                    + ClosestNames.suggestion(value, List.copyOf(colours.keySet())) + ")");
            return Optional.empty();
        });
    }

    private static String normalise(String colour) {
        String c = colour.toLowerCase();
        return c.length() == 4 ? "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3) : c;
    }

    private String mappingId(JsonFields f) {
        String id = f.requiredText("id");
        idProblem(id).ifPresent(message -> problems.add(f.lineOf("id"), f.where() + ": " + message));
        return id;
    }

    /** What is wrong with an id that breaks {@link #ID}; empty when it is fine or missing (said elsewhere). */
    static Optional<String> idProblem(String id) {
        return id == null || ID.matcher(id).matches() ? Optional.empty()
                : Optional.of("'id' mag alleen kleine letters, cijfers, '-' en '_' bevatten: '" + id + "'");
    }

    private EClass eClass(JsonFields f) {
        String name = f.requiredText("klasse");
        if (name == null) {
            return null;
        }
        Optional<EClass> eClass = Features.eClass(name);
        if (eClass.isEmpty()) {
            problems.add(f.lineOf("klasse"), f.where() + ": het metamodel kent geen klasse '" + name + "'"
                    + ClosestNames.suggestion(name, Features.classNames()));
        }
        return eClass.orElse(null);
    }

    private String reference(JsonFields f, String key, EClass klasse) {
        String name = f.requiredText(key);
        if (name != null && klasse != null) {
            EStructuralFeature feature = klasse.getEStructuralFeature(name);
            if (!(feature instanceof EReference) || feature.isMany()) {
                problems.add(f.lineOf(key), f.where() + ": '" + key + "': '" + name + "' is geen enkelvoudige verwijzing van "
                        + klasse.getName() + ClosestNames.suggestion(name, references(klasse)));
                return null;
            }
        }
        return name;
    }

    private static List<String> references(EClass klasse) {
        return klasse.getEAllReferences().stream().map(EReference::getName).toList();
    }

    private Optional<Expression> expression(JsonFields f, String key, EClass owner, boolean required) {
        Optional<String> source = required ? Optional.ofNullable(f.requiredText(key)) : f.text(key);
        if (source.isEmpty() || owner == null) {
            return Optional.empty();
        }
        int line = f.member(key).map(m -> m.line()).orElse(f.line());
        try {
            Expression expression = Expression.parse(source.get());
            expression.check(owner);
            return Optional.of(expression);
        } catch (ExpressionException e) {
            problems.add(line, f.where() + ": '" + key + "', kolom " + e.column() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void checkList(JsonFields f, Expression elementen, EClass klasse) {
        try {
            Type type = elementen.check(BondgenootPackage.eINSTANCE.getGovernancemodel());
            if (type.kind() != Type.Kind.ELEMENT || !(klasse.isSuperTypeOf((EClass) type.classifier())
                    || ((EClass) type.classifier()).isSuperTypeOf(klasse))) {
                problems.add(f.lineOf("elementen"), f.where() + ": 'elementen' geeft " + type.describe() + ", geen " + klasse.getName());
            }
        } catch (ExpressionException e) {
            // reported where it was parsed
        }
    }

    private void checkUnique(List<String> nodes, List<String> edges, int line) {
        Set<String> seen = new java.util.HashSet<>();
        for (String id : concat(nodes, edges)) {
            if (id != null && !seen.add(id)) {
                problems.add(line, "id '" + id + "' wordt door twee knopen of lijnen gebruikt");
            }
        }
    }

    private void checkGroups(List<NodeMapping> nodes, List<EdgeMapping> edges) {
        for (NodeMapping node : nodes) {
            if (node.groep() != null) {
                for (String hidden : node.groep().verbergt()) {
                    if (edges.stream().noneMatch(e -> e.id().equals(hidden))) {
                        problems.add(node.line(), "knoop '" + node.id() + "': groep verbergt lijn '" + hidden + "', die er niet is");
                    }
                }
            }
        }
    }

    private Layer layer(JsonFields f, Map<String, EClass> classes) {
        String id = mappingId(f);
        String naam = f.requiredText("naam");
        boolean aan = f.bool("aan").orElse(true);
        List<String> mappings = mappingIds(f, classes);
        Expression als = condition(f, mappings, classes, false);
        f.done();
        return new Layer(id, naam, aan, mappings, als);
    }

    private Filter filter(JsonFields f, Map<String, EClass> classes) {
        String id = mappingId(f);
        String naam = f.requiredText("naam");
        List<String> mappings = mappingIds(f, classes);
        Expression als = condition(f, mappings, classes, true);
        String doen = f.text("doen").orElse("verberg");
        if (!List.of("verberg", "vervaag").contains(doen)) {
            problems.add(f.line(), "filter '" + id + "': 'doen' is 'verberg' of 'vervaag', niet '" + doen + "'");
        }
        f.done();
        return new Filter(id, naam, mappings, als, "vervaag".equals(doen));
    }

    private List<String> mappingIds(JsonFields f, Map<String, EClass> classes) {
        List<String> ids = f.texts("toepassenOp");
        if (ids.isEmpty()) {
            problems.add(f.line(), f.where() + ": 'toepassenOp' noemt de knopen en lijnen (hun id) waar dit voor geldt");
        }
        for (String id : ids) {
            if (!classes.containsKey(id)) {
                problems.add(f.lineOf("toepassenOp"), f.where() + ": er is geen knoop of lijn met id '" + id + "'"
                        + ClosestNames.suggestion(id, List.copyOf(classes.keySet())));
            }
        }
        return ids;
    }

    /** A condition of a layer or filter must fit the class of every mapping it applies to. */
    private Expression condition(JsonFields f, List<String> mappings, Map<String, EClass> classes, boolean required) {
        Expression result = null;
        for (String mapping : mappings) {
            EClass klasse = classes.get(mapping);
            if (klasse != null) {
                Optional<Expression> e = expression(f, "als", klasse, required);
                if (e.isEmpty()) {
                    return null;
                }
                result = e.get();
            }
        }
        f.member("als"); // with no known class (reported already) the condition is not checked
        return result;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

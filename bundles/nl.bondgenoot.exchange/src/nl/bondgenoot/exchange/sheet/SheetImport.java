package nl.bondgenoot.exchange.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.bondgenoot.exchange.preview.Addition;
import nl.bondgenoot.exchange.preview.Change;
import nl.bondgenoot.exchange.preview.FeatureChange;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.exchange.preview.Removal;
import nl.bondgenoot.exchange.sheet.Column.CellException;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Periode;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.tijd.Periodes;

/**
 * Sheets of text against a model: the preview of what importing them changes. Rows match elements by
 * id, or, where the row has no id, by name (netwerken, actoren) or by what the row connects (the key
 * columns of its {@link SheetKind}); a row that matches nothing adds an element; an element of an
 * imported kind that no row matches is removed, but only when nothing outside the import still uses
 * it. Every problem is a rejection with sheet, row and reason, and a preview with rejections changes
 * nothing. The model is only read here.
 */
public final class SheetImport {

    /** More rows than this in one sheet is no stakeholder list but a mistake (or an attack): rejected unread. */
    public static final int MAX_ROWS = 20_000;

    /** The explanation sheet the XLSX export adds: not imported. */
    public static final String TOELICHTING = "Toelichting";

    private final Governancemodel model;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Addition> additions = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    private final List<Function<EditingDomain, Command>> addNodes = new ArrayList<>();
    private final List<Function<EditingDomain, Command>> addOthers = new ArrayList<>();
    private final List<Function<EditingDomain, Command>> sets = new ArrayList<>();
    private final List<Function<EditingDomain, Command>> memberSteps = new ArrayList<>();
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, String> importedIds = new HashMap<>();
    private final Map<SheetKind, Sheet> present = new LinkedHashMap<>();
    private final Map<SheetKind, Map<Integer, Column>> headers = new HashMap<>();
    private final Map<EObject, Integer> matched = new IdentityHashMap<>();
    private final Map<Integer, Element> rowElements = new HashMap<>();
    private final Set<Element> created = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<List<Object>> coveredMembers = new HashSet<>();
    private final Set<List<Object>> addedMembers = new HashSet<>();
    private final References references = new References();

    private SheetImport(Governancemodel model) {
        this.model = model;
    }

    /** The preview of importing the sheets (with the rejections their readers found) into the model. */
    public static ImportPreview preview(List<Sheet> sheets, List<Rejection> readerRejections, Governancemodel model) {
        SheetImport i = new SheetImport(model);
        i.rejections.addAll(readerRejections);
        i.run(sheets);
        List<Function<EditingDomain, Command>> steps = new ArrayList<>();
        steps.addAll(i.addNodes);
        steps.addAll(i.addOthers);
        steps.addAll(i.sets);
        steps.addAll(i.memberSteps);
        List<EObject> removed = i.removedElements;
        if (!removed.isEmpty()) {
            steps.add(domain -> DeleteCommand.create(domain, removed));
        }
        return new ImportPreview(model, i.additions, i.changes, i.removals, i.rejections, steps);
    }

    private final List<EObject> removedElements = new ArrayList<>();

    private void run(List<Sheet> sheets) {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && e.getId() != null) {
                byId.put(e.getId(), e);
            }
        }
        for (Sheet sheet : sheets) {
            if (sheet.name().equalsIgnoreCase(TOELICHTING)) {
                continue;
            }
            SheetKind kind = SheetTemplates.named(sheet.name()).orElse(null);
            if (kind == null) {
                reject(sheet.name(), 0, "", "onbekend blad; een werkmap van Bondgenoot heeft de bladen "
                        + SheetTemplates.ALL.stream().map(SheetKind::name).collect(Collectors.joining(", ")));
            } else if (present.containsKey(kind)) {
                reject(sheet.name(), 0, "", "het blad " + kind.name() + " staat twee keer in de import");
            } else if (sheet.rows().size() > MAX_ROWS) {
                reject(sheet.name(), 0, "", "te veel rijen (" + sheet.rows().size() + "); hoogstens " + MAX_ROWS
                        + " per blad: splits de lijst");
            } else if (readHeader(kind, sheet)) {
                present.put(kind, sheet);
            }
        }
        if (!rejections.isEmpty() && present.isEmpty()) {
            return;
        }
        // Netwerken and actoren first: the other sheets name them, also the new ones.
        for (SheetKind kind : List.of(SheetTemplates.NETWERKEN, SheetTemplates.ACTOREN)) {
            if (present.containsKey(kind)) {
                matchNodes(kind, present.get(kind));
            } else {
                kind.elements().apply(model).forEach(references::add);
            }
        }
        for (SheetKind kind : SheetTemplates.ALL) {
            Sheet sheet = present.get(kind);
            if (sheet == null) {
                continue;
            }
            for (Sheet.Row row : sheet.rows()) {
                if (!row.isBlank()) {
                    readRow(kind, sheet, row);
                }
            }
            removeUnmatched(kind, sheet);
        }
        checkRemovalsUnused();
    }

    private boolean readHeader(SheetKind kind, Sheet sheet) {
        Map<Integer, Column> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < sheet.header().size(); i++) {
            String h = sheet.header().get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            Column column = kind.column(h).orElse(null);
            if (column == null) {
                reject(sheet.name(), 1, h.strip(), "onbekende kolom; dit blad kent: "
                        + kind.columns().stream().map(Column::header).collect(Collectors.joining(", ")));
                ok = false;
            } else if (columns.containsValue(column)) {
                reject(sheet.name(), 1, column.header(), "de kolom staat twee keer in het blad");
                ok = false;
            } else {
                columns.put(i, column);
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !columns.containsValue(column)) {
                reject(sheet.name(), 1, column.header(), "de kolom ontbreekt; zonder haar is een rij niet te gebruiken");
                ok = false;
            }
        }
        headers.put(kind, columns);
        return ok;
    }

    /** First pass over netwerken and actoren: which row is which element, so that every sheet can name them. */
    private void matchNodes(SheetKind kind, Sheet sheet) {
        Map<Integer, Column> columns = headers.get(kind);
        Map<String, Integer> namesWithoutId = new HashMap<>();
        Map<String, List<Element>> existingByName = new HashMap<>();
        for (Element e : kind.elements().apply(model)) {
            if (e.getNaam() != null) {
                existingByName.computeIfAbsent(e.getNaam().strip(), n -> new ArrayList<>()).add(e);
            }
        }
        for (Sheet.Row row : sheet.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String id = cell(row, columns, "id");
            String naam = cell(row, columns, "naam");
            if (naam.isEmpty()) {
                reject(sheet.name(), row.number(), "naam", "de naam ontbreekt");
                continue;
            }
            Element element;
            if (!id.isEmpty()) {
                if (!claimId(id, sheet, row)) {
                    continue;
                }
                element = byId.get(id);
                if (element != null && !kind.eClass().isInstance(element)) {
                    reject(sheet.name(), row.number(), "id", "de id '" + id + "' hoort bij " + describe(element));
                    continue;
                }
            } else {
                Integer earlier = namesWithoutId.putIfAbsent(naam, row.number());
                if (earlier != null) {
                    reject(sheet.name(), row.number(), "naam", "de naam '" + naam + "' staat ook in rij " + earlier
                            + " zonder id; geef een id om ze uit elkaar te houden");
                    continue;
                }
                List<Element> named = existingByName.getOrDefault(naam, List.of());
                if (named.size() > 1) {
                    reject(sheet.name(), row.number(), "naam", "de naam '" + naam + "' hoort in het model bij " + named.size()
                            + " elementen; geef de id");
                    continue;
                }
                element = named.isEmpty() ? null : named.get(0);
            }
            if (element != null) {
                Integer other = matched.putIfAbsent(element, row.number());
                if (other != null) {
                    reject(sheet.name(), row.number(), "", "dit is " + describe(element) + ", net als rij " + other);
                    continue;
                }
            } else {
                element = (Element) EcoreUtil.create(kind.eClass());
                element.setId(id.isEmpty() ? ModelFiles.newId() : id);
                element.setNaam(naam);
                created.add(element);
            }
            rowElements.put(key(kind, row), element);
            references.add(element, naam);
        }
    }

    private void readRow(SheetKind kind, Sheet sheet, Sheet.Row row) {
        Map<Integer, Column> columns = headers.get(kind);
        boolean node = kind == SheetTemplates.NETWERKEN || kind == SheetTemplates.ACTOREN;
        if (node && !rowElements.containsKey(key(kind, row))) {
            return; // rejected in the first pass
        }
        int before = rejections.size();
        Map<Column, Object> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
            Column column = entry.getValue();
            String text = row.cell(entry.getKey()).strip();
            if (column.required() && text.isEmpty()) {
                reject(sheet.name(), row.number(), column.header(), "leeg; deze kolom is verplicht");
                continue;
            }
            try {
                values.put(column, switch (column.type()) {
                    case NETWERK -> references.resolve(text, Literals.NETWERK);
                    case REFERENCE -> text.isEmpty() ? null
                            : references.resolve(text, ((EReference) column.feature()).getEReferenceType());
                    default -> column.parse(text);
                });
            } catch (CellException e) {
                reject(sheet.name(), row.number(), column.header(), e.getMessage());
            }
        }
        if (rejections.size() > before) {
            return;
        }
        Element element = node ? rowElements.get(key(kind, row)) : matchOther(kind, sheet, row, values);
        if (element == null) {
            return;
        }
        if (kind == SheetTemplates.LIDMAATSCHAPPEN && element == PLAIN_MEMBER) {
            return;
        }
        if (created.contains(element)) {
            add(kind, sheet, row, element, values);
        } else {
            change(kind, sheet, row, element, values);
        }
    }

    /** Stands for a row of a member without lidmaatschap (no id, no period): only netwerk.leden. */
    private static final Element PLAIN_MEMBER = nl.bondgenoot.model.BondgenootFactory.eINSTANCE.createActor();

    private Element matchOther(SheetKind kind, Sheet sheet, Sheet.Row row, Map<Column, Object> values) {
        String id = cell(row, headers.get(kind), "id");
        Element element = null;
        if (!id.isEmpty()) {
            if (!claimId(id, sheet, row)) {
                return null;
            }
            element = byId.get(id);
            if (element != null && !kind.eClass().isInstance(element)) {
                reject(sheet.name(), row.number(), "id", "de id '" + id + "' hoort bij " + describe(element));
                return null;
            }
        } else if (kind == SheetTemplates.LIDMAATSCHAPPEN) {
            Netwerk netwerk = (Netwerk) value(kind, values, "netwerk");
            Actor lid = (Actor) value(kind, values, "lid");
            List<Lidmaatschap> candidates = netwerk.getLidmaatschappen().stream()
                    .filter(l -> l.getLid() == lid && !matched.containsKey(l)).toList();
            boolean hasPeriod = values.get(kind.column("geldig van").get()) != null
                    || values.get(kind.column("geldig tot").get()) != null;
            boolean hasText = values.get(kind.column("beschrijving").get()) != null;
            if (candidates.size() > 1) {
                LocalDate van = (LocalDate) values.get(kind.column("geldig van").get());
                candidates = candidates.stream().filter(l -> java.util.Objects.equals(Periodes.van(l.getPeriode()), van)).toList();
            }
            if (candidates.size() > 1) {
                reject(sheet.name(), row.number(), "", "dit lid heeft in het model " + candidates.size()
                        + " lidmaatschappen met deze begindatum; geef de id");
                return null;
            }
            if (candidates.isEmpty() && !hasPeriod && !hasText) {
                member(sheet, row, netwerk, lid);
                return PLAIN_MEMBER;
            }
            element = candidates.isEmpty() ? null : candidates.get(0);
        } else {
            element = matchByKey(kind, sheet, row, values);
            if (element == PLAIN_MEMBER) {
                return null; // rejected: ambiguous
            }
        }
        if (element != null) {
            Integer other = matched.putIfAbsent(element, row.number());
            if (other != null) {
                reject(sheet.name(), row.number(), "", "dit is " + describe(element) + ", net als rij " + other);
                return null;
            }
            return element;
        }
        Element fresh = (Element) EcoreUtil.create(kind.eClass());
        fresh.setId(id.isEmpty() ? ModelFiles.newId() : id);
        created.add(fresh);
        return fresh;
    }

    /** Without id: by name when the row has one, else by the kind's key columns; PLAIN_MEMBER when ambiguous (rejected). */
    private Element matchByKey(SheetKind kind, Sheet sheet, Sheet.Row row, Map<Column, Object> values) {
        Column naamColumn = kind.column("naam").orElse(null);
        Object naam = naamColumn == null ? null : values.get(naamColumn);
        List<? extends Element> candidates;
        String how;
        if (naam != null) {
            candidates = kind.elements().apply(model).stream().filter(e -> naam.equals(e.getNaam())).toList();
            how = "de naam '" + naam + "'";
        } else {
            List<Column> keys = kind.keyColumns().stream().map(h -> kind.column(h).get()).filter(values::containsKey).toList();
            candidates = kind.elements().apply(model).stream()
                    .filter(e -> keys.stream().allMatch(c -> c.same(c.value(e), values.get(c)))).toList();
            how = keys.stream().map(Column::header).collect(Collectors.joining(", "));
        }
        candidates = candidates.stream().filter(e -> !matched.containsKey(e)).toList();
        if (candidates.size() > 1) {
            reject(sheet.name(), row.number(), "", candidates.size() + " elementen in het model passen bij " + how
                    + "; geef de id");
            return PLAIN_MEMBER;
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private void member(Sheet sheet, Sheet.Row row, Netwerk netwerk, Actor lid) {
        List<Object> pair = List.of(netwerk, lid);
        if (!coveredMembers.add(pair)) {
            return; // a second row of the same member without period: nothing new
        }
        if (!netwerk.getLeden().contains(lid) && addedMembers.add(pair)) {
            additions.add(new Addition("Lid", sheet.name(), row.number(), lid.getId(), naam(lid) + " in " + naam(netwerk)));
            addMember(netwerk, lid);
        }
    }

    private void addMember(Netwerk netwerk, Actor lid) {
        if (created.contains(netwerk)) {
            netwerk.getLeden().add(lid);
        } else {
            memberSteps.add(domain -> AddCommand.create(domain, netwerk, Literals.NETWERK__LEDEN, lid));
        }
    }

    private void add(SheetKind kind, Sheet sheet, Sheet.Row row, Element element, Map<Column, Object> values) {
        LocalDate van = null;
        LocalDate tot = null;
        Netwerk netwerk = null;
        for (Map.Entry<Column, Object> entry : values.entrySet()) {
            Column column = entry.getKey();
            Object value = entry.getValue();
            switch (column.type()) {
                case ID -> {
                }
                case NETWERK -> netwerk = (Netwerk) value;
                case PERIOD_FROM -> van = (LocalDate) value;
                case PERIOD_TO -> tot = (LocalDate) value;
                default -> {
                    if (value != null) {
                        element.eSet(column.feature(), value);
                    }
                }
            }
        }
        if (van != null || tot != null) {
            element.eSet(periodeFeature(kind), Periodes.periode(van, tot));
        }
        additions.add(new Addition(kind.label(), sheet.name(), row.number(), element.getId(), naam(element)));
        if (kind.inNetwerk()) {
            Netwerk owner = netwerk;
            if (created.contains(owner)) {
                ((List<Object>) owner.eGet(kind.containment())).add(element);
            } else {
                addOthers.add(domain -> AddCommand.create(domain, owner, kind.containment(), element));
            }
            if (element instanceof Lidmaatschap l) {
                coveredMembers.add(List.of(owner, l.getLid()));
                if (!owner.getLeden().contains(l.getLid()) && addedMembers.add(List.of(owner, l.getLid()))) {
                    addMember(owner, l.getLid());
                }
            }
        } else {
            (kind == SheetTemplates.NETWERKEN || kind == SheetTemplates.ACTOREN ? addNodes : addOthers)
                    .add(domain -> AddCommand.create(domain, model, kind.containment(), element));
        }
    }

    private void change(SheetKind kind, Sheet sheet, Sheet.Row row, Element element, Map<Column, Object> values) {
        List<FeatureChange> differences = new ArrayList<>();
        LocalDate van = Periodes.van(periodeOf(kind, element));
        LocalDate tot = Periodes.tot(periodeOf(kind, element));
        boolean periodChanged = false;
        References names = references;
        for (Map.Entry<Column, Object> entry : values.entrySet()) {
            Column column = entry.getKey();
            Object now = column.value(element);
            Object wanted = entry.getValue();
            if (column.type() == Column.Type.ID || column.same(now, wanted)) {
                continue;
            }
            if (column.type() == Column.Type.NETWERK) {
                reject(sheet.name(), row.number(), column.header(), describe(element) + " hoort bij netwerk '"
                        + naam((Element) now) + "'; verhuizen naar een ander netwerk kan niet met een import");
                return;
            }
            differences.add(new FeatureChange(column.header(), column.text(now, names), column.text(wanted, names)));
            switch (column.type()) {
                case PERIOD_FROM -> {
                    van = (LocalDate) wanted;
                    periodChanged = true;
                }
                case PERIOD_TO -> {
                    tot = (LocalDate) wanted;
                    periodChanged = true;
                }
                default -> {
                    EStructuralFeature feature = column.feature();
                    sets.add(domain -> SetCommand.create(domain, element, feature, wanted));
                }
            }
        }
        if (periodChanged) {
            Periode periode = van == null && tot == null ? null : Periodes.periode(van, tot);
            EStructuralFeature feature = periodeFeature(kind);
            sets.add(domain -> SetCommand.create(domain, element, feature, periode == null ? SetCommand.UNSET_VALUE : periode));
        }
        if (element instanceof Lidmaatschap l) {
            Netwerk owner = (Netwerk) l.eContainer();
            Actor lid = (Actor) values.getOrDefault(kind.column("lid").get(), l.getLid());
            coveredMembers.add(List.of(owner, lid));
            if (!owner.getLeden().contains(lid) && addedMembers.add(List.of(owner, lid))) {
                addMember(owner, lid);
            }
        }
        if (!differences.isEmpty()) {
            changes.add(new Change(kind.label(), sheet.name(), row.number(), element.getId(), naam(element), differences));
        }
    }

    private void removeUnmatched(SheetKind kind, Sheet sheet) {
        for (Element element : kind.elements().apply(model)) {
            if (!matched.containsKey(element) && !removedElements.contains(element.eContainer())) {
                removals.add(new Removal(kind.label(), sheet.name(), element.getId(), naam(element)));
                removedElements.add(element);
            }
        }
        if (kind == SheetTemplates.LIDMAATSCHAPPEN) {
            for (Netwerk netwerk : model.getNetwerken()) {
                if (removedElements.contains(netwerk)) {
                    continue;
                }
                for (Actor lid : netwerk.getLeden()) {
                    if (!coveredMembers.contains(List.of(netwerk, lid))) {
                        removals.add(new Removal("Lid", sheet.name(), lid.getId(), naam(lid) + " in " + naam(netwerk)));
                        memberSteps.add(domain -> RemoveCommand.create(domain, netwerk, Literals.NETWERK__LEDEN, lid));
                    }
                }
            }
        }
    }

    /**
     * A removal is safe only when nothing that stays still uses the element: a reference from an element
     * the import rewrites (a row of an imported sheet with that column) is fine; any other is a rejection.
     */
    private void checkRemovalsUnused() {
        if (removedElements.isEmpty()) {
            return;
        }
        Set<EObject> gone = new HashSet<>(removedElements);
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(removedElements, model);
        Set<String> said = new LinkedHashSet<>();
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : usages.entrySet()) {
            for (EStructuralFeature.Setting setting : entry.getValue()) {
                EStructuralFeature feature = setting.getEStructuralFeature();
                EObject user = setting.getEObject();
                if (feature.isDerived() || feature.isTransient() || isInside(user, gone) || rewritten(user, feature)) {
                    continue;
                }
                Element removed = (Element) entry.getKey();
                String blad = SheetTemplates.ALL.stream().filter(k -> k.eClass().isInstance(removed)).map(SheetKind::name)
                        .findFirst().orElse("");
                String reason = describe(removed) + " staat niet in het blad, maar " + describe(user) + " gebruikt "
                        + (removed instanceof Actor ? "haar" : "het") + " nog (" + feature.getName()
                        + "); neem het weer op of haal eerst die verwijzing weg";
                if (said.add(reason)) {
                    reject(blad, 0, "", reason);
                }
            }
        }
    }

    private boolean rewritten(EObject user, EStructuralFeature feature) {
        if (feature == Literals.NETWERK__LEDEN) {
            return present.containsKey(SheetTemplates.LIDMAATSCHAPPEN);
        }
        for (Map.Entry<SheetKind, Sheet> entry : present.entrySet()) {
            SheetKind kind = entry.getKey();
            if (kind.eClass().isInstance(user) && headers.get(kind).values().stream().anyMatch(c -> c.feature() == feature)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(EObject o, Set<EObject> gone) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (gone.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean claimId(String id, Sheet sheet, Sheet.Row row) {
        String where = sheet.name() + ", rij " + row.number();
        String earlier = importedIds.putIfAbsent(id, where);
        if (earlier != null) {
            reject(sheet.name(), row.number(), "id", "de id '" + id + "' staat ook in " + earlier);
            return false;
        }
        return true;
    }

    private static Object value(SheetKind kind, Map<Column, Object> values, String header) {
        return values.get(kind.column(header).get());
    }

    private static String cell(Sheet.Row row, Map<Integer, Column> columns, String header) {
        for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
            if (entry.getValue().header().equals(header)) {
                return row.cell(entry.getKey()).strip();
            }
        }
        return "";
    }

    private static int key(SheetKind kind, Sheet.Row row) {
        return SheetTemplates.ALL.indexOf(kind) * 10_000_000 + row.number();
    }

    private static EStructuralFeature periodeFeature(SheetKind kind) {
        return kind.columns().stream().filter(c -> c.type() == Column.Type.PERIOD_FROM).findFirst().get().feature();
    }

    private static Periode periodeOf(SheetKind kind, Element element) {
        return kind.columns().stream().anyMatch(c -> c.type() == Column.Type.PERIOD_FROM)
                ? (Periode) element.eGet(periodeFeature(kind)) : null;
    }

    private static String describe(EObject o) {
        String naam = o instanceof Element e ? naam(e) : "";
        return Labels.typeOf(o.eClass()).toLowerCase() + (naam.isEmpty() ? "" : " '" + naam + "'");
    }

    private static String naam(Element e) {
        if (e.getNaam() != null && !e.getNaam().isBlank()) {
            return e.getNaam();
        }
        if (e instanceof Lidmaatschap l && l.getLid() != null) {
            return naam(l.getLid());
        }
        return e.getId() == null ? "" : e.getId();
    }

    private void reject(String blad, int rij, String kolom, String reden) {
        rejections.add(new Rejection(blad, rij, kolom, reden));
    }
}

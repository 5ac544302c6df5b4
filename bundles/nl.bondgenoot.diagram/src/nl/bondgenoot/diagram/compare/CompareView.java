package nl.bondgenoot.diagram.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.compare.ChangeKind;
import nl.bondgenoot.compare.ElementChange;
import nl.bondgenoot.compare.FeatureChange;
import nl.bondgenoot.compare.ModelComparer;
import nl.bondgenoot.compare.ModelDiff;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.representation.look.CompareMark;

/**
 * Two versions of one model on one map, only shown: the union of their elements by id (the diff
 * engine's {@link ModelDiff}), each added, removed or changed element marked ({@link CompareMark}).
 * The layout is the newer version's default view; a removed element stands where the older version's
 * default view had it; only what has a place in neither is laid out, and only those and the removed
 * ones may be moved apart where they would lie on another box.
 */
public final class CompareView {

    /** The name of the view the compare map is. */
    public static final String VIEW_NAME = "Vergelijking";

    /** An element's mark and, for a change, the Dutch labels of the features that differ. */
    public record Marked(CompareMark mark, List<String> features) {
    }

    private final Path newer;
    private final OlderVersion older;
    private final ModelDiff diff;
    private final Governancemodel union;
    private final Notation notation;
    private final Set<String> placedAsOlder;

    private CompareView(Path newer, OlderVersion older, ModelDiff diff, Governancemodel union, Notation notation,
            Set<String> placedAsOlder) {
        this.newer = newer;
        this.older = older;
        this.diff = diff;
        this.union = union;
        this.notation = notation;
        this.placedAsOlder = placedAsOlder;
    }

    /** Reads both versions and their layouts and makes the union; unreadable notation files go to the warnings. */
    public static CompareView open(Path newerFile, OlderVersion older, Consumer<String> warnings) throws CompareException {
        OlderVersion.Read before = older.read(newerFile, warnings);
        Governancemodel newerModel;
        try {
            newerModel = ModelFiles.load(newerFile);
        } catch (ModelLoadException e) {
            throw new CompareException(e.toUserMessage(), e);
        }
        Resource after = newerModel.eResource();
        ModelDiff diff = ModelComparer.compare(before.model(), after);
        UnionModel.addRemoved(before.model(), after, diff);
        MapViews newerViews = OlderVersion.views(NotationFile.besides(newerFile), warnings);
        Notation view = newerViews.standard().copyAs(VIEW_NAME);
        Notation olderView = before.views().standard();
        Set<String> placedAsOlder = new LinkedHashSet<>();
        for (String id : diff.ids(ChangeKind.REMOVED)) {
            olderView.get(id).ifPresent(bounds -> {
                view.put(id, bounds);
                placedAsOlder.add(id);
            });
        }
        return new CompareView(newerFile, older, diff, newerModel, view, placedAsOlder);
    }

    /** The union of both versions (the newer's resource, never saved). */
    public Governancemodel union() {
        return union;
    }

    /** The compare map's view: the newer's places, the older's for removed elements. */
    public Notation notation() {
        return notation;
    }

    /** Its views: only the compare view. */
    public MapViews views() {
        return MapViews.only(notation);
    }

    public ModelDiff diff() {
        return diff;
    }

    public Path newer() {
        return newer;
    }

    public OlderVersion older() {
        return older;
    }

    /** The removed elements placed where the older version had them: a layout may move them off another box. */
    public Set<String> placedAsOlder() {
        return placedAsOlder;
    }

    /** "Vergelijking met Git-revisie HEAD~1: 2 toegevoegd, 1 verwijderd, 3 gewijzigd". */
    public String title() {
        int changed = diff.count(ChangeKind.CHANGED) + diff.count(ChangeKind.MOVED);
        return "Vergelijking met " + older.describe() + ": " + diff.count(ChangeKind.ADDED) + " toegevoegd, "
                + diff.count(ChangeKind.REMOVED) + " verwijderd, " + changed + " gewijzigd";
    }

    /** The mark of an element drawn as a node or a line of its own. */
    public Optional<Marked> mark(String id) {
        return diff.change(id).map(change -> switch (change.kind()) {
            case ADDED -> new Marked(CompareMark.TOEGEVOEGD, List.of());
            case REMOVED -> new Marked(CompareMark.VERWIJDERD, List.of());
            case CHANGED, MOVED -> new Marked(CompareMark.GEWIJZIGD, features(change));
        });
    }

    /** The mark of a line drawn for a value of a reference (a netwerk's lid): added or removed with its end or on its own. */
    public Optional<CompareMark> reference(String ownerId, String reference, String valueId) {
        ChangeKind owner = diff.kindOf(ownerId);
        ChangeKind value = diff.kindOf(valueId);
        if (owner == ChangeKind.REMOVED || value == ChangeKind.REMOVED) {
            return Optional.of(CompareMark.VERWIJDERD);
        }
        if (owner == ChangeKind.ADDED || value == ChangeKind.ADDED) {
            return Optional.of(CompareMark.TOEGEVOEGD);
        }
        return diff.change(ownerId).flatMap(change -> change.features().stream().filter(f -> f.feature().equals(reference)).findFirst())
                .flatMap(f -> f.after().contains(valueId) && !f.before().contains(valueId) ? Optional.of(CompareMark.TOEGEVOEGD)
                        : f.before().contains(valueId) && !f.after().contains(valueId) ? Optional.of(CompareMark.VERWIJDERD)
                                : Optional.empty());
    }

    private static List<String> features(ElementChange change) {
        List<String> labels = new ArrayList<>();
        if (change.move() != null) {
            labels.add(ChangeKind.MOVED.dutch());
        }
        // "gewijzigd: naam, soort": the labels as words in a sentence
        change.features().stream().map(FeatureChange::label)
                .map(label -> label.isEmpty() ? label : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1))
                .forEach(labels::add);
        return labels;
    }
}

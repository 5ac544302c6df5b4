package nl.bondgenoot.diagram.notation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.bondgenoot.compare.Conflict;
import nl.bondgenoot.compare.ElementName;
import nl.bondgenoot.compare.FileMerger;
import nl.bondgenoot.compare.MergeInputException;
import nl.bondgenoot.compare.MergeResult;
import nl.bondgenoot.compare.ThreeWay;

/**
 * Merges a {@code .netwerkkaart} by its own ids, as the models merge by theirs ({@link ThreeWay}):
 * views by name (added, removed, and their weergave, selectie, peildatum, lagen and filters), and
 * within a view each element's place (bounds, weergave, vast) by element id. An element both sides
 * placed differently keeps our place (a conflict); the result is written as every save writes it.
 */
public final class NotationMerger implements FileMerger {

    private final List<Conflict> conflicts = new ArrayList<>();
    private int taken;

    /** One element's place in a view: what a merge compares as one value. */
    private record Place(Bounds bounds, String display, boolean pinned) {
        String text() {
            String size = bounds.hasSize() ? ", " + number(bounds.width()) + " x " + number(bounds.height()) : "";
            return "x " + number(bounds.x()) + ", y " + number(bounds.y()) + size + (display == null ? "" : ", " + display)
                    + (pinned ? ", vast" : "");
        }

        private static String number(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }

    @Override
    public boolean accepts(String name, byte[] start) {
        if (name.endsWith("." + NotationFile.EXTENSION)) {
            return true;
        }
        String text = new String(start, StandardCharsets.UTF_8).stripLeading();
        return text.startsWith("{") && text.contains("\"" + NotationFile.FORMAT + "\"");
    }

    @Override
    public MergeResult merge(Path base, Path ours, Path theirs) throws MergeInputException, IOException {
        conflicts.clear();
        taken = 0;
        MapViews baseViews = read(base);
        MapViews ourViews = read(ours);
        MapViews theirViews = read(theirs);
        for (Notation their : theirViews.all()) {
            Notation old = baseViews.find(their.name()).orElse(null);
            Notation our = ourViews.find(their.name()).orElse(null);
            if (our == null && old == null) {
                ourViews.add(their.copyAs(their.name()));
                taken++;
            } else if (our == null) {
                if (!same(old, their)) {
                    conflicts.add(new Conflict(view(their), null, "verwijderd", "gewijzigd",
                            "wij verwijderden de weergave, zij wijzigden haar; verwijderd gehouden"));
                }
            } else {
                mergeView(old == null ? new Notation(their.name()) : old, our, their);
            }
        }
        for (Notation old : baseViews.all()) {
            Notation our = ourViews.find(old.name()).orElse(null);
            if (our == null || theirViews.find(old.name()).isPresent()) {
                continue;
            }
            if (same(old, our) && ourViews.all().size() > 1) {
                ourViews.remove(our);
                taken++;
            } else {
                conflicts.add(new Conflict(view(our), null, "gewijzigd", "verwijderd",
                        "zij verwijderden de weergave, wij wijzigden haar; gehouden"));
            }
        }
        NotationFile.write(ours, ourViews); // refused if ours changed since it was read
        return new MergeResult(taken, List.copyOf(conflicts));
    }

    private static MapViews read(Path file) throws MergeInputException {
        try {
            return NotationFile.read(file);
        } catch (NotationException e) {
            throw new MergeInputException(e.getMessage(), e);
        }
    }

    private static ElementName view(Notation view) {
        return new ElementName(view.name(), "Weergave", view.name());
    }

    private void mergeView(Notation old, Notation our, Notation their) {
        our.representation(take(our, "Weergavesoort", old.representation(), our.representation(), their.representation()));
        our.selection(take(our, "Selectie", old.selection(), our.selection(), their.selection()));
        our.peildatum(take(our, "Peildatum", old.peildatum(), our.peildatum(), their.peildatum()));
        Set<String> layers = new LinkedHashSet<>(their.layers().keySet());
        layers.addAll(old.layers().keySet());
        for (String layer : layers) {
            Boolean on = take(our, "Laag " + layer, old.layers().get(layer), our.layers().get(layer), their.layers().get(layer));
            if (on != null) {
                our.layer(layer, on);
            }
        }
        List<String> filters = ThreeWay.list(old.filters(), our.filters(), their.filters());
        if (!filters.equals(our.filters())) {
            our.filters(filters);
            taken++;
        }
        Set<String> ids = new LinkedHashSet<>(their.all().keySet());
        ids.addAll(old.all().keySet());
        for (String id : ids) {
            Place ourPlace = place(our, id);
            ThreeWay.Outcome<Place> outcome = ThreeWay.value(place(old, id), ourPlace, place(their, id));
            if (outcome.conflict()) {
                conflicts.add(new Conflict(new ElementName(id, "Plaats in weergave '" + our.name() + "' van", null), null,
                        text(ourPlace), text(place(their, id)), "beide kanten legden het element anders neer; onze plaats gehouden"));
            } else if (outcome.taken()) {
                Place place = outcome.value();
                our.put(id, place == null ? null : place.bounds());
                our.putDisplay(id, place == null ? null : place.display());
                our.pin(id, place != null && place.pinned());
                taken++;
            }
        }
    }

    private <T> T take(Notation our, String what, T old, T ours, T theirs) {
        ThreeWay.Outcome<T> outcome = ThreeWay.value(old, ours, theirs);
        if (outcome.conflict()) {
            conflicts.add(new Conflict(view(our), what, Objects.toString(ours, "(leeg)"), Objects.toString(theirs, "(leeg)"),
                    "beide kanten wijzigden dit, elk anders; wij gehouden"));
        } else if (outcome.taken()) {
            taken++;
        }
        return outcome.value();
    }

    private static Place place(Notation view, String id) {
        return view.get(id).map(bounds -> new Place(bounds, view.display(id).orElse(null), view.isPinned(id))).orElse(null);
    }

    private static String text(Place place) {
        return place == null ? "(niet op de kaart)" : place.text();
    }

    private static boolean same(Notation a, Notation b) {
        return a.representation().equals(b.representation()) && a.selection().equals(b.selection())
                && Objects.equals(a.peildatum(), b.peildatum()) && a.layers().equals(b.layers()) && a.filters().equals(b.filters())
                && a.all().equals(b.all()) && a.displays().equals(b.displays())
                && a.all().keySet().stream().allMatch(id -> a.isPinned(id) == b.isPinned(id));
    }
}

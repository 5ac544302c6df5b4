package nl.bondgenoot.diagram.notation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bondgenoot.model.persistence.FileVersion;

/**
 * The views of one model's network map, as its notation file holds them: at least one, the first is
 * the default view (the one `export` draws when no view is named), every name unique (letter case
 * aside). Changes through {@link #add}, {@link #rename} and {@link #remove} check the name and say in
 * Dutch what is wrong.
 */
public final class MapViews {

    /** The longest name a view may have: it becomes part of an exported file's name. */
    public static final int MAX_NAME_LENGTH = 80;

    private final List<Notation> views = new ArrayList<>();
    private FileVersion fileVersion = FileVersion.ABSENT;

    /** One default view, "Netwerkkaart", with everything and no layout: a model without a notation file. */
    public MapViews() {
        views.add(new Notation());
    }

    /** The views read from a file, in the file's order (not empty). */
    MapViews(List<Notation> read) {
        views.addAll(read);
    }

    /** Only this view (a drawing made for the moment, such as a compare view: never written). */
    public static MapViews only(Notation view) {
        return new MapViews(List.of(view));
    }

    /** The version of the notation file this was read from or last written to ({@link FileVersion#ABSENT}: none). */
    public FileVersion fileVersion() {
        return fileVersion;
    }

    public void fileVersion(FileVersion version) {
        fileVersion = version;
    }

    public List<Notation> all() {
        return Collections.unmodifiableList(views);
    }

    /** The first view: drawn when no view is named. */
    public Notation standard() {
        return views.get(0);
    }

    public List<String> names() {
        return views.stream().map(Notation::name).toList();
    }

    /** The view of this name (letter case aside), if there is one. */
    public Optional<Notation> find(String name) {
        return views.stream().filter(v -> v.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** The view of this name, or the default view for {@code null}; empty for an unknown name. */
    public Optional<Notation> findOrStandard(String name) {
        return name == null ? Optional.of(standard()) : find(name);
    }

    /** "Geen weergave 'X'; dit model heeft de weergaven: Netwerkkaart, Financiering." */
    public String unknown(String name) {
        return "geen weergave '" + name + "'; dit model heeft " + (views.size() == 1 ? "de weergave: " : "de weergaven: ")
                + String.join(", ", names());
    }

    /** Adds a view at the end; refused (Dutch message) when its name is not usable. */
    public void add(Notation view) {
        requireUsable(view.name(), null);
        views.add(view);
    }

    public void rename(Notation view, String newName) {
        requireUsable(newName, view);
        view.rename(newName.strip());
    }

    /** Removes a view; the last one cannot go (a model always has a map). */
    public void remove(Notation view) {
        if (views.size() == 1) {
            throw new IllegalArgumentException("de laatste weergave van een model kan niet weg");
        }
        views.remove(view);
    }

    /** Why this name cannot be a (new) name of the view, or empty when it can. */
    public Optional<String> problemWithName(String name, Notation renamed) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            return Optional.of("een weergave heeft een naam");
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            return Optional.of("de naam is langer dan " + MAX_NAME_LENGTH + " tekens");
        }
        for (char c : stripped.toCharArray()) {
            if (Character.isISOControl(c) || c == '/' || c == '\\' || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of("de naam mag geen " + (c == '/' || c == '\\' ? "'" + c + "'" : "stuurteken") + " bevatten");
            }
        }
        Optional<Notation> same = find(stripped);
        if (same.isPresent() && same.get() != renamed) {
            return Optional.of("er is al een weergave '" + same.get().name() + "'");
        }
        return Optional.empty();
    }

    private void requireUsable(String name, Notation renamed) {
        Optional<String> problem = problemWithName(name, renamed);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** A name not used yet: "Netwerkkaart (kopie)", "Netwerkkaart (kopie 2)", … */
    public String freeName(String base) {
        String candidate = base;
        for (int n = 2; find(candidate).isPresent(); n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    /** The part of a file name for a view ("Financiering en regie" gives "financiering-en-regie"). */
    public static String fileNamePart(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "weergave" : slug;
    }
}

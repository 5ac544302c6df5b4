package nl.bondgenoot.representation.tool;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.bondgenoot.representation.description.Representation;

/** The palette entries of representations: found by id for a create operation, and the types they make. */
public final class Palettes {

    private Palettes() {
    }

    /** The entry of this id in the representation's palette, as it is now. */
    public static Optional<ToolItem> item(Representation representation, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return representation.gereedschap().stream().flatMap(g -> g.items().stream()).filter(i -> i.id().equals(id)).findFirst();
    }

    /** The GModel types the tools of these representations make, of the given kinds. */
    public static List<String> elementTypes(Collection<Representation> representations, Tool.Kind... kinds) {
        Set<String> types = new LinkedHashSet<>();
        Set<Tool.Kind> wanted = Set.of(kinds);
        for (Representation representation : representations) {
            representation.gereedschap().stream().flatMap(g -> g.tools().stream()).filter(t -> wanted.contains(t.soort()))
                    .forEach(t -> types.add(t.elementType()));
        }
        return List.copyOf(types);
    }
}

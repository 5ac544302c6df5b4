package nl.bondgenoot.model.soorten;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.bondgenoot.model.ActorCategorie;

/**
 * The kinds of actor known to this installation: Bondgenoot's own (SPEC 1.1) and those that
 * plug-ins contribute, all through the extension point {@value #EXTENSION_POINT}. Outside an
 * Eclipse runtime (plain Java) the list is empty and every soort is free text.
 */
public final class ActorSoorten {

    public static final String EXTENSION_POINT = "nl.bondgenoot.model.actorSoorten";

    private static volatile Map<String, ActorSoort> cached;

    private ActorSoorten() {
    }

    public static List<ActorSoort> all() {
        return List.copyOf(byId().values());
    }

    /** The kind with this id, or {@code null} when the soort is free text. */
    public static ActorSoort find(String id) {
        return id == null ? null : byId().get(id);
    }

    /**
     * The kind a free text names: its id or its label, ignoring case and surrounding spaces
     * ("Gemeente " names gemeente), or {@code null}. Used where text becomes a kind (migration of
     * older files) or a user is asked for one (GOV-25); rules never read a kind from text.
     */
    public static ActorSoort named(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        return byId().values().stream()
                .filter(s -> s.id().equalsIgnoreCase(wanted) || s.label().equalsIgnoreCase(wanted))
                .findFirst().orElse(null);
    }

    public static List<ActorSoort> of(ActorCategorie categorie) {
        return byId().values().stream().filter(s -> s.categorie() == categorie).toList();
    }

    private static Map<String, ActorSoort> byId() {
        Map<String, ActorSoort> map = cached;
        if (map == null) {
            map = load();
            cached = map;
        }
        return map;
    }

    private static Map<String, ActorSoort> load() {
        Map<String, ActorSoort> kinds = new LinkedHashMap<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return kinds;
        }
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = e.getContributor().getName();
            ActorCategorie categorie = ActorCategorie.get(e.getAttribute("categorie"));
            String id = e.getAttribute("id");
            if (categorie == null || id == null || id.isBlank()) {
                problems.add(contributor + ": actorsoort '" + id + "' heeft een onbekende categorie '"
                        + e.getAttribute("categorie") + "'");
                continue;
            }
            if (kinds.containsKey(id)) {
                problems.add(contributor + ": actorsoort '" + id + "' bestaat al");
                continue;
            }
            String label = e.getAttribute("label");
            kinds.put(id, new ActorSoort(id, label == null ? id : label, categorie, e.getAttribute("icon"), contributor));
        }
        // A broken contribution must not take the others down; say what was skipped.
        problems.forEach(p -> System.err.println("Bondgenoot: " + p));
        return kinds;
    }
}

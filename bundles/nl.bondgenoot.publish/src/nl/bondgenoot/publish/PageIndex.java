package nl.bondgenoot.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import nl.bondgenoot.diagram.model.DrawnIds;
import nl.bondgenoot.model.Element;

/**
 * Which page shows which element. An element is known by its file and its drawn id (the id the map's
 * nodes and edges carry in {@code data-id}); a model file's element also by its own id alone, so that an
 * agenda's map, which draws the actors of the project's model, links to their pages in that model.
 */
final class PageIndex {

    private final Map<String, String> byFileAndKey = new HashMap<>();
    private final Map<String, String> byId = new HashMap<>();

    void put(Path file, EObject element, String sitePath) {
        byFileAndKey.put(key(file, DrawnIds.of(element)), sitePath);
        if (element instanceof Element e && e.getId() != null && !e.getId().isEmpty()) {
            byId.putIfAbsent(e.getId(), sitePath);
        }
    }

    /** The page of an element read from any file of the project, if it has one. */
    Optional<String> of(EObject element) {
        Path file = fileOf(element);
        String page = file == null ? null : byFileAndKey.get(key(file, DrawnIds.of(element)));
        if (page == null && element instanceof Element e && e.getId() != null) {
            page = byId.get(e.getId());
        }
        return Optional.ofNullable(page);
    }

    /** The page of what a map of this file draws with this data-id. */
    Optional<String> of(Path file, String drawnId) {
        String page = byFileAndKey.get(key(file, drawnId));
        return Optional.ofNullable(page != null ? page : byId.get(drawnId));
    }

    static Path fileOf(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        URI uri = resource == null ? null : resource.getURI();
        return uri == null || !uri.isFile() ? null : Path.of(uri.toFileString()).toAbsolutePath().normalize();
    }

    private static String key(Path file, String drawnId) {
        return file.toAbsolutePath().normalize() + "#" + drawnId;
    }
}

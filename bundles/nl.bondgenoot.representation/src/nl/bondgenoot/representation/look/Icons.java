package nl.bondgenoot.representation.look;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.bondgenoot.model.ActorCategorie;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * The icons a description may put on a node: the SVG icons of the model editor's tree
 * ({@code nl.bondgenoot.model.edit/icons/ID.svg}), so tree, map and export show the same icon.
 */
public final class Icons {

    private static final Map<String, Optional<String>> SVG = new ConcurrentHashMap<>();

    private Icons() {
    }

    public static boolean exists(String id) {
        return svg(id).isPresent();
    }

    /** The icon ids there certainly are, for suggestions. */
    public static List<String> ids() {
        return Arrays.stream(ActorCategorie.values()).map(c -> "categorie/" + c.getName().toLowerCase(Locale.ROOT)).toList();
    }

    /** The icon's SVG document. */
    public static Optional<String> svg(String id) {
        return SVG.computeIfAbsent(id, Icons::load);
    }

    /** The icon as a data URL for an SVG image element. */
    public static Optional<String> dataUrl(String id) {
        return svg(id).map(s -> "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> load(String id) {
        if (!id.matches("[a-z0-9_]+(/[a-z0-9_]+)*")) {
            return Optional.empty();
        }
        try (InputStream in = BondgenootAdapterFactory.class.getResourceAsStream("/icons/" + id + ".svg")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

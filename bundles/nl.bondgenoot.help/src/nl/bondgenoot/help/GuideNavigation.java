package nl.bondgenoot.help;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Which addresses the Handleiding may show: its own files and nothing else. Bondgenoot makes no
 * network connections, so a link to http(s) or to any other file is refused.
 */
public final class GuideNavigation {

    private final String folderPrefix;

    public GuideNavigation(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toString();
        // The trailing slash keeps a sibling folder ("handleiding-oud") out.
        this.folderPrefix = uri.endsWith("/") ? uri : uri + "/";
    }

    public boolean allows(String location) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return true; // the empty page a browser starts with
        }
        try {
            URI uri = new URI(location).normalize();
            if (!"file".equalsIgnoreCase(uri.getScheme()) || uri.getPath() == null) {
                return false;
            }
            String file = Path.of(uri.getPath()).normalize().toUri().toString();
            return file.startsWith(folderPrefix);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}

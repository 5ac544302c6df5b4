package nl.bondgenoot.publish;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names for the site's pages made from names and ids: letters, digits and dashes only (every file
 * system, every zip tool, every URL takes them), unique within the site.
 */
final class SitePaths {

    private static final int LONGEST = 60;
    private final Set<String> taken = new HashSet<>();

    /** A free path {@code folder/prefix + name + .html}. */
    String page(String folder, String prefix, String name) {
        String base = folder + "/" + prefix + part(name);
        String path = base + ".html";
        for (int n = 2; !taken.add(path.toLowerCase(Locale.ROOT)); n++) {
            path = base + "-" + n + ".html";
        }
        return path;
    }

    /** A free folder for a file of the project, from its path inside the project. */
    String folder(String parent, String relativeFile) {
        String name = relativeFile.replaceAll("\\.[^./]+$", "").replace('/', '-');
        String base = parent + "/" + part(name);
        String folder = base;
        for (int n = 2; !taken.add(folder.toLowerCase(Locale.ROOT) + "/"); n++) {
            folder = base + "-" + n;
        }
        return folder;
    }

    static String part(String name) {
        String plain = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (plain.length() > LONGEST) {
            plain = plain.substring(0, LONGEST).replaceAll("-$", "");
        }
        return plain.isEmpty() ? "x" : plain;
    }
}

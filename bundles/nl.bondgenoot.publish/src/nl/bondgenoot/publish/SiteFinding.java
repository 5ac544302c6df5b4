package nl.bondgenoot.publish;

import java.nio.file.Path;

import nl.bondgenoot.rules.Finding;

/**
 * A rule finding as the site shows it: where users look for it (the file and line of its element, as
 * `validate` says them) and the element's label (see {@code ElementLabels}).
 *
 * @param file    the file that holds the element (for an agenda's finding about an actor: the model file)
 * @param key     the element's drawn id ({@code DrawnIds}), which finds its page
 */
record SiteFinding(Finding finding, Path file, int line, String element, String key) {

    String severity() {
        return finding.severity().label();
    }
}

package nl.bondgenoot.agenda.ide.navigation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.UriExtensions;

import nl.bondgenoot.agenda.ProjectFiles;
import nl.bondgenoot.model.Element;

/** Where an element of a model file (.bondgenoot) stands: its line, and on it its name when it is written there. */
final class ModelFileLocation {

    private ModelFileLocation() {
    }

    static Location of(EObject element, UriExtensions uris) {
        int line = ProjectFiles.lineOf(element);
        if (line <= 0 || !element.eResource().getURI().isFile()) {
            return null;
        }
        String text = lineOf(Path.of(element.eResource().getURI().toFileString()), line);
        int start = 0;
        int end = 0;
        if (element instanceof Element named && named.getNaam() != null) {
            int at = text.indexOf(xml(named.getNaam()));
            if (at >= 0) {
                start = at;
                end = at + xml(named.getNaam()).length();
            }
        }
        return new Location(uris.toUriString(element.eResource().getURI()),
                new Range(new Position(line - 1, start), new Position(line - 1, end)));
    }

    private static String lineOf(Path file, int line) {
        try {
            List<String> lines = Files.readAllLines(file);
            return line <= lines.size() ? lines.get(line - 1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** A name as XMI writes it in an attribute. */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}

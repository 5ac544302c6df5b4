package nl.bondgenoot.agenda.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Test support: the example agendas of the repository and a comparison of parsed models. */
final class AgendaTexts {

    private AgendaTexts() {
    }

    static Path root() {
        return Path.of(System.getProperty("bondgenoot.root", "../.."));
    }

    /** Every example agenda, found at run time so that new examples are covered without a test change. */
    static List<Path> exampleAgendas() throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".agenda")).sorted().toList();
        }
    }

    /**
     * Two parsed agendas are the same model: equal objects and attributes, and references written
     * with the same names (compared as text, so that unlinked names in a file read without its
     * project compare too).
     */
    static boolean sameModel(EObject a, EObject b) {
        return new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualReference(EObject first, EObject second, EReference reference) {
                if (reference.isContainment() || reference.isContainer()) {
                    return super.haveEqualReference(first, second, reference);
                }
                return writtenAs(first, reference).equals(writtenAs(second, reference));
            }
        }.equals(a, b);
    }

    private static List<String> writtenAs(EObject element, EReference reference) {
        return NodeModelUtils.findNodesForFeature(element, reference).stream()
                .map(INode::getText).map(String::strip).toList();
    }
}

package nl.bondgenoot.agenda.resource;

import org.eclipse.emf.common.util.EList;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * An agenda's resource whose error and warning lists answer "is this problem already listed?" from a
 * hash index. Xtext's linker asks that for every name it fails to resolve (and, to remove it again,
 * for every name it resolves), which scanned the whole list each time: one line with 115,000
 * unknown names took minutes, quadratic in the names. With the index it grows linearly.
 */
public class AgendaResource extends LazyLinkingResource {

    @Override
    public EList<Diagnostic> getErrors() {
        if (errors == null) {
            errors = new IndexedDiagnostics();
        }
        return errors;
    }

    @Override
    public EList<Diagnostic> getWarnings() {
        if (warnings == null) {
            warnings = new IndexedDiagnostics();
        }
        return warnings;
    }
}

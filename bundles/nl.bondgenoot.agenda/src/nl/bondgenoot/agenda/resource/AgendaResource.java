package nl.bondgenoot.agenda.resource;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.PausePoints;
import nl.bondgenoot.agenda.parser.MistypedKeywords;

/**
 * An agenda's resource that names a keyword typed wrong half-way, and whose error and warning lists answer "is this problem already listed?" from a
 * hash index. Xtext's linker asks that for every name it fails to resolve (and, to remove it again,
 * for every name it resolves), which scanned the whole list each time: one line with 115,000
 * unknown names took minutes, quadratic in the names. With the index it grows linearly. Linking
 * each name is a {@link PausePoints pause point}.
 */
public class AgendaResource extends LazyLinkingResource {

    @Inject
    private MistypedKeywords keywords;

    /** A keyword typed wrong half-way is named, not the character the lexer expected next. */
    @Override
    protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode error) {
        String named = keywords == null ? null : keywords.message(error);
        if (named == null) {
            super.addSyntaxDiagnostic(diagnostics, error);
        } else {
            diagnostics.add(new XtextSyntaxDiagnostic(error) {
                @Override
                public String getMessage() {
                    return named;
                }
            });
        }
    }

    /**
     * Xtext links a whole list of names ("opgesteld met A, B, ...") in one step; before each name the
     * language server may answer other requests. Not while this thread holds the resource (a link
     * resolved inside another), where a request on this agenda would wait for it.
     */
    @Override
    public EObject getEObject(String uriFragment) {
        if (!Thread.holdsLock(this)) {
            PausePoints.here();
        }
        return super.getEObject(uriFragment);
    }

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

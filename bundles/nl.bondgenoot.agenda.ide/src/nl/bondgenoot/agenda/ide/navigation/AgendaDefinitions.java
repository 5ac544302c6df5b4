package nl.bondgenoot.agenda.ide.navigation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Go to definition. An actor or network lives in a model file (XMI, no Xtext node model), where
 * Xtext finds no location: the model file is opened at the element's line, on its name.
 */
public class AgendaDefinitions extends DocumentSymbolService {

    @Inject
    private EObjectAtOffsetHelper offsets;

    @Inject
    private UriExtensions uris;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset, IReferenceFinder.IResourceAccess resourceAccess,
            CancelIndicator cancelIndicator) {
        EObject target = offsets.resolveCrossReferencedElementAt(resource, offset);
        if (target != null && !target.eIsProxy() && target.eResource() != null && !(target.eResource() instanceof XtextResource)) {
            Location location = ModelFileLocation.of(target, uris);
            return location == null ? List.of() : List.of(location);
        }
        return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
    }
}

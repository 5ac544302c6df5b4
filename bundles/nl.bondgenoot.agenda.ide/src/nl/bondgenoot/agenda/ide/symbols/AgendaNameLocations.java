package nl.bondgenoot.agenda.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.DefaultLocationInFileProvider;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.BondgenootPackage;

/**
 * An element's significant text is its name ({@code naam}; Xtext's default looks for {@code name}):
 * the outline selects it, "go to definition" lands on it.
 */
public class AgendaNameLocations extends DefaultLocationInFileProvider {

    @Override
    protected EStructuralFeature getIdentifierFeature(EObject object) {
        return object instanceof Element ? BondgenootPackage.Literals.ELEMENT__NAAM : super.getIdentifierFeature(object);
    }
}

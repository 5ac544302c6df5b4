package nl.bondgenoot.agenda.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.DefaultLocationInFileProvider;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;

/**
 * An element's significant text is its name ({@code naam}, Xtext looks for {@code name}): outline
 * entries, go-to-definition and rename select "MultiprobleemGezinnen", not the keyword "opgave".
 */
public class AgendaLocationInFile extends DefaultLocationInFileProvider {

    @Override
    protected EStructuralFeature getIdentifierFeature(EObject object) {
        if (object instanceof Element element && element.getNaam() != null) {
            return BondgenootPackage.Literals.ELEMENT__NAAM;
        }
        return super.getIdentifierFeature(object);
    }
}

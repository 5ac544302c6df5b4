package nl.bondgenoot.agenda.ide.rename;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;

/** Renaming sets the metamodel's {@code naam} (Xtext's default looks for {@code name}). */
public class AgendaRenameStrategy extends IRenameStrategy2.DefaultImpl {

    @Override
    protected EAttribute getNameEAttribute(EObject target) {
        return target instanceof Element ? BondgenootPackage.Literals.ELEMENT__NAAM : super.getNameEAttribute(target);
    }
}

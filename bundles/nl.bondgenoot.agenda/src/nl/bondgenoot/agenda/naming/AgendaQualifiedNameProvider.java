package nl.bondgenoot.agenda.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import nl.bondgenoot.model.Element;

/**
 * Names agenda elements by the metamodel's {@code naam} (Xtext's default looks for {@code name}),
 * so that "volgt uit Zelfredzaamheid" finds the effect called Zelfredzaamheid.
 */
public class AgendaQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (object instanceof Element element && element.getNaam() != null && !element.getNaam().isBlank()) {
            return QualifiedName.create(element.getNaam());
        }
        return null;
    }
}

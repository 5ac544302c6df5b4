package nl.bondgenoot.agenda.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Netwerk;

/** What a model file offers to agendas: its actors and networks, by their naam. */
public class ModelFileNames extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        String naam = object instanceof Actor actor ? actor.getNaam()
                : object instanceof Netwerk netwerk ? netwerk.getNaam() : null;
        return naam == null || naam.isBlank() ? null : QualifiedName.create(naam);
    }
}

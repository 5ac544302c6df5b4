package nl.bondgenoot.agenda.resource;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.generic.AbstractGenericResourceRuntimeModule;

import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * Puts the project's model files (.bondgenoot, XMI) into Xtext's index, so that an agenda can name
 * the actors and networks drawn there; the agenda and the model keep one copy of each actor.
 */
public class ModelFileResourceModule extends AbstractGenericResourceRuntimeModule {

    @Override
    protected String getLanguageName() {
        return "nl.bondgenoot.model";
    }

    @Override
    protected String getFileExtensions() {
        return BondgenootResourceFactory.FILE_EXTENSION;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return ModelFileNames.class;
    }
}

package nl.bondgenoot.diagram.glsp;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * Gives the diagram the editing domain of a model file. The browser diagram (`bondgenoot serve`)
 * gets a domain of its own, with the item providers the model editor uses; the workbench binds a
 * provider that hands out the model editor's domain, so tree, properties and diagram share one
 * command stack. When the domain's resource set already holds the file, that model is used.
 */
public class EditingDomainProvider {

    public AdapterFactoryEditingDomain domainFor(Path modelFile) {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(new ResourceItemProviderAdapterFactory(),
                new BondgenootAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
        return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
    }
}

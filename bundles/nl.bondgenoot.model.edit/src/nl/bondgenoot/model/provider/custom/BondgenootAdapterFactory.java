package nl.bondgenoot.model.provider.custom;

import org.eclipse.emf.common.notify.Adapter;

import nl.bondgenoot.model.provider.BondgenootItemProviderAdapterFactory;

/**
 * The item provider factory the workbench and the diagram use: the generated one, with the item
 * providers whose icons and labels depend on the element (actor category, kind of relation).
 */
public class BondgenootAdapterFactory extends BondgenootItemProviderAdapterFactory {

    @Override
    public Adapter createActorAdapter() {
        if (actorItemProvider == null) {
            actorItemProvider = new ActorPresentation(this);
        }
        return actorItemProvider;
    }

    @Override
    public Adapter createSturingsrelatieAdapter() {
        if (sturingsrelatieItemProvider == null) {
            sturingsrelatieItemProvider = new SturingsrelatiePresentation(this);
        }
        return sturingsrelatieItemProvider;
    }
}

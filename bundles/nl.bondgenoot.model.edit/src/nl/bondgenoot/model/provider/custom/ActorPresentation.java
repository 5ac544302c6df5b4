package nl.bondgenoot.model.provider.custom;

import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.ActorItemProvider;

/** An actor shows its category as icon and its kind next to its name: "Travers (welzijn)". */
public class ActorPresentation extends ActorItemProvider {

    public ActorPresentation(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object getImage(Object object) {
        Actor actor = (Actor) object;
        return overlayImage(object, getResourceLocator()
                .getImage("categorie/" + actor.getCategorie().getName().toLowerCase(Locale.ROOT) + ".png"));
    }

    @Override
    public String getText(Object object) {
        Actor actor = (Actor) object;
        String name = actor.getNaam() == null || actor.getNaam().isBlank() ? getString("_UI_Actor_type") : actor.getNaam();
        String kind = actor.getSoort() != null && !actor.getSoort().isBlank() ? actor.getSoort()
                : Labels.of(actor.getCategorie());
        return name + " (" + kind + ")";
    }
}

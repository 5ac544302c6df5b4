package nl.bondgenoot.model.provider.custom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.provider.ActorItemProvider;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoortId;
import nl.bondgenoot.model.soorten.ActorSoorten;

/**
 * An actor shows its category as icon and its kind next to its name: "Travers (welzijn)". Its soort
 * is chosen from the known actor kinds, shown with their Dutch labels.
 */
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
        String kind = actor.getSoort() != null ? actor.getSoort().id() : Labels.of(actor.getCategorie());
        return name + " (" + kind + ")";
    }

    /** The soort as a choice of the known kinds (and none), never free text the rules would not know. */
    @Override
    protected void addSoortPropertyDescriptor(Object object) {
        itemPropertyDescriptors.add(new ItemPropertyDescriptor(
                ((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
                getString("_UI_Actor_soort_feature"), getString("_UI_Actor_soort_description"),
                BondgenootPackage.Literals.ACTOR__SOORT, true, false, false, ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
                null, null) {
            @Override
            public Collection<?> getChoiceOfValues(Object owner) {
                return soortChoices((Actor) owner);
            }

            @Override
            public IItemLabelProvider getLabelProvider(Object owner) {
                return SOORT_LABELS;
            }
        });
    }

    /** No soort, the known kinds by category, and the actor's own soort when this installation does not know it. */
    static List<ActorSoortId> soortChoices(Actor actor) {
        List<ActorSoortId> choices = new ArrayList<>();
        choices.add(null);
        ActorSoorten.all().stream().sorted(java.util.Comparator.comparingInt((ActorSoort s) -> s.categorie().getValue()))
                .map(s -> ActorSoortId.valueOf(s.id())).forEach(choices::add);
        if (actor.getSoort() != null && !choices.contains(actor.getSoort())) {
            choices.add(actor.getSoort());
        }
        return choices;
    }

    /** "Gemeente", "Gemeenschappelijke regeling"; an unknown soort as "'Gemeente' (onbekende soort)". */
    private static final IItemLabelProvider SOORT_LABELS = new IItemLabelProvider() {
        @Override
        public String getText(Object value) {
            if (!(value instanceof ActorSoortId soort)) {
                return "";
            }
            return soort.isBekend() ? soort.label() : "'" + soort.id() + "' (onbekende soort)";
        }

        @Override
        public Object getImage(Object value) {
            return null;
        }
    };
}

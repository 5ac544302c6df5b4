package nl.bondgenoot.model.financiering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import nl.bondgenoot.model.Betrokkene;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Financieringsstroom;
import nl.bondgenoot.model.Governancemodel;

/**
 * The flows of a model by ontvanger, kept on the model as an adapter: rules and the map ask "who
 * finances this actor" for thousands of actors, and a walk over all flows for each was quadratic.
 * Any change to the list of flows, or to a flow, drops the index; the next question rebuilds it.
 */
final class StroomIndex extends AdapterImpl {

    private final Governancemodel model;
    private Map<Betrokkene, List<Financieringsstroom>> byOntvanger;

    private StroomIndex(Governancemodel model) {
        this.model = model;
    }

    static StroomIndex of(Governancemodel model) {
        for (Adapter adapter : model.eAdapters()) {
            if (adapter instanceof StroomIndex index) {
                return index;
            }
        }
        StroomIndex index = new StroomIndex(model);
        model.eAdapters().add(index);
        return index;
    }

    synchronized List<Financieringsstroom> naar(Betrokkene ontvanger) {
        if (byOntvanger == null) {
            byOntvanger = new HashMap<>();
            for (Financieringsstroom stroom : model.getFinancieringsstromen()) {
                byOntvanger.computeIfAbsent(stroom.getOntvanger(), o -> new ArrayList<>()).add(stroom);
                if (!stroom.eAdapters().contains(this)) {
                    stroom.eAdapters().add(this);
                }
            }
        }
        return byOntvanger.getOrDefault(ontvanger, List.of());
    }

    @Override
    public synchronized void notifyChanged(Notification notification) {
        if (notification.getNotifier() instanceof Financieringsstroom
                || notification.getFeature() == BondgenootPackage.Literals.GOVERNANCEMODEL__FINANCIERINGSSTROMEN) {
            byOntvanger = null;
        }
    }

    /** The index sits on the model and on each of its flows; its target stays the model. */
    @Override
    public void setTarget(org.eclipse.emf.common.notify.Notifier newTarget) {
        // one index, many notifiers: nothing to remember
    }

    @Override
    public void unsetTarget(org.eclipse.emf.common.notify.Notifier oldTarget) {
        // see setTarget
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == StroomIndex.class;
    }
}

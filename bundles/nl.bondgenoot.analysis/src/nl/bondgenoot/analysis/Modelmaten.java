package nl.bondgenoot.analysis;

import java.time.LocalDate;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.Governancemodel;

/**
 * The whole model's figures, computed once per model revision and date and shared by every node that
 * asks (a map sizing its actors by betweenness asks once per actor). Any change to the model drops
 * them; the next question computes them again.
 */
public final class Modelmaten {

    private static final Map<Governancemodel, Entry> CACHE = new WeakHashMap<>();

    private record Entry(LocalDate peildatum, Netwerkanalyse analyse) {
    }

    private Modelmaten() {
    }

    /** The whole model's figures on the date (every sturingsrelatie). */
    public static Netwerkanalyse van(Governancemodel model, LocalDate peildatum) {
        synchronized (CACHE) {
            Entry entry = CACHE.get(model);
            if (entry != null && entry.peildatum().equals(peildatum)) {
                return entry.analyse();
            }
            if (entry == null && model.eAdapters().stream().noneMatch(Vergeter.class::isInstance)) {
                model.eAdapters().add(new Vergeter(model));
            }
            Netwerkanalyse analyse = Netwerkanalyses.van(Graafprojecties.van(model, Projectie.heelModel(peildatum)));
            CACHE.put(model, new Entry(peildatum, analyse));
            return analyse;
        }
    }

    /** Drops a model's figures when anything in it changes. */
    private static final class Vergeter extends EContentAdapter {
        private final Governancemodel model;

        Vergeter(Governancemodel model) {
            this.model = model;
        }

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                synchronized (CACHE) {
                    CACHE.remove(model);
                }
            }
        }
    }
}

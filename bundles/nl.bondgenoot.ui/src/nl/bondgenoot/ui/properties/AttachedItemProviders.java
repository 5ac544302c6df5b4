package nl.bondgenoot.ui.properties;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;

/**
 * The item provider an editor has already attached to an element. The tab filters and the tab title
 * are made by the platform without a reference to the editor or its adapter factory; the element
 * itself carries the editor's item provider once the editor shows it.
 */
final class AttachedItemProviders {

    private AttachedItemProviders() {
    }

    static <T> T of(Object element, Class<T> type) {
        if (element instanceof EObject object) {
            for (Adapter adapter : object.eAdapters()) {
                if (type.isInstance(adapter)) {
                    return type.cast(adapter);
                }
            }
        }
        return null;
    }
}

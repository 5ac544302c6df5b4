package nl.bondgenoot.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import nl.bondgenoot.diagram.model.DrawnElements;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;

/**
 * What is selected on the map, as model elements for the workbench (Eigenschappen, the Modelverkenner).
 * The page reports the GModel ids of its selection; they are the elements' own UUIDs, and a
 * membership or partnership line stands for its netwerk or convenant. A selection set by the
 * workbench goes to the page as ids.
 */
final class MapSelection implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final Governancemodel model;
    private final Consumer<List<String>> toPage;
    private IStructuredSelection selection = StructuredSelection.EMPTY;

    MapSelection(Governancemodel model, Consumer<List<String>> toPage) {
        this.model = model;
        this.toPage = toPage;
    }

    /** The page's selection changed: the ids as a JSON array. */
    void selectedOnMap(String idsJson) {
        List<EObject> elements = new ArrayList<>();
        JsonArray ids = JsonParser.parseString(idsJson).getAsJsonArray();
        ids.forEach(id -> elementOf(id.getAsString()).filter(e -> !elements.contains(e)).ifPresent(elements::add));
        selection = new StructuredSelection(elements);
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(listener -> listener.selectionChanged(event));
    }

    private Optional<EObject> elementOf(String id) {
        Optional<Element> element = DrawnElements.element(model, id);
        if (element.isPresent()) {
            return element.map(EObject.class::cast);
        }
        return DrawnElements.reference(model, id).map(reference -> reference.owner());
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Selects the drawn ones of these elements on the map. */
    @Override
    public void setSelection(ISelection newSelection) {
        if (newSelection instanceof IStructuredSelection structured) {
            List<String> ids = new ArrayList<>();
            for (Object element : structured) {
                if (element instanceof Element e && e.eResource() == model.eResource() && e.getId() != null) {
                    ids.add(e.getId());
                }
            }
            toPage.accept(ids);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}

package nl.bondgenoot.rules.engine;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.labels.Labels;

/** How findings name model elements to users: "Netwerk 'OK-team Kamperpoort'", "Maatschappelijke agenda 'Zwolle'". */
public final class ElementLabels {

    private ElementLabels() {
    }

    public static String label(EObject object) {
        String kind = Labels.typeOf(object.eClass());
        if (object instanceof Element element) {
            String name = element.getNaam();
            if (name != null && !name.isBlank()) {
                return kind + " '" + name + "'";
            }
            if (element.getId() != null) {
                return kind + " " + element.getId();
            }
        }
        return kind;
    }
}

package nl.bondgenoot.rules.engine;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Element;

/** How findings name model elements to users: "Netwerk 'OK-team Kamperpoort'". */
public final class ElementLabels {

    private ElementLabels() {
    }

    public static String label(EObject object) {
        String kind = object.eClass().getName();
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

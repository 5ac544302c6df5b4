package nl.bondgenoot.ui.editor;

import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Element;

/** Gives an element a fresh id (a UUID, as every id in a model file). */
final class ModelEditorIds {

    private ModelEditorIds() {
    }

    static void renew(EObject object) {
        if (object instanceof Element element) {
            element.setId(UUID.randomUUID().toString());
        }
    }
}

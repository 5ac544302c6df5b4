package nl.bondgenoot.diagram.handlers;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** While a name is edited in place: an empty name is refused, in Dutch. */
public class NaamValidator implements LabelEditValidator {

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        return label == null || label.isBlank() ? ValidationStatus.error("Een naam mag niet leeg zijn")
                : ValidationStatus.ok();
    }
}

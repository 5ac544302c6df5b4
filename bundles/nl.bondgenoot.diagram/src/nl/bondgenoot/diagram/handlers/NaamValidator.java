package nl.bondgenoot.diagram.handlers;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import nl.bondgenoot.model.persistence.StorableText;

/**
 * While a name is edited in place: an empty name, or one with a character the model file cannot hold
 * (a control character, U+FFFE, half a surrogate pair), is refused in Dutch before it is applied.
 */
public class NaamValidator implements LabelEditValidator {

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        return StorableText.nameProblem(label).map(ValidationStatus::error).orElseGet(ValidationStatus::ok);
    }
}

package nl.bondgenoot.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Paste makes copies, and EMF's copies keep the original's id; two elements with one id make a
 * model that cannot be read back. The pasted copies (and what they contain) get ids of their own.
 */
final class PasteWithNewIds extends CommandWrapper {

    PasteWithNewIds(Command paste) {
        super(paste);
    }

    @Override
    public void execute() {
        super.execute();
        for (Object pasted : getAffectedObjects()) {
            if (pasted instanceof EObject object) {
                renew(object);
                object.eAllContents().forEachRemaining(PasteWithNewIds::renew);
            }
        }
    }

    private static void renew(EObject object) {
        if (object instanceof Element element) {
            element.setId(ModelFiles.newId());
        }
    }
}

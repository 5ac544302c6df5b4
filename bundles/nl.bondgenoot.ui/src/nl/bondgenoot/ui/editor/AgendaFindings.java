package nl.bondgenoot.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.agenda.validation.RuleFindings;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.BondgenootUi;

/**
 * Makes Bevindingen follow the active agenda editor, as it follows the model editor: after each
 * background check it shows the rule engine's findings of that check. Syntax and link errors stay in the editor, where they are typed.
 */
public final class AgendaFindings implements IPartListener2 {

    private AgendaEditor followed;
    private final Runnable publisher = () -> Display.getDefault().asyncExec(this::publish);

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof AgendaEditor editor && editor != followed) {
            stopFollowing();
            followed = editor;
            editor.addCheckedListener(publisher);
            publish();
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == followed) {
            Path file = followed.workingCopy() == null ? null : followed.workingCopy().file();
            stopFollowing();
            if (file != null && file.equals(BondgenootUi.session().file())) {
                BondgenootUi.session().close(); // no findings of an agenda that is no longer open
            }
        }
    }

    private void stopFollowing() {
        if (followed != null) {
            followed.removeCheckedListener(publisher);
            followed = null;
        }
    }

    private void publish() {
        AgendaEditor editor = followed;
        if (editor == null || editor.document() == null || editor.workingCopy() == null || editor.workingCopy().file() == null) {
            return;
        }
        Path file = editor.workingCopy().file();
        editor.workingCopy().read(editor.document().get(), resource -> {
            // The findings of the editor's own check: judged once, shown in the editor and here.
            List<Finding> found = RuleFindings.of(resource);
            if (found != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Governancemodel model) {
                BondgenootUi.session().show(file, model, found);
            }
            return null;
        });
    }
}

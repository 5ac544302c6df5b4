package nl.bondgenoot.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import nl.bondgenoot.agenda.ui.AgendaEditors;
import nl.bondgenoot.agenda.ui.editor.AgendaEditor;

/**
 * F3 in the agenda editor: from a name to what it names. An effect or opgave opens at its name in
 * its agenda (this one or another of the project); an actor or network opens in the model editor,
 * selected in the tree of its model file.
 */
public class GoToDefinition extends AbstractHandler {

    private record Target(Path file, String fragment, EObject element) {
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof AgendaEditor editor && editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
            go(part.getSite().getPage(), editor, text.getOffset());
        }
        return null;
    }

    /** @return false when there is no name at the offset, or what it names is not in a file */
    public static boolean go(IWorkbenchPage page, AgendaEditor editor, int offset) {
        if (editor.workingCopy() == null || editor.document() == null) {
            return false;
        }
        Target target = editor.workingCopy().read(editor.document().get(), resource -> {
            EObject named = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
            if (named == null || named.eIsProxy() || named.eResource() == null || !named.eResource().getURI().isFile()) {
                return null;
            }
            URI uri = EcoreUtil.getURI(named);
            return new Target(Path.of(uri.trimFragment().toFileString()), uri.fragment(), named);
        });
        if (target == null) {
            return false;
        }
        try {
            if (AgendaEditors.isAgenda(target.file())) {
                AgendaEditor other = target.file().equals(editor.workingCopy().file()) ? editor : AgendaEditors.open(page, target.file());
                page.activate(other);
                // the element as the other editor reads its text now
                other.workingCopy().read(other.document().get(), resource -> {
                    EObject element = resource.getEObject(target.fragment());
                    if (element != null) {
                        other.reveal(element);
                    }
                    return null;
                });
            } else {
                ModelEditors.open(page, target.file()).reveal(target.element());
            }
            return true;
        } catch (PartInitException e) {
            return false;
        }
    }
}

package nl.bondgenoot.agenda.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.agenda.ui.Messages;

/**
 * Alt+Shift+R in the agenda editor: asks for the new name of the effect, opgave or
 * uitvoeringsagenda at the cursor and renames it everywhere in the project's agendas.
 */
public class RenameAgendaElementHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof AgendaEditor editor) || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection at)) {
            return null;
        }
        String current = editor.nameAt(at.getOffset());
        InputDialog ask = new InputDialog(editor.getSite().getShell(), Messages.rename_title,
                NLS.bind(Messages.rename_question, current), current,
                name -> name == null || name.isBlank() ? Messages.rename_emptyName : null);
        if (ask.open() != Window.OK || ask.getValue().equals(current)) {
            return null;
        }
        try {
            List<Path> others = AgendaRename.rename(editor, at.getOffset(), ask.getValue().strip(), new OpenAgendaEditors(editor.getSite().getPage()));
            if (!others.isEmpty()) {
                editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.rename_alsoChanged,
                        String.join(", ", others.stream().map(p -> p.getFileName().toString()).toList())));
            }
        } catch (AgendaRename.Refused refused) {
            MessageDialog.open(MessageDialog.INFORMATION, editor.getSite().getShell(), Messages.rename_title, refused.getMessage(), 0,
                    IDialogConstants.OK_LABEL);
        }
        return null;
    }

    /** The other agendas open in this window. */
    public static final class OpenAgendaEditors implements AgendaRename.OpenAgendas {

        private final IWorkbenchPage page;

        public OpenAgendaEditors(IWorkbenchPage page) {
            this.page = page;
        }

        private AgendaEditor editorOf(Path file) {
            for (IEditorReference reference : page.getEditorReferences()) {
                if (reference.getEditor(false) instanceof AgendaEditor open && file.equals(FileInputs.fileOf(open.getEditorInput()))) {
                    return open;
                }
            }
            return null;
        }

        @Override
        public IDocument documentOf(Path file) {
            AgendaEditor open = editorOf(file);
            return open == null ? null : open.document();
        }

        @Override
        public boolean isDirty(Path file) {
            AgendaEditor open = editorOf(file);
            return open != null && open.isDirty();
        }

        @Override
        public void save(Path file) {
            AgendaEditor open = editorOf(file);
            if (open != null) {
                open.doSave(null);
            }
        }
    }
}

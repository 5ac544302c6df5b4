package nl.bondgenoot.ui.project;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

import nl.bondgenoot.agenda.ui.FileInputs;

/**
 * Keeps Projectbevindingen current: when a model or agenda of the project is saved (its editor turns
 * from dirty to clean), the project is validated again in the background.
 */
final class RevalidateOnSave implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<Path> saved;
    private final IPropertyListener dirtyState = this::propertyChanged;

    RevalidateOnSave(IWorkbenchPage page, Consumer<Path> saved) {
        this.page = page;
        this.saved = saved;
        page.addPartListener(this);
        for (var reference : page.getEditorReferences()) {
            partOpened(reference);
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart editor) {
            editor.addPropertyListener(dirtyState);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) instanceof IEditorPart editor) {
            editor.removePropertyListener(dirtyState);
        }
    }

    private void propertyChanged(Object source, int property) {
        if (property == IEditorPart.PROP_DIRTY && source instanceof IEditorPart editor && !editor.isDirty()) {
            Path file = FileInputs.fileOf(editor.getEditorInput());
            if (file != null) {
                saved.accept(file);
            }
        }
    }

    void dispose() {
        page.removePartListener(this);
        for (var reference : page.getEditorReferences()) {
            partClosed(reference);
        }
    }
}

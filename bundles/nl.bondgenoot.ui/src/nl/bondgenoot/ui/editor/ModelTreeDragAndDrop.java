package nl.bondgenoot.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Netwerk;

/**
 * Drag and drop in the model tree, as EMF commands: actors dropped on a netwerk become its leden
 * (the link a consultant means); anything else moves or reorders as EMF's drag-and-drop command
 * allows (a rol to another netwerk, an actor up or down).
 */
final class ModelTreeDragAndDrop {

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

    private ModelTreeDragAndDrop() {
    }

    static void install(TreeViewer viewer, EditingDomain domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = viewer.getSelection();
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return command(domain, target, position(getCurrentLocation()), operation, dragged()).canExecute();
            }

            @Override
            public boolean performDrop(Object data) {
                Command command = command(domain, getCurrentTarget(), position(getCurrentLocation()), getCurrentOperation(), dragged());
                if (!command.canExecute()) {
                    return false;
                }
                domain.getCommandStack().execute(command);
                return true;
            }
        });
    }

    private static Collection<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection ? selection.toList() : List.of();
    }

    /** Where in the target row the pointer is, as EMF's drag-and-drop command wants it (0 top .. 1 bottom). */
    private static float position(int location) {
        return switch (location) {
            case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
            case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
            default -> 0.5f;
        };
    }

    /** The command a drop makes; unexecutable when the drop means nothing. */
    static Command command(EditingDomain domain, Object target, float position, int operation, Collection<?> dragged) {
        if (target == null || dragged.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        if (target instanceof Netwerk netwerk && dragged.stream().allMatch(d -> d instanceof Actor a && !netwerk.getLeden().contains(a))) {
            return AddCommand.create(domain, netwerk, BondgenootPackage.Literals.NETWERK__LEDEN, dragged);
        }
        return DragAndDropCommand.create(domain, target, position, OPERATIONS, operation, dragged);
    }
}

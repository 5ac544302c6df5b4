package nl.bondgenoot.diagram.model;

import nl.bondgenoot.diagram.emf.ModelHost;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.representation.description.Representation;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import org.eclipse.glsp.server.types.GLSPServerException;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.model.Governancemodel;

/**
 * Per client session: the semantic model with its editing domain (whose command stack is GLSP's
 * undo stack, shared with every other editor of the model), the notation that says where things
 * are drawn, and the GModel drawn from both. Edits, undo and redo run exclusively through the model's
 * host (a lock in the browser server, the UI thread in the workbench), as do drawing and judging:
 * the model is never read while a command changes it.
 */
public class NetwerkkaartModelState extends DefaultGModelState {

    private Governancemodel model;
    private AdapterFactoryEditingDomain domain;
    private MapViews views = new MapViews();
    private Notation notation = views.standard();
    private NotationException notationProblem;
    private volatile boolean ownChange;
    private Representation representation;
    private boolean showOnly;
    private String notSaved = ReadOnlyViews.NOT_SAVED;
    private CompareView compare;

    @Inject
    private ModelHost host;

    /**
     * Takes over a loaded model and the view of it this session shows; the editing domain's command
     * stack becomes the diagram's undo stack.
     */
    public void open(AdapterFactoryEditingDomain editingDomain, Governancemodel loaded, MapViews loadedViews,
            Notation shown, NotationException problem) {
        this.domain = editingDomain;
        this.model = loaded;
        this.views = loadedViews;
        this.notation = shown;
        this.notationProblem = problem;
        setCommandStack(editingDomain.getCommandStack());
    }

    /**
     * The description the map is drawn by: the one the view names (the netwerkkaart when it names one
     * that is not installed), unless one was set for this session.
     */
    public Representation getRepresentation() {
        return representation != null ? representation : DiagramRepresentations.forView(notation);
    }

    /** Draws this session's map by another description than the view names (an export that asks for it). */
    public void setRepresentation(Representation representation) {
        this.representation = representation;
    }

    public Governancemodel getModel() {
        return model;
    }

    public AdapterFactoryEditingDomain getEditingDomain() {
        return domain;
    }

    /** The view this session shows: its selection and layout. */
    public Notation getNotation() {
        return notation;
    }

    /** Every view of the model (saved together in the notation file). */
    public MapViews getViews() {
        return views;
    }

    /** Why the notation file could not be read; then it must never be written. */
    public Optional<NotationException> getNotationProblem() {
        return Optional.ofNullable(notationProblem);
    }

    /**
     * True while the diagram itself executes, undoes or redoes a command (not another editor). Set
     * and read on the thread the host runs changes on, so never taken for another editor's change.
     */
    public boolean isOwnChange() {
        return ownChange;
    }

    /** This session only shows its model (an agenda): a change of the model is refused, one of the drawing is not. */
    public void showOnly() {
        showOnly = true;
    }

    public boolean isShowOnly() {
        return showOnly;
    }

    /** Shows two versions compared, only shown: a change of the model is refused with this reason. */
    public void compare(CompareView view, String reason) {
        compare = view;
        notSaved = reason;
        showOnly();
    }

    /** The two versions this session compares, or null for an ordinary map. */
    public CompareView getCompare() {
        return compare;
    }

    @Override
    public void execute(Command command) {
        if (showOnly && !ReadOnlyViews.changesOnlyTheDrawing(command)) {
            throw new GLSPServerException(notSaved);
        }
        own(() -> super.execute(command));
    }

    @Override
    public void undo() {
        own(super::undo);
    }

    @Override
    public void redo() {
        own(super::redo);
    }

    private void own(Runnable change) {
        host.exclusive(() -> {
            ownChange = true;
            try {
                change.run();
            } finally {
                ownChange = false;
            }
        });
    }

    @Override
    public void saveIsDone() {
        host.exclusive(super::saveIsDone);
    }
}

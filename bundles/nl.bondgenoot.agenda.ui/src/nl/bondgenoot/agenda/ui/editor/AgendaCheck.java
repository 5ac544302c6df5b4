package nl.bondgenoot.agenda.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The background check of the reconciler: reads the current text, validates it (syntax, links and
 * the rule engine) and replaces the editor's problem annotations in one step. Runs off the UI
 * thread; a newer edit cancels an older check.
 */
final class AgendaCheck implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final AgendaEditor editor;
    private final ISourceViewer viewer;
    private IDocument document;
    private IProgressMonitor monitor;
    private List<Annotation> shown = List.of();

    AgendaCheck(AgendaEditor editor, ISourceViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        check();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        check();
    }

    @Override
    public void reconcile(IRegion partition) {
        check();
    }

    private void check() {
        AgendaWorkingCopy workingCopy = editor.workingCopy();
        if (document == null || workingCopy == null) {
            return;
        }
        String text = document.get();
        CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
        List<Issue> issues = workingCopy.validate(text, cancel);
        if (cancel.isCanceled() || !text.equals(document.get())) {
            return; // a newer edit is on its way; its check will show the problems
        }
        show(issues, text.length());
        editor.highlighting().showSemantic(text, workingCopy.semanticRanges(text, cancel), viewer);
        editor.checked(issues);
    }

    private void show(List<Issue> issues, int length) {
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Issue issue : issues) {
            int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
            int size = issue.getLength() == null ? 0 : Math.min(issue.getLength(), length - offset);
            added.put(new AgendaProblem(issue), new Position(offset, size));
        }
        List<Annotation> removed = new ArrayList<>(shown);
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
        } else {
            removed.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
        shown = new ArrayList<>(added.keySet());
    }

    /** Problems at an offset of the text, as the last check found them. */
    static List<AgendaProblem> problemsAt(IAnnotationModel model, int offset) {
        List<AgendaProblem> found = new ArrayList<>();
        if (model == null) {
            return found;
        }
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof AgendaProblem problem) {
                Position position = model.getPosition(problem);
                if (position != null && position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
                    found.add(problem);
                }
            }
        }
        return found;
    }
}

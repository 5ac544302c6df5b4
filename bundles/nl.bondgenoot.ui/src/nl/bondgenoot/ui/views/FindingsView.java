package nl.bondgenoot.ui.views;

import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.session.ModelSession;

/**
 * "Bevindingen": the rule engine's findings for the open model, one row each, with the same texts
 * the CLI prints, for the active model or agenda editor (or the model opened at start). Double-click
 * goes to the element.
 */
public class FindingsView extends ViewPart {

    public static final String ID = "nl.bondgenoot.ui.views.findings";

    private final ModelSession session = BondgenootUi.session();
    private final ModelSession.Listener listener = s -> refresh();
    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new FindingsTable<>(parent, Finding.class, Finding::severity)
                .column(Messages.findings_rule, new ColumnPixelData(60), Finding::ruleId)
                .column(Messages.findings_element, new ColumnWeightData(2, 180), f -> ElementLabels.label(f.element()))
                .column(Messages.findings_line, new ColumnPixelData(70), this::lineText)
                .column(Messages.findings_message, new ColumnWeightData(5, 300), Finding::message)
                .column(Messages.findings_source, new ColumnPixelData(105), Finding::source)
                .onOpen(this::reveal)
                .viewer();
        getSite().setSelectionProvider(viewer);

        session.addListener(listener);
        refresh();
    }

    private String lineText(Finding finding) {
        int line = session.lineOf(finding.element());
        return line > 0 ? Integer.toString(line) : "";
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(session.findings());
        setContentDescription(summary());
    }

    private String summary() {
        if (!session.isOpen()) {
            return Messages.findings_noModel;
        }
        String counts = session.findings().isEmpty() ? Messages.findings_none
                : NLS.bind(Messages.findings_count, new Object[] { count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO) });
        return session.profileProblem() == null ? counts
                : NLS.bind(Messages.findings_profileProblem, session.profileProblem(), counts);
    }

    private long count(Severity severity) {
        return session.findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** Goes to the element a finding is about ({@link ElementReveal#reveal}). */
    public void reveal(Finding finding) {
        ElementReveal.reveal(getSite().getPage(), finding.element());
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        session.removeListener(listener);
        super.dispose();
    }
}

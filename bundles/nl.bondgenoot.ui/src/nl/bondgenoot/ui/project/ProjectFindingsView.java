package nl.bondgenoot.ui.project;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.views.FindingsTable;

/**
 * "Projectbevindingen": the findings of every model and agenda of the project, from the last
 * Project valideren. Double-click opens the file at the element.
 */
public class ProjectFindingsView extends ViewPart {

    public static final String ID = "nl.bondgenoot.ui.views.projectFindings";

    private TableViewer viewer;
    private List<ProjectValidation.Row> rows = List.of();
    /** The project folder the rows are about; null until a validation has been shown. */
    private Path validated;
    private RevalidateOnSave saves;
    private ValidateProjectJob revalidation;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new FindingsTable<>(parent, ProjectValidation.Row.class,
                r -> r.finding() == null ? Severity.ERROR : r.finding().severity())
                .column(Messages.findings_rule, new ColumnPixelData(60), ProjectValidation.Row::ruleId)
                .column(Messages.projectFindings_file, new ColumnWeightData(2, 160), r -> relative(r.file()))
                .column(Messages.findings_line, new ColumnPixelData(70), r -> r.line() > 0 ? Integer.toString(r.line()) : "")
                .column(Messages.findings_message, new ColumnWeightData(5, 300), ProjectValidation.Row::text)
                .column(Messages.findings_source, new ColumnPixelData(105), r -> r.finding() == null ? "" : r.finding().source())
                .onOpen(this::reveal)
                .viewer();
        setContentDescription(Messages.projectFindings_notYet);
        saves = new RevalidateOnSave(getSite().getPage(), this::saved);
    }

    /** A file was saved: when it belongs to the project shown here, the rows are renewed in the background. */
    private void saved(Path file) {
        Path folder = validated;
        if (folder == null || !file.toAbsolutePath().normalize().startsWith(folder)) {
            return;
        }
        if (revalidation == null) {
            revalidation = new ValidateProjectJob(folder, this::show);
            revalidation.setUser(false); // quietly: the user did not ask for it
        }
        revalidation.schedule(300); // one run for a burst of saves
    }

    @Override
    public void dispose() {
        saves.dispose();
        super.dispose();
    }

    private static String relative(Path file) {
        Path folder = BondgenootUi.project().folder();
        return folder != null && file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
    }

    /** Shows the result of a validation of the whole project. */
    public void show(List<ProjectValidation.Row> result) {
        Path folder = BondgenootUi.project().folder();
        if (revalidation != null && (folder == null || !folder.toAbsolutePath().normalize().equals(validated))) {
            revalidation.cancel();
            revalidation = null; // another project: the next save validates that one
        }
        validated = folder == null ? null : folder.toAbsolutePath().normalize();
        rows = List.copyOf(result);
        viewer.setInput(rows);
        long files = rows.stream().map(ProjectValidation.Row::file).distinct().count();
        setContentDescription(rows.isEmpty() ? Messages.projectFindings_none
                : NLS.bind(Messages.projectFindings_count, rows.size(), files));
    }

    public List<ProjectValidation.Row> rows() {
        return rows;
    }

    /** Opens the row's file in its editor, at the element the finding is about. */
    public void reveal(ProjectValidation.Row row) {
        ProjectExplorerView explorer;
        try {
            explorer = (ProjectExplorerView) getSite().getPage().showView(ProjectExplorerView.ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_CREATE);
        } catch (PartInitException e) {
            return;
        }
        explorer.open(row.file());
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor instanceof AgendaEditor agenda && row.line() > 0) {
            try {
                IRegion line = agenda.document().getLineInformation(row.line() - 1);
                agenda.selectAndReveal(line.getOffset(), line.getLength());
            } catch (BadLocationException e) {
                // the file changed since it was validated; the editor is open at least
            }
        } else if (editor instanceof ModelEditor model && model.model() != null && row.finding() != null) {
            model.reveal(row.finding().element());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

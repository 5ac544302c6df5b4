package nl.bondgenoot.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.bondgenoot.agenda.AgendaProject;
import nl.bondgenoot.agenda.ProjectFiles;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.UnreadableFileException;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.ui.Messages;

/**
 * Judges every model file and agenda of a project, as `bondgenoot validate` does file by file:
 * one row per finding, and one row for a file that cannot be read. Reports progress per file and
 * stops when cancelled. Free of SWT.
 */
public final class ProjectValidation {

    /** One line of the result: a finding, or (finding null) a file that cannot be read. */
    public record Row(Path file, int line, Finding finding, String problem) {

        public String ruleId() {
            return finding == null ? "" : finding.ruleId();
        }

        public String text() {
            return finding == null ? problem : finding.message();
        }
    }

    private ProjectValidation() {
    }

    public static List<Row> validate(Path folder, IProgressMonitor monitor) throws IOException {
        List<Path> files = AgendaProject.filesIn(folder);
        SubMonitor progress = SubMonitor.convert(monitor, Messages.project_validate, files.size());
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(folder.relativize(file).toString());
            try {
                Governancemodel model = ProjectFiles.load(file);
                for (Finding finding : Rules.engineFor(file).validate(model)) {
                    rows.add(new Row(file, ProjectFiles.lineOf(finding.element()), finding, null));
                }
            } catch (UnreadableFileException e) {
                rows.add(new Row(file, e.getLine(), null, e.getMessage()));
            }
            progress.worked(1);
        }
        return rows;
    }
}

package nl.bondgenoot.cli;

import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.agenda.ProjectFiles;
import nl.bondgenoot.agenda.TextProblem;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * The outcome of validating one file: the problems of its text (syntax, links), its rule findings and
 * whether the rules were applied at all, or why it could not be read.
 */
record FileResult(Path file, List<TextProblem> textProblems, boolean rulesApplied, List<Located> findings, String problem,
        int problemLine) {

    /** A finding with the place users look for it: the line in the file and the element's label. */
    record Located(Finding finding, int line, String element) {
    }

    static FileResult checked(Path file, List<Finding> findings) {
        return checked(file, List.of(), true, findings);
    }

    static FileResult checked(Path file, List<TextProblem> textProblems, boolean rulesApplied, List<Finding> findings) {
        List<Located> located = findings.stream()
                .map(f -> new Located(f, ProjectFiles.lineOf(f.element()), ElementLabels.label(f.element())))
                .toList();
        return new FileResult(file, textProblems, rulesApplied, located, null, 0);
    }

    /** A file (the model, or the rule profile it needs) that could not be read; message in Dutch. */
    static FileResult unreadable(Path file, int line, String problem) {
        return new FileResult(file, List.of(), false, List.of(), problem, line);
    }

    /** "file:line: problem", the one line users read. */
    String problemText() {
        return file + (problemLine > 0 ? ":" + problemLine : "") + ": " + problem;
    }
}

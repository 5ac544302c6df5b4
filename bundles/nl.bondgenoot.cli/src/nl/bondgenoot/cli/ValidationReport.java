package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import nl.bondgenoot.launcher.ExitCode;

import nl.bondgenoot.agenda.TextProblem;
import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ProfileWarning;

/** Prints validation results as text lines for people or as one JSON document for machines. */
final class ValidationReport {

    private final List<FileResult> results;
    private final List<ProfileWarning> profileWarnings;
    private final LocalDate peildatum;
    private final boolean peildatumGiven;

    /** {@code peildatumGiven}: the user chose the date, so the text output names it (today's would change every day). */
    ValidationReport(List<FileResult> results, List<ProfileWarning> profileWarnings, LocalDate peildatum,
            boolean peildatumGiven) {
        this.results = results;
        this.profileWarnings = profileWarnings;
        this.peildatum = peildatum;
        this.peildatumGiven = peildatumGiven;
    }

    int exitCode() {
        if (results.stream().anyMatch(r -> r.problem() != null)) {
            return ExitCode.USAGE_OR_INPUT;
        }
        boolean errors = results.stream().flatMap(r -> r.textProblems().stream()).anyMatch(p -> p.severity() == Severity.ERROR)
                || results.stream().flatMap(r -> r.findings().stream()).anyMatch(l -> ValidateCommand.isError(l.finding()));
        return errors ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * `file:line:col: FOUT [SYNTAX] message` for the problems of the text, `file:line: SEVERITY [RULE-ID]
     * message (source)` for rule findings; unreadable files as one Dutch line on stderr.
     */
    void printText(PrintStream out, PrintStream err) {
        if (peildatumGiven) {
            out.println("Peildatum " + peildatum + ": wat dan niet gold (afgelopen of nog niet begonnen),"
                    + " is niet beoordeeld.");
        }
        profileWarnings.forEach(w -> out.println(w.toUserMessage()));
        for (FileResult r : results) {
            if (r.problem() != null) {
                err.println(r.problemText());
                continue;
            }
            for (TextProblem p : r.textProblems()) {
                out.println(r.file() + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") + ": " + p.severity().label()
                        + " [" + p.code() + "] " + p.message());
            }
            if (!r.rulesApplied()) {
                out.println(r.file() + ":1:1: " + Severity.INFO.label() + " [" + AgendaIssueCodes.REGELS_NIET_TOEGEPAST + "] "
                        + AgendaIssueCodes.RULES_HELD_BACK_MESSAGE);
            }
            for (FileResult.Located l : r.findings()) {
                String place = l.line() > 0 ? String.valueOf(l.line()) : l.element();
                out.println(r.file() + ":" + place + ": " + l.finding().severity().label() + " "
                        + l.finding().text());
            }
        }
    }

    /** The shape is documented in docs/validate-json.md. */
    String toJson() {
        StringBuilder json = new StringBuilder("{\"peildatum\":").append(Json.string(peildatum.toString()))
                .append(",\"files\":[");
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            json.append(i == 0 ? "" : ",").append("{\"file\":").append(Json.string(r.file().toString()));
            if (r.problem() != null) {
                json.append(",\"readable\":false,\"error\":").append(Json.string(r.problem()))
                        .append(",\"line\":").append(r.problemLine()).append(",\"problems\":[],\"rulesApplied\":false,\"findings\":[]}");
                continue;
            }
            json.append(",\"readable\":true,\"problems\":[");
            for (int j = 0; j < r.textProblems().size(); j++) {
                TextProblem p = r.textProblems().get(j);
                errors += p.severity() == Severity.ERROR ? 1 : 0;
                warnings += p.severity() == Severity.WARNING ? 1 : 0;
                json.append(j == 0 ? "" : ",")
                        .append("{\"code\":").append(Json.string(p.code()))
                        .append(",\"severity\":").append(Json.string(p.severity().name()))
                        .append(",\"line\":").append(p.line())
                        .append(",\"column\":").append(p.column())
                        .append(",\"message\":").append(Json.string(p.message()))
                        .append('}');
            }
            json.append("],\"rulesApplied\":").append(r.rulesApplied()).append(",\"findings\":[");
            for (int j = 0; j < r.findings().size(); j++) {
                FileResult.Located l = r.findings().get(j);
                Severity s = l.finding().severity();
                errors += s == Severity.ERROR ? 1 : 0;
                warnings += s == Severity.WARNING ? 1 : 0;
                infos += s == Severity.INFO ? 1 : 0;
                json.append(j == 0 ? "" : ",")
                        .append("{\"ruleId\":").append(Json.string(l.finding().ruleId()))
                        .append(",\"severity\":").append(Json.string(s.name()))
                        .append(",\"provenance\":").append(Json.string(l.finding().rule().provenance().name()))
                        .append(",\"line\":").append(l.line())
                        .append(",\"element\":").append(Json.string(l.element()))
                        .append(",\"message\":").append(Json.string(l.finding().message()))
                        .append(",\"source\":").append(Json.string(l.finding().source()))
                        .append(",\"sourceSections\":").append(Json.string(l.finding().rule().sourceWithSections()))
                        .append('}');
            }
            json.append("]}");
        }
        json.append("],\"profileWarnings\":[");
        for (int i = 0; i < profileWarnings.size(); i++) {
            ProfileWarning w = profileWarnings.get(i);
            json.append(i == 0 ? "" : ",").append("{\"file\":").append(Json.string(w.file().toString()))
                    .append(",\"line\":").append(w.line()).append(",\"message\":").append(Json.string(w.message())).append('}');
        }
        warnings += profileWarnings.size();
        json.append("],\"summary\":{\"errors\":").append(errors).append(",\"warnings\":").append(warnings)
                .append(",\"infos\":").append(infos).append(",\"exitCode\":").append(exitCode()).append("}}");
        return json.toString();
    }
}

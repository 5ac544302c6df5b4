package nl.bondgenoot.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.agenda.TextProblem;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;

/**
 * One file of the project as the site shows it: a model or an agenda, read, judged by the rules and
 * with its map views; or why it could not be read.
 */
final class SourceFile {

    enum Kind {
        MODEL("modellen"), AGENDA("agendas"), ASSESSMENT("beoordelingen");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    final Path file;
    final String shown;
    final Kind kind;
    /** The site folder of this file's pages, such as {@code modellen/netwerken-ok-team-kamperpoort}. */
    final String folder;
    Governancemodel model;
    /** An assessment file's assessment (its model is read with it); null for models and agendas. */
    nl.bondgenoot.model.Beoordeling beoordeling;
    /** The title when it is not the model's name (an assessment's). */
    String title;
    String problem;
    final List<TextProblem> textProblems = new ArrayList<>();
    final List<SiteFinding> findings = new ArrayList<>();
    final List<Notation> views = new ArrayList<>();
    /** The site paths of the map pages, in the order of {@link #views}. */
    final List<String> mapPages = new ArrayList<>();
    boolean rulesApplied;

    SourceFile(Path file, String shown, Kind kind, String folder) {
        this.file = file;
        this.shown = shown;
        this.kind = kind;
        this.folder = folder;
    }

    String index() {
        return folder + "/index.html";
    }

    String title() {
        if (title != null) {
            return title;
        }
        String name = model == null ? null : model.getNaam();
        return name == null || name.isBlank() ? shown : name;
    }

    long count(nl.bondgenoot.rules.Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).count()
                + textProblems.stream().filter(p -> p.severity() == severity).count();
    }
}

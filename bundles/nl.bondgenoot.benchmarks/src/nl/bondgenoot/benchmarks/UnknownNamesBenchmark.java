package nl.bondgenoot.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.AgendaReading;
import nl.bondgenoot.agenda.AgendaStandaloneSetup;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Rules;

/**
 * Issue 18's size limit: one agenda line that names N actors (`opgesteld met N1, N2, ...`), all
 * unknown, against the baseline of the same line with N known names (one actor of the project's model
 * file, named N times). Measured the way `bondgenoot validate` reads an agenda (read, link, report every
 * problem, judge) and the way an editor or the language server judges it (Xtext's validator with the
 * rules). The time for unknown names must grow like that for known ones: linearly.
 * Run with releng/benchmark.sh unknown-names [N...] (default 5000 20000 40000 115000).
 */
public final class UnknownNamesBenchmark {

    private final Injector injector = new AgendaStandaloneSetup().createInjectorAndDoEMFRegistration();
    private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
    private final Path project;

    private UnknownNamesBenchmark(Path project) {
        this.project = project;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = args.length == 0 ? List.of(5_000, 20_000, 40_000, 115_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        Path project = Files.createTempDirectory("bondgenoot-namen-benchmark");
        Governancemodel model = GeneratedNetwork.create(1, 0, 42);
        model.getActoren().get(0).setNaam("Bekend");
        GeneratedNetwork.write(model, project.resolve("actoren.bondgenoot"));
        UnknownNamesBenchmark benchmark = new UnknownNamesBenchmark(project);
        System.out.println("Eén agendaregel met N namen (opgesteld met ...): onbekende namen tegen dezelfde N bekende namen");
        System.out.println("      N   bestand | validate: onbekend  bekend | editor/taalserver: onbekend  bekend | meldingen");
        for (int n : counts) {
            benchmark.measure(n);
        }
    }

    private void measure(int n) throws Exception {
        Path unknown = write("onbekend-" + n + ".agenda", line(n, false));
        Path known = write("bekend-" + n + ".agenda", line(n, true));
        int[] problems = new int[1];
        // One warm-up and three timed rounds each: the large sizes take seconds per round.
        double[] ms = Medians.of(1, 3,
                () -> problems[0] = commandLine(unknown),
                () -> commandLine(known),
                () -> editor(unknown),
                () -> editor(known));
        System.out.printf("%,7d %7.2f MB | %13.2f s %7.2f s | %23.2f s %7.2f s | %,d%n", n, Files.size(unknown) / 1e6,
                ms[0] / 1000, ms[1] / 1000, ms[2] / 1000, ms[3] / 1000, problems[0]);
    }

    /** Each agenda in a project of its own, with the model file: the other agendas are not its project. */
    private Path write(String name, String text) throws Exception {
        Path folder = Files.createDirectories(project.resolve(name.replace(".agenda", "")));
        Files.copy(project.resolve("actoren.bondgenoot"), folder.resolve("actoren.bondgenoot"));
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** `maatschappelijke agenda "A" opgesteld met N1, N2, ...` on one line (about 10 bytes a name). */
    private static String line(int n, boolean known) {
        StringBuilder text = new StringBuilder(n * 10 + 64).append("maatschappelijke agenda \"A\" opgesteld met ");
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : ", ").append(known ? "Bekend" : "N" + (100_000 + i));
        }
        return text.append('\n').toString();
    }

    /** What `bondgenoot validate` does with an agenda: every problem of the text, the rules when it parsed whole. */
    private static int commandLine(Path agenda) throws Exception {
        AgendaReading reading = AgendaFiles.read(agenda);
        if (reading.rulesApply() && reading.model() != null) {
            Rules.engineFor(agenda).validate(reading.model());
        }
        return reading.problems().size();
    }

    /** What the editor and the language server do: Xtext's validation (syntax, links, rules) of the text. */
    private int editor(Path agenda) throws Exception {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        AgendaFiles.addProjectFiles(set, agenda);
        XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(agenda.toString()), true);
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        return issues.size();
    }
}

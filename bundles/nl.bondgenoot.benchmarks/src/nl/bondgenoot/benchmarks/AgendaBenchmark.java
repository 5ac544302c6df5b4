package nl.bondgenoot.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.AgendaStandaloneSetup;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * Issue 4's benchmark: parse + link + validate a generated agenda (default 10,000 lines), warm, and
 * re-validate after a one-line edit in a 5,000-line agenda, the way an editor does it (Xtext's
 * partial re-parse of the changed region) and the way a full re-read does it. The actors the agenda
 * names live in a generated model file beside it, as in a real project; loading that file is not
 * counted. Run with releng/benchmark.sh agenda [LINES EDIT_LINES].
 */
public final class AgendaBenchmark {

    private static final int ACTORS = 200;

    private final Injector injector = new AgendaStandaloneSetup().createInjectorAndDoEMFRegistration();
    private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
    private final XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
    private final URI agendaUri;

    private AgendaBenchmark(Path project) {
        // The model file is loaded once: its load is the model's cost, measured by the model benchmark.
        set.getResource(URI.createFileURI(project.resolve("actoren.bondgenoot").toString()), true);
        agendaUri = URI.createFileURI(project.resolve("groot.agenda").toString());
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int editLines = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path project = Files.createTempDirectory("bondgenoot-agenda-benchmark");
        GeneratedNetwork.write(GeneratedNetwork.create(ACTORS, 0, 42), project.resolve("actoren.bondgenoot"));
        AgendaBenchmark benchmark = new AgendaBenchmark(project);
        benchmark.parseLinkValidate(GeneratedAgenda.create(lines, ACTORS));
        benchmark.editAndRevalidate(GeneratedAgenda.create(editLines, ACTORS));
    }

    private void parseLinkValidate(String text) throws Exception {
        RuleEngine engine = Rules.engine();
        XtextResource sample = load(text);
        EcoreUtil.resolveAll(sample);
        List<Issue> issues = validator.validate(sample, CheckMode.ALL, CancelIndicator.NullImpl);
        System.out.printf("Agenda: %,d regels, %,d tekens, %d regels actief; %d meldingen %s%n",
                GeneratedAgenda.count(text), text.length(), engine.rules().size(), issues.size(),
                issues.stream().collect(Collectors.groupingBy(i -> String.valueOf(i.getCode()), TreeMap::new, Collectors.counting())));
        if (!sample.getErrors().isEmpty()) {
            throw new IllegalStateException("de gegenereerde agenda heeft fouten: " + sample.getErrors().get(0).getMessage());
        }
        Governancemodel model = (Governancemodel) sample.getContents().get(0);

        double[] medians = Medians.of(
                () -> load(text),
                () -> {
                    XtextResource linked = load(text);
                    EcoreUtil.resolveAll(linked);
                    return linked;
                },
                () -> validator.validate(load(text), CheckMode.ALL, CancelIndicator.NullImpl),
                () -> engine.validate(model));
        System.out.printf("kale parse (inlezen, geen koppeling):       %6.0f ms%n", medians[0]);
        System.out.printf("parse + koppelen:                           %6.0f ms%n", medians[1]);
        System.out.printf("parse + koppelen + valideren (incl. regels): %5.0f ms  (doel < 1000 ms)%n", medians[2]);
        System.out.printf("regelengine alleen:                         %6.0f ms  = %.2fx de kale parse (doel <= 1x)%n",
                medians[3], medians[3] / medians[0]);
    }

    private void editAndRevalidate(String text) throws Exception {
        XtextResource resource = load(text);
        validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        String line = "aard en omvang \"120 gezinnen in de wijk\"";
        int offset = text.indexOf(line, text.length() / 2);
        int[] round = { 0 };
        double[] medians = Medians.of(
                () -> {
                    // Typing one character in a line in the middle of the file, alternately in and out.
                    boolean in = round[0]++ % 2 == 0;
                    resource.update(offset + line.length() - 1, in ? 0 : 1, in ? "!" : "");
                    return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
                },
                () -> {
                    resource.reparse(text);
                    return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
                });
        System.out.printf("Bewerking van één regel in een agenda van %,d regels, daarna opnieuw valideren:%n",
                GeneratedAgenda.count(text));
        System.out.printf("  gedeeltelijk opnieuw parsen (zoals een editor): %5.0f ms  (doel < 100 ms)%n", medians[0]);
        System.out.printf("  hele tekst opnieuw parsen:                      %5.0f ms%n", medians[1]);
    }

    /** The agenda read afresh into the project's resource set, replacing the previous reading. */
    private XtextResource load(String text) throws Exception {
        XtextResource previous = (XtextResource) set.getResource(agendaUri, false);
        if (previous != null) {
            previous.unload();
            set.getResources().remove(previous);
        }
        XtextResource resource = (XtextResource) set.createResource(agendaUri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
        return resource;
    }
}

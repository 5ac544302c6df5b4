package nl.bondgenoot.publish.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.publish.PublishException;
import nl.bondgenoot.publish.Publisher;

/**
 * `bondgenoot publish PROJECT --uit MAP [--peildatum JJJJ-MM-DD]`: the project as a static site that works
 * offline (see {@link Publisher}); says where the overview was written and what the site holds.
 */
public final class PublishCommand {

    public static final String USAGE = "Gebruik: bondgenoot publish PROJECTMAP --uit MAP [--peildatum JJJJ-MM-DD]";

    private PublishCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path project = null;
        Path target = null;
        LocalDate peildatum = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--uit")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--uit verwacht een map");
                }
                target = Path.of(args[++i]);
            } else if (a.equals("--peildatum")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--peildatum verwacht een datum als 2011-01-01");
                }
                try {
                    peildatum = Periodes.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    return usage(err, "--peildatum: " + e.getMessage());
                }
            } else if (a.startsWith("-")) {
                return usage(err, "onbekende optie '" + a + "'");
            } else if (project != null) {
                return usage(err, "geef één projectmap op ('" + project + "' en '" + a + "')");
            } else {
                project = Path.of(a);
            }
        }
        if (project == null) {
            return usage(err, "geef de projectmap op");
        }
        if (target == null) {
            return usage(err, "geef met --uit de map voor de publicatie op");
        }
        long start = System.nanoTime();
        Publisher.Result result;
        try {
            result = Publisher.publish(project, target, peildatum, null);
        } catch (PublishException e) {
            err.println("bondgenoot publish: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        result.warnings().forEach(w -> err.println("bondgenoot publish: waarschuwing: " + w));
        out.println("Publicatie geschreven: " + result.overview());
        out.printf("%s, %d items in de zoekindex (%.1f s)%n", result.summary(), result.searchEntries(), (System.nanoTime() - start) / 1e9);
        return ExitCode.OK;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("bondgenoot publish: " + problem + ".");
        err.println(USAGE);
        return ExitCode.USAGE_OR_INPUT;
    }
}

package nl.bondgenoot.diagram.export;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.launcher.CommandGuard;

/**
 * `bondgenoot export FILE --format svg|png [--weergave NAAM | --alle-weergaven] [--uit PAD|-]
 * [--overschrijven] [--schaal N] [--peildatum JJJJ-MM-DD]`: writes the network map of FILE as SVG or PNG; any other
 * format (csv, xlsx, what plug-ins contribute at the exchange extension point) goes to {@link ExchangeExport}, one
 * dispatch and one `--format` vocabulary. The picture is written (by default its
 * default view beside the model: x.svg, x.png; a named view as x-naam.svg; every view with
 * --alle-weergaven) and prints where, or to standard output with `--uit -`. An unknown view is a usage
 * error that lists the model's views. Exit code 0 when written, 2 for a usage error, a model that
 * cannot be read or a target that may not be written (see {@link ExportTarget}); the message is
 * Dutch and names the file, without a stack trace.
 */
public class ExportApplication implements IApplication {

    static final int OK = 0;
    static final int USAGE_OR_INPUT = 2;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        String[] given = args == null ? new String[0] : args;
        return CommandGuard.run("export", given, System.err, () -> run(given, System.out, System.err));
    }

    /** Runs the command; what the user reads goes to out and err. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the PNG is drawn in memory, never on a screen
        }
        ExportArguments arguments;
        try {
            arguments = ExportArguments.parse(args);
        } catch (ExportArguments.UsageException e) {
            err.println("bondgenoot export: " + e.getMessage());
            err.println(ExportArguments.USAGE);
            return USAGE_OR_INPUT;
        }
        if (!arguments.picture()) {
            return ExchangeExport.run(arguments, out, err);
        }
        try {
            if (!arguments.toStandardOutput() && !arguments.allViews()) {
                // a target that may not be written is said before the model is read
                ExportTarget.check(arguments.target(), arguments.model(), arguments.replace());
            }
            if (arguments.older() != null) {
                return writeCompared(arguments, out, err);
            }
            NetwerkkaartExport.Loaded loaded = NetwerkkaartExport.load(arguments.model(),
                    warning -> err.println("bondgenoot export: waarschuwing: " + warning));
            // A plug-in's description with mistakes is left out; its author learns why (file:line: message), as from serve.
            DiagramRepresentations.get().problems().forEach(problem -> err.println("bondgenoot export: waarschuwing: " + problem));
            if (arguments.allViews()) {
                writeEveryView(arguments, loaded, out);
                return OK;
            }
            Optional<Notation> view = loaded.views().findOrStandard(arguments.view());
            if (view.isEmpty()) {
                err.println("bondgenoot export: " + arguments.model() + ": " + loaded.views().unknown(arguments.view()));
                return USAGE_OR_INPUT;
            }
            byte[] picture = NetwerkkaartExport.picture(loaded.model(), atPeildatum(view.get(), arguments), arguments.format(),
                    arguments.scale());
            if (arguments.toStandardOutput()) {
                out.write(picture, 0, picture.length);
                out.flush();
            } else {
                NetwerkkaartExport.writeTo(arguments.target(), picture);
                out.println(drawing(arguments.model(), view.get()) + " geschreven: " + arguments.target()
                        + (arguments.view() == null ? "" : " (weergave " + view.get().name() + ")"));
            }
        } catch (ExportException e) {
            err.println("bondgenoot export: " + e.toUserMessage());
            return USAGE_OR_INPUT;
        } catch (RuntimeException e) {
            CommandGuard.processing(arguments.model());
            return CommandGuard.report("export", args, err, e); // one line that says where the details are
        }
        return OK;
    }

    /**
     * `--alle-weergaven`: every view beside the model as {@code model-weergave.svg}, replacing what an
     * earlier export wrote there; two views whose names give the same file name get a number.
     */
    private static void writeEveryView(ExportArguments arguments, NetwerkkaartExport.Loaded loaded, PrintStream out)
            throws ExportException {
        Set<Path> written = new HashSet<>();
        for (Notation view : loaded.views().all()) {
            Path target = NetwerkkaartExport.defaultTarget(arguments.model(), view.name(), arguments.format());
            for (int n = 2; written.contains(target); n++) {
                target = NetwerkkaartExport.defaultTarget(arguments.model(), view.name() + " " + n, arguments.format());
            }
            ExportTarget.check(target, arguments.model(), true);
            NetwerkkaartExport.writeTo(target, NetwerkkaartExport.picture(loaded.model(), atPeildatum(view, arguments),
                    arguments.format(), arguments.scale()));
            written.add(target);
            out.println(drawing(arguments.model(), view) + " geschreven: " + target + " (weergave " + view.name() + ")");
        }
    }

    /** `--vergelijk OUD` or `--git REV`: the two versions compared, as `serve` shows them, as one picture. */
    private static int writeCompared(ExportArguments arguments, PrintStream out, PrintStream err) throws ExportException {
        CompareView compare;
        try {
            compare = CompareView.open(arguments.model(), arguments.older(),
                    warning -> err.println("bondgenoot export: waarschuwing: " + warning));
        } catch (CompareException e) {
            err.println("bondgenoot export: " + e.getMessage());
            return USAGE_OR_INPUT;
        }
        if (arguments.peildatum() != null) {
            compare.notation().peildatum(arguments.peildatum());
        }
        byte[] picture = NetwerkkaartExport.picture(compare, arguments.format(), arguments.scale());
        if (arguments.toStandardOutput()) {
            out.write(picture, 0, picture.length);
            out.flush();
        } else {
            NetwerkkaartExport.writeTo(arguments.target(), picture);
            out.println(compare.title() + ", geschreven: " + arguments.target());
        }
        return OK;
    }

    /** The view as `--peildatum` asks (a copy: the notation file is never changed by an export). */
    private static Notation atPeildatum(Notation view, ExportArguments arguments) {
        if (arguments.peildatum() == null) {
            return view;
        }
        Notation copy = view.copyAs(view.name());
        copy.peildatum(arguments.peildatum());
        return copy;
    }

    /** What was drawn: the netwerkkaart of a model, or the view of an agenda (named after its representation: Agendaketen). */
    private static String drawing(Path file, Notation view) {
        return ReadOnlyViews.isReadOnly(file) ? view.name() : "Netwerkkaart";
    }

    @Override
    public void stop() {
        // The export runs to its end; there is nothing to interrupt.
    }
}

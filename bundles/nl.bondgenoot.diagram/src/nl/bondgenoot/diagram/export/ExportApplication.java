package nl.bondgenoot.diagram.export;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import nl.bondgenoot.launcher.CommandGuard;

/**
 * `bondgenoot export FILE --format svg|png [--uit PAD|-] [--overschrijven] [--schaal N]`: writes the
 * network map of FILE as SVG or PNG (by default beside the model: x.svg, x.png) and prints where, or
 * to standard output with `--uit -`. Exit code 0 when written, 2 for a usage error, a model that
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
        try {
            NetwerkkaartExport.Destination destination;
            if (arguments.toStandardOutput()) {
                destination = picture -> {
                    out.write(picture, 0, picture.length);
                    out.flush();
                };
            } else {
                ExportTarget.check(arguments.target(), arguments.model(), arguments.replace());
                destination = picture -> NetwerkkaartExport.writeTo(arguments.target(), picture);
            }
            NetwerkkaartExport.write(arguments.model(), arguments.format(), destination, arguments.scale(),
                    warning -> err.println("bondgenoot export: waarschuwing: " + warning));
        } catch (ExportException e) {
            err.println("bondgenoot export: " + e.toUserMessage());
            return USAGE_OR_INPUT;
        } catch (RuntimeException e) {
            CommandGuard.processing(arguments.model());
            return CommandGuard.report("export", args, err, e); // one line that says where the details are
        }
        if (!arguments.toStandardOutput()) {
            out.println("Netwerkkaart geschreven: " + arguments.target());
        }
        return OK;
    }

    @Override
    public void stop() {
        // The export runs to its end; there is nothing to interrupt.
    }
}

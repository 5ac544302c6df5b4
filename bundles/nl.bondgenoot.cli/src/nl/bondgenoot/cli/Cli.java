package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

import nl.bondgenoot.cli.commands.Commands;
import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.launcher.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code bondgenoot COMMAND [ARGS...]}: the one command line. The command comes from the contributions to
 * {@value Commands#EXTENSION_POINT}; picocli parses its options into the contributed class, which then
 * runs; {@code help}, {@code help COMMAND} and {@code --version} are the command line's own. Whatever
 * fails is said in one line ({@link CommandGuard}); a usage error is said in Dutch with the command's usage.
 */
public final class Cli {

    private static volatile CliCommand running;

    private Cli() {
    }

    /** Asks the command that runs now, if any, to stop (Ctrl+C, or the OSGi framework going down). */
    static void stopRunning() {
        CliCommand command = running;
        if (command != null) {
            command.stop();
        }
    }

    /** Runs the command line with the commands of this installation. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(Commands.get(), args, out, err);
    }

    /** Runs the command line with these commands. */
    public static int run(Commands commands, String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return CommandGuard.run(command, rest, err, () -> switch (command) {
            case "help", "--help", "-h" -> help(commands, rest, out, err);
            case "--version", "-V" -> {
                out.println("Bondgenoot " + ProductVersion.get());
                yield ExitCode.OK;
            }
            default -> {
                Optional<Commands.Contribution> contribution = commands.named(command);
                if (contribution.isEmpty()) {
                    err.println(command.startsWith("-") ? "bondgenoot: onbekende optie '" + command + "'. Zie 'bondgenoot help'."
                            : "bondgenoot: onbekend commando '" + command + "'. Zie 'bondgenoot help'.");
                    yield ExitCode.USAGE_OR_INPUT;
                }
                yield run(contribution.get(), rest, out, err);
            }
        });
    }

    /** One contributed command: its usage on --help, else its options parsed into it and run. */
    private static int run(Commands.Contribution contribution, String[] args, PrintStream out, PrintStream err) throws Exception {
        CliCommand command = contribution.create();
        CommandLine line = HelpText.commandLine(contribution.name(), command);
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(line.getUsageMessage());
            return ExitCode.OK;
        }
        try {
            line.parseArgs(args);
        } catch (ParameterException e) {
            err.println("bondgenoot " + contribution.name() + ": " + ParameterErrors.dutch(e) + ".");
            err.println(HelpText.usageLine(line));
            return ExitCode.USAGE_OR_INPUT;
        }
        running = command;
        try {
            return command.run(out, err);
        } finally {
            running = null;
        }
    }

    private static int help(Commands commands, String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            commands.problems().forEach(p -> err.println("bondgenoot: waarschuwing: " + p));
            out.print(HelpText.overview(commands));
            return ExitCode.OK;
        }
        Optional<Commands.Contribution> contribution = args.length == 1 ? commands.named(args[0]) : Optional.empty();
        if (contribution.isEmpty()) {
            err.println(args.length == 1 ? "bondgenoot help: onbekend commando '" + args[0] + "'; de commando's: "
                    + String.join(", ", commands.names()) + "."
                    : "bondgenoot help: geef één commando op, of geen.");
            return ExitCode.USAGE_OR_INPUT;
        }
        out.print(HelpText.commandLine(contribution.get().name(), contribution.get().create()).getUsageMessage());
        return ExitCode.OK;
    }
}

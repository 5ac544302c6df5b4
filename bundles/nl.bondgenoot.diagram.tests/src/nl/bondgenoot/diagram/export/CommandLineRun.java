package nl.bondgenoot.diagram.export;

import java.io.PrintStream;

import nl.bondgenoot.cli.Cli;

/** {@code bondgenoot export ARGS} as a user runs it: through the one command line, its options parsed by picocli. */
final class CommandLineRun {

    private CommandLineRun() {
    }

    static int export(String[] args, PrintStream out, PrintStream err) {
        String[] command = new String[args.length + 1];
        command[0] = "export";
        System.arraycopy(args, 0, command, 1, args.length);
        return Cli.run(command, out, err);
    }
}

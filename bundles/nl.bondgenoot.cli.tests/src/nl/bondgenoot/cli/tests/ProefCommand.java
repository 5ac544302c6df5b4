package nl.bondgenoot.cli.tests;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The test fragment's contributed command: greets the names it is given, as often as asked. */
@Command(description = "groet de gegeven namen (een proefcommando uit een testfragment)")
public final class ProefCommand implements CliCommand {

    @Option(names = "--keer", paramLabel = "N", description = "hoe vaak (standaard 1)")
    private int keer = 1;

    @Parameters(paramLabel = "NAAM", arity = "1..*", description = "wie er gegroet wordt")
    private List<String> namen = new ArrayList<>();

    @Override
    public int run(PrintStream out, PrintStream err) {
        for (int i = 0; i < keer; i++) {
            out.println("Dag " + String.join(" en ", namen) + "!");
        }
        return namen.contains("fout") ? ExitCode.FINDINGS : ExitCode.OK;
    }
}

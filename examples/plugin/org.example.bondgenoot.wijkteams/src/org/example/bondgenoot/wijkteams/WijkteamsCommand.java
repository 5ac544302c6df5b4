package org.example.bondgenoot.wijkteams;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Orgaan;
import nl.bondgenoot.model.OrgaanSoort;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bondgenoot wijkteams MODEL}: every wijkteam of the model (an orgaan of soort wijkteam) with its members
 * and their disciplines; a plug-in's own command, contributed at nl.bondgenoot.cli.commands.
 */
@Command(description = "de wijkteams van een model met hun leden en disciplines (uit de voorbeeld-plug-in Wijkteams)")
public final class WijkteamsCommand implements CliCommand {

    @Parameters(paramLabel = "MODEL", description = "het model (.bondgenoot)")
    private Path model;

    @Override
    public int run(PrintStream out, PrintStream err) {
        Governancemodel loaded;
        try {
            loaded = ModelFiles.load(model);
        } catch (ModelLoadException e) {
            err.println("bondgenoot wijkteams: " + e.toUserMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        int count = 0;
        for (Netwerk netwerk : loaded.getNetwerken()) {
            for (Orgaan orgaan : netwerk.getOrganen()) {
                if (orgaan.getSoort() != OrgaanSoort.WIJKTEAM) {
                    continue;
                }
                count++;
                List<Actor> leden = orgaan.getLeden();
                Set<String> disciplines = new TreeSet<>();
                leden.stream().filter(a -> a.getSoort() != null && !a.getSoort().id().isBlank())
                        .forEach(a -> disciplines.add(a.getSoort().label()));
                out.println(orgaan.getNaam() + " (" + netwerk.getNaam() + "): " + leden.size()
                        + (leden.size() == 1 ? " lid" : " leden") + ", disciplines: "
                        + (disciplines.isEmpty() ? "onbekend" : String.join(", ", disciplines)));
            }
        }
        out.println(count == 1 ? "1 wijkteam" : count + " wijkteams");
        return ExitCode.OK;
    }
}

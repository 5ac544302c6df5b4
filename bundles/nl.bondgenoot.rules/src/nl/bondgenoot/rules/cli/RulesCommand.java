package nl.bondgenoot.rules.cli;

import java.io.PrintStream;

import nl.bondgenoot.launcher.CliCommand;
import nl.bondgenoot.launcher.ExitCode;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.bronnen.BronnenCatalogue;
import nl.bondgenoot.rules.domeinmodel.DomeinmodelCatalogue;
import nl.bondgenoot.rules.engine.RuleCatalogue;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bondgenoot rules [--bronnen | --domeinmodel]}: the rule catalogue, its sources or the domain model, as Markdown. */
@Command(description = "de regelcatalogus (Markdown): id, ernst, herkomst, bron; --bronnen: de bronpublicaties met hun"
        + " hoofdstukken en regelnummers; --domeinmodel: elke klasse en opsomming van het metamodel met haar toelichting"
        + " en welke regels wat lezen")
public final class RulesCommand implements CliCommand {

    @ArgGroup(exclusive = true)
    private Choice choice;

    static final class Choice {
        @Option(names = "--bronnen", description = "de bronpublicaties (Markdown): titel, makers, jaar, vindplaats en hun"
                + " hoofdstukken met regelnummers")
        boolean bronnen;

        @Option(names = "--domeinmodel", description = "het domeinmodel (Markdown): elke klasse en opsomming met haar"
                + " toelichting en welke regels wat lezen")
        boolean domeinmodel;
    }

    @Override
    public int run(PrintStream out, PrintStream err) {
        if (choice != null && choice.bronnen) {
            out.print(BronnenCatalogue.markdown());
        } else if (choice != null && choice.domeinmodel) {
            out.print(DomeinmodelCatalogue.markdown(Rules.all()));
        } else {
            out.print(RuleCatalogue.markdown(Rules.all()));
        }
        return ExitCode.OK;
    }
}

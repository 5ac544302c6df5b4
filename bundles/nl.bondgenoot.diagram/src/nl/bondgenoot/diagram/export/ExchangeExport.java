package nl.bondgenoot.diagram.export;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.exchange.Formats;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * `bondgenoot export` to a format contributed at the exchange extension point (csv, xlsx, ...): the
 * model's elements, or with `--sjabloon` the format's empty template. The targets are checked as a
 * picture's are ({@link ExportTarget}) before anything is written; the exporter writes atomically.
 */
final class ExchangeExport {

    private ExchangeExport() {
    }

    static int run(ExportArguments arguments, PrintStream out, PrintStream err) {
        try {
            Exporter exporter = Formats.get().exporter(arguments.exchange().name()).orElseThrow();
            for (Path file : exporter.files(arguments.target())) {
                ExportTarget.check(file, arguments.model(), arguments.replace());
            }
            Governancemodel model = arguments.template() ? BondgenootFactory.eINSTANCE.createGovernancemodel()
                    : ModelFiles.load(arguments.model());
            List<Path> written = exporter.export(model, arguments.target());
            String what = arguments.template() ? "Sjabloon" : arguments.exchange().label();
            for (Path file : written) {
                out.println(what + " geschreven: " + file);
            }
            return ExportCommand.OK;
        } catch (ExportException e) {
            err.println("bondgenoot export: " + e.toUserMessage());
        } catch (ModelLoadException e) {
            err.println("bondgenoot export: " + e.toUserMessage());
        } catch (ExchangeException e) {
            err.println("bondgenoot export: " + e.toUserMessage());
        }
        return ExportCommand.USAGE_OR_INPUT;
    }
}

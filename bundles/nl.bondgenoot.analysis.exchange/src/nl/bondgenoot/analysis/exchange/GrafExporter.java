package nl.bondgenoot.analysis.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.analysis.formaten.Grafopties;
import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.UnusableFileException;
import nl.bondgenoot.model.tijd.Peildatum;

/**
 * A graph writer of nl.bondgenoot.analysis as an {@link Exporter}: the whole model's steering graph on
 * today's peildatum, every family, with the metrics on the actors, written atomically.
 */
abstract class GrafExporter implements Exporter {

    /** Writes the graph of the model to the stream. */
    protected abstract void write(Governancemodel model, Grafopties opties, OutputStream out);

    @Override
    public List<Path> export(Governancemodel model, Path target) throws ExchangeException {
        Grafopties opties = new Grafopties(Projectie.heelModel(Peildatum.vandaag()), true);
        try {
            AtomicWrite.write(target, out -> {
                write(model, opties, out);
                out.flush();
            });
        } catch (UnusableFileException e) {
            throw new ExchangeException(e.getFile(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ExchangeException(target, "kon niet worden geschreven: " + e.getMessage(), e);
        }
        return List.of(target);
    }
}

package nl.bondgenoot.exchange.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.exchange.ExchangeException;
import nl.bondgenoot.exchange.Exporter;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.AtomicWrite;

/** A tool builder's exporter, contributed by this fragment: the actors' names, sorted, one per line. */
public class NamenlijstExporter implements Exporter {

    @Override
    public List<Path> export(Governancemodel model, Path target) throws ExchangeException {
        StringBuilder text = new StringBuilder();
        model.getActoren().stream().map(Actor::getNaam).sorted().forEach(naam -> text.append(naam).append('\n'));
        try {
            AtomicWrite.writeString(target, text.toString());
        } catch (IOException e) {
            throw new ExchangeException(target, "kan niet schrijven: " + e.getMessage(), e);
        }
        return List.of(target);
    }
}

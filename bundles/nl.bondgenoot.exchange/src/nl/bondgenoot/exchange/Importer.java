package nl.bondgenoot.exchange;

import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.model.Governancemodel;

/**
 * Reads files of one format (contributed at {@value Formats#EXTENSION_POINT}) and says what importing them
 * into a model would change. The model is not changed: the preview is applied later, as one command.
 */
public interface Importer {

    /**
     * The preview of importing the files into the model. A file that cannot be read at all (not of this
     * format, too large, a zip bomb) is an {@link ExchangeException}; rows that cannot be used are
     * rejections in the preview.
     */
    ImportPreview preview(List<Path> files, Governancemodel model) throws ExchangeException;
}

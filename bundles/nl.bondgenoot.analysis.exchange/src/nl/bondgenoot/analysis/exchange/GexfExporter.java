package nl.bondgenoot.analysis.exchange;

import java.io.OutputStream;

import nl.bondgenoot.analysis.formaten.Gexf;
import nl.bondgenoot.analysis.formaten.Grafopties;
import nl.bondgenoot.model.Governancemodel;

/** GEXF (Gephi) as contributed at nl.bondgenoot.exchange.formats. */
public class GexfExporter extends GrafExporter {

    @Override
    protected void write(Governancemodel model, Grafopties opties, OutputStream out) {
        Gexf.write(model, opties, out);
    }
}

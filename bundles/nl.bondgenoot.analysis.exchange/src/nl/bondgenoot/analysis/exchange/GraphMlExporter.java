package nl.bondgenoot.analysis.exchange;

import java.io.OutputStream;

import nl.bondgenoot.analysis.formaten.Grafopties;
import nl.bondgenoot.analysis.formaten.GraphMl;
import nl.bondgenoot.model.Governancemodel;

/** GraphML (yEd, Gephi) as contributed at nl.bondgenoot.exchange.formats. */
public class GraphMlExporter extends GrafExporter {

    @Override
    protected void write(Governancemodel model, Grafopties opties, OutputStream out) {
        GraphMl.write(model, opties, out);
    }
}

package nl.bondgenoot.analysis.formaten;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Graafprojecties;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;

/**
 * GraphML (yEd, Gephi, NetworkX) of a model's steering graph, by JGraphT's exporter: directed ties from
 * the steering actor to the steered one, node ids the actors' ids, the attributes of
 * {@link Grafattributen} declared as GraphML keys.
 */
public final class GraphMl {

    /** The file extension, without dot. */
    public static final String EXTENSIE = "graphml";

    private GraphMl() {
    }

    public static void write(Governancemodel model, Grafopties opties, OutputStream out) {
        Netwerkgraaf graaf = Graafprojecties.van(model, opties.projectie());
        Netwerkanalyse analyse = opties.metMaten() ? Netwerkanalyses.van(graaf) : null;
        GraphMLExporter<Actor, Band> exporter = new GraphMLExporter<>(Actor::getId);
        exporter.setEdgeIdProvider(Grafattributen::bandId);
        // yEd and Gephi read "label" as the name to show.
        exporter.setVertexLabelAttributeName("label");
        exporter.setEdgeLabelAttributeName("label");
        exporter.setExportVertexLabels(true);
        exporter.setExportEdgeLabels(true);
        for (Grafattributen.Sleutel s : Grafattributen.knoop(analyse != null)) {
            exporter.registerAttribute(s.naam(), AttributeCategory.NODE, s.type());
        }
        for (Grafattributen.Sleutel s : Grafattributen.BAND) {
            exporter.registerAttribute(s.naam(), AttributeCategory.EDGE, s.type());
        }
        exporter.setVertexAttributeProvider(a -> Grafattributen.actor(a, graaf, analyse));
        exporter.setEdgeAttributeProvider(Grafattributen::band);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(graaf.gericht(), writer);
    }
}

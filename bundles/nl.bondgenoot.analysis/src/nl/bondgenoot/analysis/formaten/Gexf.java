package nl.bondgenoot.analysis.formaten;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Graafprojecties;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;

/**
 * GEXF 1.2 (Gephi) of a model's steering graph, by JGraphT's exporter: the same graph and attributes as
 * {@link GraphMl}, edges typed directed.
 */
public final class Gexf {

    /** The file extension, without dot. */
    public static final String EXTENSIE = "gexf";

    private Gexf() {
    }

    public static void write(Governancemodel model, Grafopties opties, OutputStream out) {
        Netwerkgraaf graaf = Graafprojecties.van(model, opties.projectie());
        Netwerkanalyse analyse = opties.metMaten() ? Netwerkanalyses.van(graaf) : null;
        GEXFExporter<Actor, Band> exporter = new GEXFExporter<>(Actor::getId, Grafattributen::bandId);
        exporter.setCreator("Bondgenoot");
        exporter.setDescription("Sturingsrelaties van " + graaf.onderwerp() + " op " + opties.projectie().peildatum());
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_TYPES, true);
        for (Grafattributen.Sleutel s : Grafattributen.knoop(analyse != null)) {
            exporter.registerAttribute(s.naam(), AttributeCategory.NODE, type(s.type()));
        }
        for (Grafattributen.Sleutel s : Grafattributen.BAND) {
            exporter.registerAttribute(s.naam(), AttributeCategory.EDGE, type(s.type()));
        }
        exporter.setVertexAttributeProvider(a -> Grafattributen.actor(a, graaf, analyse));
        exporter.setEdgeAttributeProvider(Grafattributen::band);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(graaf.gericht(), writer);
    }

    private static GEXFAttributeType type(AttributeType type) {
        return switch (type) {
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            default -> GEXFAttributeType.STRING;
        };
    }
}

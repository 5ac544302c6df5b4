package nl.bondgenoot.representation.description;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bondgenoot.representation.Description;
import nl.bondgenoot.representation.description.Mappings.EdgeMapping;
import nl.bondgenoot.representation.description.Mappings.Filter;
import nl.bondgenoot.representation.description.Mappings.Layer;
import nl.bondgenoot.representation.description.Mappings.NodeMapping;
import nl.bondgenoot.representation.tool.ToolGroup;

/**
 * One representation of a governance model, read from a description file: which elements are drawn
 * as nodes and lines and how they look, the text styles, the layers and filters. The legend is
 * generated from it ({@link nl.bondgenoot.representation.look.LegendBuilder}), the palette from its
 * tools ({@code gereedschap}).
 *
 * @param file where it was read from, for messages
 * @param bestandssoorten the kinds of file (their extensions: "bondgenoot", "agenda") whose model it draws
 * @param richting the direction an automatic layout in layers runs ("omlaag", "rechts"), or null for the default
 */
public record Representation(String id, String naam, String omschrijving, String file, Map<String, TextStyle> tekststijlen,
        List<NodeMapping> knopen, List<EdgeMapping> lijnen, List<Layer> lagen, List<Filter> filters,
        List<ToolGroup> gereedschap, List<String> bestandssoorten, String richting) implements Description {

    /** The layout directions a description may name. */
    public static final List<String> RICHTINGEN = List.of("omlaag", "rechts");

    /** A representation of model files without tools: its view shows no palette entries. */
    public Representation(String id, String naam, String omschrijving, String file, Map<String, TextStyle> tekststijlen,
            List<NodeMapping> knopen, List<EdgeMapping> lijnen, List<Layer> lagen, List<Filter> filters) {
        this(id, naam, omschrijving, file, tekststijlen, knopen, lijnen, lagen, filters, List.of(),
                List.of(nl.bondgenoot.model.persistence.BondgenootFiles.MODEL_EXTENSION), null);
    }

    /** Whether it draws the model of a file with this name (by its extension). */
    public boolean appliesTo(String fileName) {
        return fileName != null && bestandssoorten.stream().anyMatch(kind -> fileName.endsWith("." + kind));
    }

    public Optional<NodeMapping> node(String mappingId) {
        return knopen.stream().filter(n -> n.id().equals(mappingId)).findFirst();
    }

    public Optional<EdgeMapping> edge(String mappingId) {
        return lijnen.stream().filter(e -> e.id().equals(mappingId)).findFirst();
    }

    public TextStyle textStyle(String name) {
        return tekststijlen.getOrDefault(name, TextStyle.DEFAULT);
    }
}

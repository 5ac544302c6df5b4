package nl.bondgenoot.diagram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GGraph;

import com.google.gson.JsonArray;

import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.representation.look.CompareMark;
import nl.bondgenoot.representation.look.Legend;

/**
 * What a compare view adds on the root: the legend's section of the marks (titled with what was compared
 * and how much changed), and the fading of removed elements as a filter that is on and fades, so the
 * browser's filter CSS and the export's faded groups apply it as they apply a peildatum's.
 */
final class CompareArgs {

    /** On the root of a compare view: its title ("Vergelijking met …: 2 toegevoegd, …"). */
    static final String TITLE = "vergelijking";

    private CompareArgs() {
    }

    static void put(GGraph root, CompareView compare) {
        Legend legend = LookArgs.legend(root);
        List<Legend.Section> sections = new ArrayList<>();
        sections.add(CompareMark.legend(compare.title()));
        if (legend != null) {
            sections.addAll(legend.sections());
        }
        root.getArgs().put(LookArgs.LEGEND, LookArgs.GSON.toJson(new Legend(sections)));
        JsonArray filters = LookArgs.GSON.fromJson(LookArgs.text(root, LookArgs.FILTER_LIST), JsonArray.class);
        if (filters == null) {
            filters = new JsonArray();
        }
        filters.add(LookArgs.GSON.toJsonTree(
                Map.of("id", CompareMark.FADED, "naam", "Vergelijking: wat verwijderd is", "vervaag", true, "aan", true)));
        root.getArgs().put(LookArgs.FILTER_LIST, LookArgs.GSON.toJson(filters));
        root.getArgs().put(TITLE, compare.title());
    }
}

package nl.bondgenoot.diagram.export;

import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.representation.look.SvgWriter;

/** The view's layers that are off and filters that are on, as the export applies them (layers.ts on the map). */
final class ViewState {

    /** The map's faded opacity (netwerkkaart.css, body.filter-… rules from layers.ts). */
    private static final String FADED = "0.15";

    private final Set<String> layersOff;
    private final Map<String, Boolean> filtersOn;

    ViewState(GGraph graph) {
        layersOff = LookArgs.layersOff(graph);
        filtersOn = LookArgs.filtersOn(graph);
    }

    /** On a layer that is off, or failing a filter that hides. */
    boolean hides(GModelElement element) {
        return LookArgs.ids(element, LookArgs.LAYERS).stream().anyMatch(layersOff::contains)
                || LookArgs.ids(element, LookArgs.FAILED_FILTERS).stream().anyMatch(f -> Boolean.FALSE.equals(filtersOn.get(f)));
    }

    /** Writes the element, in a faded group when it fails a filter that fades. */
    void faded(SvgWriter svg, GModelElement element, Runnable write) {
        boolean fade = LookArgs.ids(element, LookArgs.FAILED_FILTERS).stream().anyMatch(f -> Boolean.TRUE.equals(filtersOn.get(f)));
        if (fade) {
            svg.open("g", "class", "vervaagd", "opacity", FADED);
        }
        write.run();
        if (fade) {
            svg.close("g");
        }
    }
}

package nl.bondgenoot.diagram.export;

import java.util.List;

import nl.bondgenoot.representation.description.Style;
import nl.bondgenoot.representation.look.Paint;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/** Writes a look's paths and strokes as SVG presentation attributes, as the web client's look.ts does. */
final class Paints {

    private Paints() {
    }

    /** A node's paths; the outline gets the class "{mapping}-shape". */
    static void write(SvgWriter svg, List<Paint> paints, String mapping) {
        for (Paint paint : paints) {
            String cssClass = "vorm".equals(paint.role()) ? mapping + "-shape" : mapping + "-" + paint.role();
            svg.empty("path", "class", cssClass, "d", paint.d(), "fill", paint.fill(), "fill-opacity",
                    paint.fillOpacity() == 1 ? null : Geometry.n(paint.fillOpacity()), "stroke", paint.stroke(), "stroke-width",
                    paint.strokeWidth() == 0 ? null : paint.strokeWidth(), "stroke-dasharray", paint.dash().isEmpty() ? null : paint.dash());
        }
    }

    /** A group region's fill and border. */
    static Object[] group(Style style) {
        return new Object[] { "fill", style.vulling() == null ? "none" : style.vulling(), "fill-opacity",
                style.dekking() == null ? null : Geometry.n(style.dekking()), "stroke", style.rand() == null ? "none" : style.rand(),
                "stroke-width", style.randdikte() == null ? 1.0 : style.randdikte(), "stroke-dasharray", style.streep() };
    }

    /** A line's stroke. */
    static Object[] stroke(String colour, double width, String dash, boolean round) {
        return new Object[] { "stroke", colour, "stroke-width", width, "stroke-dasharray", dash == null || dash.isEmpty() ? null : dash,
                "stroke-linecap", round ? "round" : null };
    }
}

package nl.bondgenoot.beoordeling.grafiek;

import java.util.List;

/**
 * A chart as the product draws it: the SVG document (its size in its width and height attributes, every
 * mark of an indicator or kenmerk carrying {@code data-id}) and the frames of its texts, which never
 * overlap. One drawing for the workbench (in an SWT Browser) and for the published site.
 */
public record Grafiek(String svg, double breedte, double hoogte, List<Kader> teksten) {
}

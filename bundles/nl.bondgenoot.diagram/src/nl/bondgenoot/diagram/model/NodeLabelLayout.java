package nl.bondgenoot.diagram.model;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;

import nl.bondgenoot.representation.description.TextStyle;
import nl.bondgenoot.representation.look.LabelMetrics;

/**
 * The server's version of the browser's vbox layout of a node: labels stacked and centred, the node
 * as large as its labels need (at least its minimum or stored size). Done here so the model is sent
 * and drawn once, without a measuring pass in the browser. Font sizes and weights are the
 * labels' text styles (LookArgs); labels are drawn with text-anchor middle, so x is the centre and y the baseline.
 */
final class NodeLabelLayout {

    private static final double GAP = 3;

    private NodeLabelLayout() {
    }

    /** Sizes the node and places its labels; padding on top and bottom, side padding left and right. */
    static void apply(GNode node, double padding, double side, double minWidth, double prefWidth, double prefHeight) {
        apply(node, padding, side, minWidth, prefWidth, prefHeight, 1);
    }

    /**
     * As above for a shape that must be {@code stretch} times larger than its labels to hold them
     * (Geometry.stretch: a diamond, an ellipse); there the labels are centred vertically.
     */
    static void apply(GNode node, double padding, double side, double minWidth, double prefWidth, double prefHeight,
            double stretch) {
        double contentWidth = 0;
        double contentHeight = 0;
        int labels = 0;
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                size(label);
                contentWidth = Math.max(contentWidth, label.getSize().getWidth());
                contentHeight += label.getSize().getHeight();
                labels++;
            }
        }
        contentHeight += Math.max(0, labels - 1) * GAP;
        double width = Math.max(Math.max(minWidth, prefWidth), contentWidth * stretch + 2 * side);
        double height = Math.max(prefHeight, contentHeight * stretch + 2 * padding);
        node.setSize(GraphUtil.dimension(width, height));
        // like the browser's vbox: stacked from the top, also in a taller node; centred in a shape without corners
        double top = stretch > 1 ? (height - contentHeight) / 2 : padding;
        for (GModelElement child : node.getChildren()) {
            if (child instanceof GLabel label) {
                double fontSize = LookArgs.textStyle(label).grootte();
                label.setPosition(GraphUtil.point(width / 2, top + LabelMetrics.BASELINE * fontSize));
                top += label.getSize().getHeight() + GAP;
            }
        }
    }

    /** Gives a label the size of its text, so edge labels and badges can be drawn around it. */
    static void size(GLabel label) {
        TextStyle style = LookArgs.textStyle(label);
        label.setSize(GraphUtil.dimension(LabelMetrics.width(label.getText(), style.grootte(), style.bold()),
                Math.ceil(LabelMetrics.HEIGHT * style.grootte())));
    }

    /**
     * Sizes an edge label and aligns its text in its box: the browser's edge layout places the box
     * (top left), while the text is drawn from its centre (text-anchor middle) and baseline.
     */
    static void sizeOnEdge(GLabel label) {
        size(label);
        label.setAlignment(GraphUtil.point(label.getSize().getWidth() / 2, LabelMetrics.BASELINE * LookArgs.textStyle(label).grootte()));
    }
}

package nl.bondgenoot.diagram.model;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.junit.jupiter.api.Test;
import nl.bondgenoot.representation.look.LabelMetrics;

/** The server sizes nodes and places labels itself (no measuring pass in the browser): labels must fit. */
class NodeLabelLayoutTest {

    @Test
    void aLongNameWidensTheNodeBeyondItsMinimum() {
        String name = "Stichting Maatschappelijke Dienstverlening Kamperpoort-Zuid en Omstreken";
        GNode node = actor(name, "Maatschappelijk werk");
        NodeLabelLayout.apply(node, 10, 28, 170, 0, 0);
        GLabel naam = (GLabel) node.getChildren().get(0);
        // Chromium draws this name 511.9 px wide here (14 px, weight 600, Nimbus Sans): it must fit.
        assertTrue(naam.getSize().getWidth() >= 511.9, "name width " + naam.getSize().getWidth());
        assertEquals(naam.getSize().getWidth() + 2 * 28, node.getSize().getWidth(), 0.001);
        assertEquals(node.getSize().getWidth() / 2, naam.getPosition().getX(), 0.001, "centred (text-anchor middle)");
    }

    @Test
    void labelsAreStackedInsideTheNodeAndAShortNameKeepsTheMinimumWidth() {
        GNode node = actor("Travers", "Welzijnsorganisatie");
        NodeLabelLayout.apply(node, 10, 28, 170, 0, 0);
        GLabel naam = (GLabel) node.getChildren().get(0);
        GLabel soort = (GLabel) node.getChildren().get(1);
        assertEquals(170, node.getSize().getWidth(), 0.001);
        assertTrue(soort.getPosition().getY() > naam.getPosition().getY() + naam.getSize().getHeight() * 0.5, "below the name");
        double bottom = soort.getPosition().getY() - LabelMetrics.BASELINE * 11 + soort.getSize().getHeight();
        assertEquals(node.getSize().getHeight() - 10, bottom, 0.001, "padding below the last label");
    }

    @Test
    void aStoredSizeIsKeptWhenTheLabelsFitAndGrownWhenTheyDoNot() {
        GNode wide = actor("Travers", "Welzijnsorganisatie");
        NodeLabelLayout.apply(wide, 10, 28, 170, 400, 120);
        assertEquals(400, wide.getSize().getWidth(), 0.001);
        assertEquals(120, wide.getSize().getHeight(), 0.001);
        GNode narrow = actor("Een naam die niet in 180 pixels past", "Welzijnsorganisatie");
        NodeLabelLayout.apply(narrow, 10, 28, 170, 180, 20);
        assertTrue(narrow.getSize().getWidth() > 180 && narrow.getSize().getHeight() > 20);
    }

    /** An actor as the netwerkkaart description draws it: the name 14 px bold, the soort 11 px italic. */
    private static GNode actor(String naam, String soort) {
        GLabel name = new GLabelBuilder(NetwerkkaartTypes.LABEL_NAAM).id("a/naam").text(naam).build();
        name.getArgs().put(LookArgs.FONT_SIZE, 14.0);
        name.getArgs().put(LookArgs.FONT_WEIGHT, 600.0);
        GLabel kind = new GLabelBuilder(NetwerkkaartTypes.LABEL_SOORT).id("a/soort").text(soort).build();
        kind.getArgs().put(LookArgs.FONT_SIZE, 11.0);
        kind.getArgs().put(LookArgs.ITALIC, true);
        return new GNodeBuilder(NetwerkkaartTypes.ACTOR).id("a").add(name).add(kind).build();
    }
}

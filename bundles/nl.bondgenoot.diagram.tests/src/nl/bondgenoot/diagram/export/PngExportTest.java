package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;

/** The PNG: decodable, the viewBox's size times the scale, the node's fill where a node is drawn. */
class PngExportTest {

    @Test
    void rendersTheMapAtItsSizeTimesTheScale() throws Exception {
        Governancemodel model = NetwerkkaartSvgTest.load("familie-van-dalen.bondgenoot");
        String svg = NetwerkkaartExport.svg(model, new Notation());
        double[] viewBox = SvgDocuments.viewBox(SvgDocuments.parse(svg));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(NetwerkkaartExport.png(svg, 2)));
        assertEquals(Math.round(viewBox[2] * 2), image.getWidth());
        assertEquals(Math.round(viewBox[3] * 2), image.getHeight());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(NetwerkkaartExport.png(svg, 1)));
        assertEquals(Math.round(viewBox[2]), small.getWidth());
        assertEquals(0xffffff, small.getRGB(1, 1) & 0xffffff, "white background");

        // Every actor's shape is filled with its category's colour: looked at in the middle of the
        // node, below its labels (which are stacked from the top).
        GGraph graph = HeadlessGModel.build(model, new Notation());
        for (Actor actor : model.getActoren()) {
            GNode node = (GNode) graph.getChildren().stream().filter(c -> c.getId().equals(actor.getId())).findFirst().orElseThrow();
            Box box = Box.of(node);
            int x = (int) Math.round((box.centreX() - viewBox[0]) * 2);
            int y = (int) Math.round((box.bottom() - 7 - viewBox[1]) * 2);
            String expected = LookArgs.paints(node).get(0).fill(); // the outline's fill, as the description gave it
            int rgb = image.getRGB(x, y) & 0xffffff;
            assertNotEquals(0xffffff, rgb, actor.getNaam() + " is drawn");
            assertEquals(expected, String.format("#%06x", rgb), actor.getNaam() + " at " + x + "," + y);
        }
    }

    /** By default a map fits a full-HD slide: as large as fits 1920 × 1080, never more than twice its size. */
    @Test
    void byDefaultThePictureFitsASlide() throws Exception {
        for (String example : NetwerkkaartSvgTest.examples().toList()) {
            String svg = NetwerkkaartExport.svg(NetwerkkaartSvgTest.load(example), new Notation());
            double[] viewBox = SvgDocuments.viewBox(SvgDocuments.parse(svg));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(NetwerkkaartExport.png(svg, NetwerkkaartExport.DEFAULT_SCALE)));
            assertTrue(image.getWidth() <= 1920 && image.getHeight() <= 1080, example + ": " + image.getWidth() + " × " + image.getHeight());
            double scale = Math.min(2, Math.min(1920 / viewBox[2], 1080 / viewBox[3]));
            assertEquals(Math.ceil(viewBox[2] * scale - 1e-6), image.getWidth(), 1, example + ": width at scale " + scale);
            assertTrue(image.getWidth() >= 1919 || image.getHeight() >= 1079 || scale == 2, example + ": as large as fits");
        }
    }

    @Test
    void refusesAScaleOutOfRangeAndTextThatIsNoSvg() {
        assertThrows(ExportException.class, () -> NetwerkkaartExport.png("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", -1));
        assertThrows(ExportException.class, () -> NetwerkkaartExport.png("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 100));
        assertThrows(ExportException.class, () -> NetwerkkaartExport.png("geen svg", 1));
    }

}

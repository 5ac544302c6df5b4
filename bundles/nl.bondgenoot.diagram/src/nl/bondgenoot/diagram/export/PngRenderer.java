package nl.bondgenoot.diagram.export;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import nl.bondgenoot.representation.look.Geometry;
import nl.bondgenoot.representation.look.SvgWriter;

/**
 * Renders an SVG document to PNG with jsvg (the SVG renderer the platform already ships for SWT)
 * into an image in memory: java.awt without a display. The image is the SVG's size times the scale.
 */
final class PngRenderer {

    /** Larger images are refused rather than risk running out of memory (4 bytes per pixel). */
    static final long MAX_PIXELS = 100_000_000L;
    static final double MAX_SCALE = 16;

    /**
     * The scale that fits a slide: at most {@value #SLIDE_WIDTH} × {@value #SLIDE_HEIGHT} pixels (full HD, what a
     * beamer and a presentation show), and at most {@value #SHARP} times the map's size (sharp on screens
     * of twice the density; larger adds only bytes). Chosen per picture, so it is given as this value.
     */
    static final double FIT_SLIDE = 0;
    static final int SLIDE_WIDTH = 1920;
    static final int SLIDE_HEIGHT = 1080;
    static final double SHARP = 2;

    private PngRenderer() {
    }

    static byte[] render(String svg, double wanted) throws ExportException {
        if (!(wanted == FIT_SLIDE || wanted > 0 && wanted <= MAX_SCALE)) {
            throw new ExportException(null, "de schaal moet groter dan 0 en hoogstens " + Geometry.n(MAX_SCALE) + " zijn, niet "
                    + wanted, null);
        }
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(withJavaFont(svg).getBytes(StandardCharsets.UTF_8)), null,
                    LoaderContext.createDefault());
        } catch (RuntimeException e) {
            throw new ExportException(null, "de SVG is niet te tekenen: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new ExportException(null, "de SVG is niet te lezen", null);
        }
        FloatSize size = document.size();
        double scale = wanted == FIT_SLIDE ? slideScale(size.width, size.height) : wanted;
        int width = pixels(size.width, scale);
        int height = pixels(size.height, scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new ExportException(null, "de afbeelding wordt te groot (" + width + " × " + height
                    + " pixels); kies een kleinere schaal", null);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.scale(scale, scale);
            document.render((Component) null, graphics, new ViewBox(0, 0, size.width, size.height));
        } catch (RuntimeException e) {
            throw new ExportException(null, "de SVG is niet te tekenen: " + e.getMessage(), e);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new ExportException(null, "PNG schrijven is mislukt: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }

    /**
     * The map's font stack with only the first family that Java has: jsvg looks at the first family
     * of a list alone, and Java knows neither Helvetica nor Arial by those names on Linux. Nimbus Sans
     * has Helvetica's widths (those the server sizes the nodes with), Liberation Sans Arial's.
     */
    static String withJavaFont(String svg) {
        return svg.replace("font-family=\"" + SvgWriter.escape(MapStyle.FONT) + "\"", "font-family=\"" + JavaFont.FAMILY + "\"");
    }

    /** Looked up once, when the first PNG is made. */
    private static final class JavaFont {
        static final String FAMILY = first(List.of("Helvetica Neue", "Helvetica", "Nimbus Sans", "Arial", "Liberation Sans"));

        private static String first(List<String> wanted) {
            Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
            return wanted.stream().filter(installed::contains).findFirst().orElse("sans-serif");
        }
    }

    /** The largest scale at which a picture of this size fits a slide, but not more than {@value #SHARP}. */
    static double slideScale(double width, double height) {
        return Math.min(SHARP, Math.min(SLIDE_WIDTH / Math.max(width, 1), SLIDE_HEIGHT / Math.max(height, 1)));
    }

    /** Whole pixels: the scaled size, rounded up (a hair of rounding error does not add a pixel). */
    static int pixels(double length, double scale) {
        return Math.max(1, (int) Math.ceil(length * scale - 1e-6));
    }
}

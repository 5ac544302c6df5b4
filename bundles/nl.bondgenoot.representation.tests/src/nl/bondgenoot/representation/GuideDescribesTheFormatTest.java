package nl.bondgenoot.representation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.representation.description.Shapes;
import nl.bondgenoot.representation.expression.DerivedFeature;
import nl.bondgenoot.representation.expression.DerivedFeatures;

/** The tool builders' page of the user guide names everything a description may use, so it cannot fall behind. */
class GuideDescribesTheFormatTest {

    @Test
    void theGuidePageListsEveryDerivedFeatureShapeDecorationAndArrow() throws Exception {
        Path page = Path.of(System.getProperty("bondgenoot.root", "../.."), "bundles/nl.bondgenoot.help/guide/weergaven.html");
        String text = Files.readString(page);
        for (DerivedFeature feature : DerivedFeatures.all()) {
            if (feature.name().equals("naamlengte")) {
                continue; // contributed by this test fragment (fragment.xml), not a feature of the product
            }
            assertTrue(text.contains("<code>" + feature.name() + "</code>"), feature.name());
        }
        for (String word : Shapes.VORMEN) {
            assertTrue(text.contains("<code>" + word + "</code>"), word);
        }
        for (String word : Shapes.VERSIERINGEN) {
            assertTrue(text.contains("<code>" + word + "</code>"), word);
        }
        for (String word : RepresentationReader.FILE_KINDS) {
            assertTrue(text.contains("<code>" + word + "</code>"), word);
        }
        for (String word : nl.bondgenoot.representation.description.Representation.RICHTINGEN) {
            assertTrue(text.contains("<code>" + word + "</code>"), word);
        }
        assertTrue(text.contains("<code>bestandssoorten</code>") && text.contains("<code>indeling</code>"));
        for (String word : Shapes.PIJLEN) {
            assertTrue(text.contains("<code>" + word + "</code>"), word);
        }
    }
}

package nl.bondgenoot.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.bondgenoot.help.tests.ArchitectureDiagram.Box;
import nl.bondgenoot.help.tests.ArchitectureDiagram.Layout;

/** The SDK guide's architecture picture is the one the manifests give, and it is legible. */
class ArchitectureDiagramTest {

    static final Path ROOT = Path.of(System.getProperty("bondgenoot.root", "../..")).toAbsolutePath().normalize();
    static final Path PICTURE = ROOT.resolve("bundles/nl.bondgenoot.help/guide/architectuur.svg");

    @Test
    void theCommittedPictureIsTheOneTheManifestsGive() throws IOException {
        String expected = ArchitectureDiagram.svg(ArchitectureDiagram.layout(ROOT));
        assertEquals(expected, Files.readString(PICTURE, StandardCharsets.UTF_8),
                "architectuur.svg is stale: run java bundles/nl.bondgenoot.help.tests/src/nl/bondgenoot/help/tests/"
                        + "ArchitectureDiagram.java . bundles/nl.bondgenoot.help/guide/architectuur.svg");
    }

    @Test
    void everyProductBundleIsABoxAndNoTestBundleIs() throws IOException {
        Layout layout = ArchitectureDiagram.layout(ROOT);
        Set<String> shown = layout.boxes().stream().map(Box::id).collect(Collectors.toSet());
        assertEquals(ArchitectureDiagram.requires(ROOT).keySet(), shown);
        assertTrue(shown.containsAll(List.of("nl.bondgenoot.model", "nl.bondgenoot.rules", "nl.bondgenoot.ui", "nl.bondgenoot.cli")), shown.toString());
        assertFalse(shown.stream().anyMatch(id -> id.endsWith(".tests")), shown.toString());
        Box ui = layout.boxes().stream().filter(b -> b.id().equals("nl.bondgenoot.ui")).findFirst().orElseThrow();
        Box model = layout.boxes().stream().filter(b -> b.id().equals("nl.bondgenoot.model")).findFirst().orElseThrow();
        assertTrue(ui.workbench() && !model.workbench(), "ui in the workbench group, model headless");
    }

    @Test
    void noTwoBoxesOverlapAndEveryLabelFitsItsBox() throws IOException {
        Layout layout = ArchitectureDiagram.layout(ROOT);
        List<Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            assertTrue(a.width() >= a.label().length() * ArchitectureDiagram.CHAR, a.id());
            assertTrue(a.x() + a.width() <= layout.width() && a.y() + ArchitectureDiagram.BOX_H <= layout.height(), a.id());
            for (Box b : boxes.subList(i + 1, boxes.size())) {
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + ArchitectureDiagram.BOX_H <= b.y() || b.y() + ArchitectureDiagram.BOX_H <= a.y();
                assertTrue(apart, a.id() + " overlaps " + b.id());
            }
        }
    }

    @Test
    void everyArrowIsARequireBundleOfTheManifest() throws IOException {
        var requires = ArchitectureDiagram.requires(ROOT);
        Layout layout = ArchitectureDiagram.layout(ROOT);
        layout.arrows().forEach((from, targets) -> assertTrue(requires.get(from).containsAll(targets), from));
        // rules requires model and analysis; analysis requires model, so rules -> model is implied and left out
        assertTrue(requires.get("nl.bondgenoot.analysis").contains("nl.bondgenoot.model"));
        assertEquals(Set.of("nl.bondgenoot.analysis"), layout.arrows().get("nl.bondgenoot.rules"));
    }
}

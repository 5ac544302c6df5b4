package nl.bondgenoot.diagram.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.compare.OlderVersion;
import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.layout.Box;
import nl.bondgenoot.diagram.model.LookArgs;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.look.CompareMark;

/**
 * Two versions of the Kamperpoort skeleton compared on the map: the older as in examples/ with a layout
 * of its own, the newer with De Kern renamed, Travers deleted, a Buurtteam added and the rest moved.
 */
class CompareMapTest {

    private static final String TRAVERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102";
    private static final String DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103";
    private static final String NETWERK = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1201";
    private static final String BUURTTEAM = "buurtteam-nieuw";

    @TempDir
    Path dir;
    Path older;
    Path newer;
    Bounds traversBefore;

    @BeforeEach
    void twoVersions() throws Exception {
        older = dir.resolve("oud.bondgenoot");
        newer = dir.resolve("nieuw.bondgenoot");
        Files.copy(SvgDocuments.root().resolve("examples/skelet/kamperpoort-kern.bondgenoot"), older);
        Governancemodel model = ModelFiles.load(older);
        MapViews olderViews = new MapViews();
        int i = 0;
        List<nl.bondgenoot.model.Element> nodes = new java.util.ArrayList<>(model.getActoren());
        nodes.addAll(model.getNetwerken());
        nodes.addAll(model.getConvenanten());
        for (nl.bondgenoot.model.Element node : nodes) {
            olderViews.standard().put(node.getId(), Bounds.at(400 * (i % 3), 300 * (i / 3)));
            i++;
        }
        NotationFile.write(NotationFile.besides(older), olderViews);
        traversBefore = olderViews.standard().get(TRAVERS).orElseThrow();

        model.getActoren().stream().filter(a -> a.getId().equals(DE_KERN)).findFirst().orElseThrow().setNaam("De Kern Zwolle");
        EcoreUtil.delete(model.eResource().getEObject(TRAVERS), true);
        Actor buurtteam = BondgenootFactory.eINSTANCE.createActor();
        buurtteam.setId(BUURTTEAM);
        buurtteam.setNaam("Buurtteam");
        model.getActoren().add(buurtteam);
        MapViews newerViews = new MapViews();
        olderViews.standard().all().forEach((id, b) -> {
            if (!id.equals(TRAVERS)) {
                newerViews.standard().put(id, b.movedTo(b.x() + 40, b.y() + 20));
            }
        });
        ModelFiles.saveCopy(model.eResource(), newer, List.of(NotationFile.copy(NotationFile.besides(newer), newerViews)));
    }

    private static Map<String, GModelElement> byId(GGraph root) {
        return root.getChildren().stream().collect(Collectors.toMap(GModelElement::getId, e -> e));
    }

    private static List<String> badges(GModelElement node) {
        return node.getChildren().stream().filter(c -> NetwerkkaartTypes.LABEL_BADGE.equals(c.getType()))
                .map(c -> ((GLabel) c).getText()).toList();
    }

    @Test
    void theUnionIsDrawnWithTheMarksAtTheNewerPlaces() throws Exception {
        CompareView compare = CompareView.open(newer, OlderVersion.ofFile(older), warning -> { throw new AssertionError(warning); });
        GGraph root = HeadlessGModel.build(compare);
        Map<String, GModelElement> drawn = byId(root);

        GNode travers = (GNode) drawn.get(TRAVERS);
        assertNotNull(travers, "the removed actor is drawn");
        assertTrue(travers.getCssClasses().contains("vergelijk-verwijderd"), travers.getCssClasses().toString());
        assertTrue(LookArgs.ids(travers, LookArgs.FAILED_FILTERS).contains(CompareMark.FADED), "faded");
        assertEquals("verwijderd", badges(travers).get(0));
        assertEquals(traversBefore.x(), travers.getPosition().getX(), 0.01, "where the older version had it");
        assertEquals(traversBefore.y(), travers.getPosition().getY(), 0.01, "where the older version had it");

        GNode kern = (GNode) drawn.get(DE_KERN);
        assertTrue(kern.getCssClasses().contains("vergelijk-gewijzigd"));
        assertEquals("gewijzigd: naam", badges(kern).get(0));
        assertFalse(LookArgs.ids(kern, LookArgs.FAILED_FILTERS).contains(CompareMark.FADED));

        GNode buurtteam = (GNode) drawn.get(BUURTTEAM);
        assertTrue(buurtteam.getCssClasses().contains("vergelijk-toegevoegd"));
        assertEquals("nieuw", badges(buurtteam).get(0));

        GNode gemeente = (GNode) drawn.get("6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101");
        assertTrue(gemeente.getCssClasses().stream().noneMatch(c -> c.startsWith("vergelijk-")), "unchanged: no mark");

        // the membership Travers lost is drawn, marked removed; the others are not marked
        List<GEdge> removedLines = root.getChildren().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast)
                .filter(e -> e.getCssClasses().contains("vergelijk-verwijderd")).toList();
        assertEquals(List.of(NETWERK + NetwerkkaartTypes.LID + TRAVERS), removedLines.stream().map(GEdge::getId).toList());

        // stable layout: the newer version's places, untouched; the added actor placed on no other box
        MapViews newerViews = NotationFile.read(NotationFile.besides(newer));
        newerViews.standard().all().forEach((id, b) -> {
            GNode node = (GNode) drawn.get(id);
            assertEquals(b.x(), node.getPosition().getX(), 0.01, id);
            assertEquals(b.y(), node.getPosition().getY(), 0.01, id);
        });
        Box added = box(buurtteam);
        for (GModelElement other : root.getChildren()) {
            if (other instanceof GNode node && node != buurtteam) {
                assertFalse(added.intersects(box(node)), "the new actor lies on " + node.getId());
            }
        }
        assertTrue(LookArgs.flag(root, LookArgs.SHOW_ONLY), "only shown");
        assertTrue(LookArgs.legend(root).sections().get(0).title().startsWith("Vergelijking met oud.bondgenoot: 1 toegevoegd, 1 verwijderd,"),
                LookArgs.legend(root).sections().get(0).title());
    }

    private static Box box(GNode node) {
        return new Box(node.getPosition().getX(), node.getPosition().getY(), node.getSize().getWidth(), node.getSize().getHeight());
    }

    @Test
    void aGitRevisionIsComparedAsTheFileWasThen() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Path model = repo.resolve("kaart.bondgenoot");
        Files.copy(older, model);
        Files.copy(NotationFile.besides(older), NotationFile.besides(model));
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "eerste versie");
        Files.copy(newer, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(NotationFile.besides(newer), NotationFile.besides(model), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CompareView compare = CompareView.open(model, OlderVersion.ofRevision("HEAD"), warning -> { throw new AssertionError(warning); });
        assertTrue(compare.title().startsWith("Vergelijking met Git-revisie HEAD: 1 toegevoegd, 1 verwijderd"), compare.title());
        Map<String, GModelElement> drawn = byId(HeadlessGModel.build(compare));
        assertEquals(traversBefore.x(), ((GNode) drawn.get(TRAVERS)).getPosition().getX(), 0.01, "the layout at the revision");
        assertTrue(drawn.get(BUURTTEAM).getCssClasses().contains("vergelijk-toegevoegd"));

        CompareException unknown = assertThrows(CompareException.class,
                () -> CompareView.open(model, OlderVersion.ofRevision("bestaat-niet"), w -> { }));
        assertTrue(unknown.getMessage().contains("revisie 'bestaat-niet' bestaat niet"), unknown.getMessage());
    }

    @Test
    void exportDrawsTheComparisonBesideTheModel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineRun.export(new String[] { newer.toString(), "--vergelijk", older.toString(), "--format", "svg" },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Path svg = dir.resolve("nieuw-vergelijking.svg");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("geschreven: " + svg), out.toString(StandardCharsets.UTF_8));
        String text = Files.readString(svg);
        SvgDocuments.parse(text);
        for (CompareMark mark : CompareMark.values()) {
            assertTrue(text.contains(mark.colour()), "the " + mark.word() + " mark is drawn");
        }
        assertTrue(text.contains("Vergelijking van"), "titled");
    }

    @Test
    void anUnreadableOlderVersionIsRefusedAndNothingIsWritten() throws IOException {
        Path notAModel = dir.resolve("oud.bondgenoot");
        Files.writeString(notAModel, "<dit is geen model");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineRun.export(new String[] { newer.toString(), "--vergelijk", notAModel.toString(), "--format", "svg" },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("bondgenoot export: ") && said.contains("oud.bondgenoot"), said);
        assertFalse(said.contains("Exception"), said);
        assertFalse(Files.exists(dir.resolve("nieuw-vergelijking.svg")));
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}

package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.handlers.CreateNodeHandler;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.ViewSelection;
import nl.bondgenoot.diagram.views.ViewContents;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Several views of one model: each draws its own selection (everything, chosen elements, around the
 * chosen ones) with its own layout, and a save from one view keeps the others.
 */
class ViewsTest {

    private static final String GEMEENTE = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101";
    private static final String TRAVERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102";
    private static final String DE_KERN = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103";
    private static final String WMO_RAAD = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1104";
    private static final String INWONERS = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1105";
    private static final String OK_TEAM = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1201";
    private static final String ADVIES = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1401";
    private static final String VERANTWOORDING = "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1402";

    @TempDir
    Path folder;

    private Path model;

    @BeforeEach
    void copyExample() throws Exception {
        Path root = Path.of(System.getProperty("bondgenoot.root", "../.."));
        model = folder.resolve("kern.bondgenoot");
        Files.copy(root.resolve("examples/skelet/kamperpoort-kern.bondgenoot"), model);
    }

    /** Around the Wmo-raad: advies to the gemeente, then the gemeente's netwerk and the inwoners, then the other members. */
    @Test
    void aroundTheSelectionFollowsEveryKindOfLineBothWays() throws Exception {
        Governancemodel loaded = ModelFiles.load(model);
        assertEquals(Set.of(WMO_RAAD), ids(ViewContents.of(loaded, ViewSelection.rond(List.of(WMO_RAAD), 0))));
        assertEquals(Set.of(WMO_RAAD, GEMEENTE), ids(ViewContents.of(loaded, ViewSelection.rond(List.of(WMO_RAAD), 1))));
        assertEquals(Set.of(WMO_RAAD, GEMEENTE, INWONERS, OK_TEAM),
                ids(ViewContents.of(loaded, ViewSelection.rond(List.of(WMO_RAAD), 2))));
        assertEquals(Set.of(WMO_RAAD, GEMEENTE, INWONERS, OK_TEAM, TRAVERS, DE_KERN),
                ids(ViewContents.of(loaded, ViewSelection.rond(List.of(WMO_RAAD), 3))));
        assertEquals(Set.of(TRAVERS, OK_TEAM, GEMEENTE, DE_KERN), ids(ViewContents.of(loaded, ViewSelection.rond(List.of(TRAVERS), 2))),
                "from a member through its netwerk to the other members");
        assertEquals(Set.of(TRAVERS), ids(ViewContents.of(loaded, ViewSelection.elementen(List.of(TRAVERS, "weg-uit-het-model")))),
                "an element no longer in the model is left out");
        assertEquals(6, ViewContents.of(loaded, ViewSelection.alles()).size());
    }

    @Test
    void theMapOfAViewDrawsExactlyItsElementsAndTheLinesBetweenThem() throws Exception {
        writeViews(views -> {
            Notation rond = new Notation("Rond de Wmo-raad");
            rond.selection(ViewSelection.rond(List.of(WMO_RAAD), 1));
            views.add(rond);
            Notation team = new Notation("Het team");
            team.selection(ViewSelection.elementen(List.of(OK_TEAM, TRAVERS, DE_KERN)));
            views.add(team);
        });

        DiagramSession rond = DiagramSession.open(model, "rond de wmo-raad");
        assertEquals(Set.of(WMO_RAAD, GEMEENTE), nodeIds(rond));
        assertEquals(Set.of(ADVIES), edgeIds(rond), "the advies between them; not the verantwoording to the inwoners");

        DiagramSession team = DiagramSession.open(model, "Het team");
        assertEquals(Set.of(OK_TEAM, TRAVERS, DE_KERN), nodeIds(team));
        assertEquals(Set.of(OK_TEAM + "/lid/" + TRAVERS, OK_TEAM + "/lid/" + DE_KERN), edgeIds(team),
                "the memberships of the drawn members only");
        assertEquals(Set.of(OK_TEAM, TRAVERS, DE_KERN), team.state.getNotation().all().keySet(), "a layout of its own: only its elements");

        DiagramSession alles = DiagramSession.open(model);
        assertEquals(6, nodeIds(alles).size());
        assertTrue(edgeIds(alles).containsAll(Set.of(ADVIES, VERANTWOORDING)));
    }

    @Test
    void anUnknownViewIsSaidOnThePageWithTheViewsThereAre() throws Exception {
        writeViews(views -> views.add(new Notation("Regie")));
        DiagramSession session = new DiagramSession(model);
        RequestModelAction request = new RequestModelAction(Map.of(GovernanceModelStorage.VIEW_OPTION, "Financiering"));
        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> session.get(GovernanceModelStorage.class).loadSourceModel(request));
        assertEquals(model + ": geen weergave 'Financiering'; dit model heeft de weergaven: Netwerkkaart, Regie", refused.getMessage());
    }

    @Test
    void anElementMadeInAViewOfChosenElementsJoinsItUntilUndone() throws Exception {
        writeViews(views -> {
            Notation team = new Notation("Het team");
            team.selection(ViewSelection.elementen(List.of(TRAVERS)));
            views.add(team);
        });
        DiagramSession team = DiagramSession.open(model, "Het team");
        assertTrue(team.run(CreateNodeHandler.class, new CreateNodeOperation(NetwerkkaartTypes.ACTOR, GraphUtil.point(300, 40), null,
                Map.of(Tool.ARG, "actor-welzijn"))));
        String created = team.state.getModel().getActoren().get(5).getId();
        assertEquals(Set.of(TRAVERS, created), nodeIds(team), "drawn where it was made");
        team.undo();
        assertEquals(Set.of(TRAVERS), nodeIds(team));
        assertEquals(List.of(TRAVERS), team.state.getNotation().selection().elements());
    }

    @Test
    void aSaveFromOneViewKeepsTheOthersAndTheirLayouts() throws Exception {
        writeViews(views -> {
            Notation team = new Notation("Het team");
            team.selection(ViewSelection.elementen(List.of(OK_TEAM, TRAVERS)));
            team.put(TRAVERS, Bounds.at(900, 900));
            team.layer("financiering", false);
            views.add(team);
        });
        DiagramSession alles = DiagramSession.open(model);
        assertTrue(alles.run(CreateNodeHandler.class, new CreateNodeOperation(NetwerkkaartTypes.ACTOR, GraphUtil.point(10, 10), null,
                Map.of(Tool.ARG, "actor-welzijn"))));
        alles.get(GovernanceModelStorage.class).saveSourceModel(null);

        MapViews saved = NotationFile.read(NotationFile.besides(model));
        assertEquals(List.of("Netwerkkaart", "Het team"), saved.names());
        Notation team = saved.find("Het team").orElseThrow();
        assertEquals(Bounds.at(900, 900), team.get(TRAVERS).orElseThrow());
        assertEquals(Map.of("financiering", false), team.layers());
        assertEquals(ViewSelection.elementen(List.of(OK_TEAM, TRAVERS)), team.selection(), "the new actor joined only the view it was made in");
        assertEquals(7, saved.standard().size(), "the default view has the new actor's place");
    }

    /** OK-team Kamperpoort has one finding, GOV-1 on its netwerk: shown in a view that draws the netwerk, in no other. */
    @Test
    void aViewShowsTheFindingsOnWhatItDrawsNotOnWhatItLeavesOut() throws Exception {
        Path root = Path.of(System.getProperty("bondgenoot.root", "../.."));
        Path okTeam = folder.resolve("ok-team.bondgenoot");
        Files.copy(root.resolve("examples/netwerken/ok-team-kamperpoort.bondgenoot"), okTeam);
        String netwerk = "0b59e2b0-6115-499f-9025-ff80532701b2";
        String travers = "08fd4558-891f-4fb5-93d4-eab5380198fd";
        NotationFile.change(NotationFile.besides(okTeam), views -> {
            Notation alleenTravers = new Notation("Alleen Travers");
            alleenTravers.selection(ViewSelection.elementen(List.of(travers)));
            views.add(alleenTravers);
            Notation rond = new Notation("Rond Travers");
            rond.selection(ViewSelection.rond(List.of(travers), 1));
            views.add(rond);
        });
        assertEquals(List.of("GOV-1 on " + netwerk), markers(DiagramSession.open(okTeam)));
        assertEquals(List.of("GOV-1 on " + netwerk), markers(DiagramSession.open(okTeam, "Rond Travers")));
        assertEquals(List.of(), markers(DiagramSession.open(okTeam, "Alleen Travers")), "not on the diagram, far from its netwerk");
    }

    private static List<String> markers(DiagramSession session) {
        return session.markers().stream().map(m -> m.getLabel() + " on " + m.getElementId()).toList();
    }

    private void writeViews(NotationFile.ViewsChange change) throws Exception {
        NotationFile.change(NotationFile.besides(model), change);
    }

    private static Set<String> ids(Set<Element> elements) {
        return elements.stream().map(Element::getId).collect(Collectors.toSet());
    }

    private static Set<String> nodeIds(DiagramSession session) {
        return children(session).stream().filter(GNode.class::isInstance).map(GModelElement::getId).collect(Collectors.toSet());
    }

    private static Set<String> edgeIds(DiagramSession session) {
        return children(session).stream().filter(GEdge.class::isInstance).map(GModelElement::getId).collect(Collectors.toSet());
    }

    private static List<GModelElement> children(DiagramSession session) {
        return session.state.getRoot().getChildren();
    }
}

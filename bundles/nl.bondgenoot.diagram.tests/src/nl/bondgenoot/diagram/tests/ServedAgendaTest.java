package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.types.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.handlers.ChangeBoundsHandler;
import nl.bondgenoot.diagram.handlers.DeleteHandler;
import nl.bondgenoot.diagram.handlers.RefreshAction;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Opgave;

/**
 * An agenda served as `bondgenoot serve` serves it: its Agendaketen is only shown (an edit of the
 * agenda is refused, nothing is saved) and follows the file on disk.
 */
class ServedAgendaTest {

    private static final String OPGAVE = "Veranderagenda/Opgave:ZelfredzaamheidVersterken";
    private static final String BEFORE_UITVOERING = "uitvoeringsagenda \"Zelfredzaamheid in de wijk\"";

    @TempDir
    Path folder;
    private DiagramSession session;
    private String text;

    @BeforeEach
    void serveACopy() throws Exception {
        Path root = Path.of(System.getProperty("bondgenoot.root", "../.."));
        Files.copy(root.resolve("examples/agendas/partijen.bondgenoot"), folder.resolve("partijen.bondgenoot"));
        session = DiagramSession.openCopy(folder, "examples/agendas/zelfredzaamheid.agenda");
        text = Files.readString(session.file);
    }

    @AfterEach
    void stopFollowing() {
        session.get(ModelHost.class).close();
    }

    @Test
    void theChainIsOnlyShown() throws Exception {
        assertEquals("agendaketen", session.state.getNotation().representation());
        assertTrue(session.state.getIndex().get(OPGAVE).isPresent(), "the opgave is drawn");
        assertFalse(session.run(DeleteHandler.class, new DeleteOperation(List.of(OPGAVE))), "nothing to delete on the chain");
        Opgave opgave = session.state.getModel().getVeranderagenda().getOpgaven().get(0);
        // whatever command would change the agenda is refused where every command runs
        assertThrows(GLSPServerException.class, () -> session.state.execute(SetCommand.create(session.state.getEditingDomain(), opgave,
                BondgenootPackage.Literals.ELEMENT__NAAM, "Hernoemd")));
        assertEquals("ZelfredzaamheidVersterken", opgave.getNaam());
        assertTrue(session.state.getIndex().get(OPGAVE).isPresent(), "the opgave is still there");

        // Moving is drawing, not editing: allowed.
        Bounds before = session.state.getNotation().get(OPGAVE).orElseThrow();
        ElementAndBounds moved = new ElementAndBounds(e -> {
            e.setElementId(OPGAVE);
            e.setNewPosition(GraphUtil.point(before.x() + 40, before.y()));
            e.setNewSize(GraphUtil.dimension(180, 60));
        });
        assertTrue(session.run(ChangeBoundsHandler.class, new ChangeBoundsOperation(List.of(moved))));
        assertEquals(before.x() + 40, session.state.getNotation().get(OPGAVE).orElseThrow().x());

        session.get(GovernanceModelStorage.class).saveSourceModel(null);
        assertEquals(text, Files.readString(session.file), "the agenda is never written");
        assertFalse(Files.exists(NotationFile.besides(session.file)), "no notation beside an agenda");
        assertTrue(messages(Severity.WARNING).stream().anyMatch(m -> m.contains("toont de agenda alleen")), messages(Severity.WARNING).toString());
    }

    @Test
    void theChainFollowsTheFileAndKeepsTheLastGoodOneWhileTheTextDoesNotRead() throws Exception {
        Files.writeString(session.file, text.replace(BEFORE_UITVOERING, "  opgave Half \"half af\"\n    volgt uit\n\n" + BEFORE_UITVOERING));
        await(() -> messages(Severity.ERROR).stream().anyMatch(m -> m.matches(".*zelfredzaamheid\\.agenda:\\d+: .*")),
                "the syntax error with its place");
        assertEquals(1, session.state.getModel().getVeranderagenda().getOpgaven().size(), "the last good chain stays");

        Files.writeString(session.file, text.replace(BEFORE_UITVOERING,
                "  opgave EenzaamheidVerminderen \"minder eenzame ouderen\"\n    volgt uit Participatie\n\n" + BEFORE_UITVOERING));
        await(() -> session.state.getModel().getVeranderagenda().getOpgaven().size() == 2, "the new opgave read");
        synchronized (session.dispatcher) {
            assertTrue(session.dispatcher.sent.stream().anyMatch(RefreshAction.class::isInstance), "the pages are told to redraw");
        }
        assertTrue(messages(Severity.NONE).contains(""), "the message of the syntax error is taken back");
        session.draw();
        String added = "Veranderagenda/Opgave:EenzaamheidVerminderen";
        assertTrue(session.state.getIndex().get(added).isPresent());
        assertTrue(session.state.getIndex().get(added + "/volgtUit/MaatschappelijkeAgenda/Effect:Participatie").isPresent(),
                "its line from the effect it follows from");
        GNode opgave = (GNode) session.state.getIndex().get(OPGAVE).orElseThrow();
        assertTrue(opgave.getPosition() != null, "the earlier opgave keeps its id and is drawn");
    }

    private List<String> messages(Severity severity) {
        synchronized (session.dispatcher) {
            return session.dispatcher.sent.stream().filter(MessageAction.class::isInstance).map(MessageAction.class::cast)
                    .filter(m -> Severity.toString(severity).equals(m.getSeverity())).map(MessageAction::getMessage).toList();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out: " + what);
            }
            Thread.sleep(100);
        }
    }
}

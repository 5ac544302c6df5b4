package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.types.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.handlers.CreateNodeHandler;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;

/**
 * Saves from the map (`bondgenoot serve`) never overwrite what someone else saved: two servers on
 * one file, a file changed on disk while served, a read-only model. Each ends with both changes
 * kept or a refusal the person at the map sees; model and notation are saved as one unit.
 */
class SavingFromTheMapTest {

    @TempDir
    Path folder;

    private DiagramSession a;
    private Path file;

    @BeforeEach
    void open() throws Exception {
        a = DiagramSession.openCopy(folder, "examples/skelet/kamperpoort-kern.bondgenoot");
        file = a.file;
    }

    private static void rename(DiagramSession session, String from, String to) {
        Actor actor = session.state.getModel().getActoren().stream().filter(x -> from.equals(x.getNaam())).findFirst().orElseThrow();
        var domain = session.state.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, actor, BondgenootPackage.Literals.ELEMENT__NAAM, to));
    }

    private static void addActor(DiagramSession session) {
        session.run(CreateNodeHandler.class, new CreateNodeOperation(NetwerkkaartTypes.ACTOR, GraphUtil.point(900, 40), null,
                Map.of(Tool.ARG, "actor-mee")));
    }

    private static void save(DiagramSession session) {
        session.get(GovernanceModelStorage.class).saveSourceModel(null);
    }

    /** The save is refused and the page shows why (an error message), in Dutch. */
    private static String refused(DiagramSession session) {
        session.dispatcher.sent.clear();
        GLSPServerException e = assertThrows(GLSPServerException.class, () -> save(session));
        MessageAction shown = session.dispatcher.sent.stream().filter(MessageAction.class::isInstance).map(MessageAction.class::cast)
                .filter(m -> m.getSeverity().equals(Severity.toString(Severity.ERROR))).findFirst().orElseThrow();
        assertEquals(e.getMessage(), shown.getMessage());
        assertTrue(shown.getMessage().startsWith("Niet opgeslagen: "), shown.getMessage());
        assertTrue(session.state.isDirty(), "the map still has its unsaved changes");
        return shown.getMessage();
    }

    private List<String> actorsOnDisk() throws Exception {
        return ModelFiles.load(file).getActoren().stream().map(Actor::getNaam).toList();
    }

    @Test
    void twoServersOnOneFileNeverOverwriteEachOther() throws Exception {
        DiagramSession b = DiagramSession.open(file);
        rename(a, "Travers", "Travers Welzijn");
        save(a);
        addActor(b);
        String message = refused(b);
        assertTrue(message.contains(file + ": is na het openen gewijzigd") && message.contains("Herlaad"), message);
        assertTrue(actorsOnDisk().contains("Travers Welzijn"), "A's rename is kept");
        assertFalse(actorsOnDisk().contains("MEE"));

        // B reloads (a new server on the file) and makes its change again: both are kept.
        DiagramSession reloaded = DiagramSession.open(file);
        addActor(reloaded);
        save(reloaded);
        assertTrue(actorsOnDisk().containsAll(List.of("Travers Welzijn", "MEE")), actorsOnDisk().toString());
    }

    @Test
    void aFileChangedOnDiskWhileServedIsNotOverwritten() throws Exception {
        String edited = Files.readString(file).replace("naam=\"De Kern\"", "naam=\"De Kern (extern)\"");
        Files.writeString(file, edited);
        addActor(a);
        assertTrue(refused(a).contains(file + ": is na het openen gewijzigd"));
        assertEquals(edited, Files.readString(file));
    }

    @Test
    void aReadOnlyModelIsNotOverwrittenFromTheMap() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        DiagramSession opened = DiagramSession.open(file);
        assertTrue(opened.dispatcher.sent.stream().filter(MessageAction.class::isInstance).map(m -> ((MessageAction) m).getMessage())
                .anyMatch(m -> m.equals(file + ": is alleen-lezen; wijzigingen op de kaart kunnen niet worden opgeslagen.")),
                "said when the map opens");
        addActor(a);
        String message = refused(a);
        assertTrue(message.contains(file + ": is alleen-lezen"), message);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void modelAndNotationAreSavedAsOneUnit() throws Exception {
        save(a); // the notation file exists from here on
        Path notation = NotationFile.besides(file);
        byte[] model = Files.readAllBytes(file);
        byte[] layout = Files.readAllBytes(notation);
        Files.setPosixFilePermissions(notation, PosixFilePermissions.fromString("r--r--r--"));
        addActor(a);
        String message = refused(a);
        assertTrue(message.contains(notation.toString()) && message.contains("alleen-lezen"), message);
        assertArrayEquals(model, Files.readAllBytes(file), "the model is not saved without its notation");
        assertArrayEquals(layout, Files.readAllBytes(notation));

        Files.setPosixFilePermissions(notation, PosixFilePermissions.fromString("rw-r--r--"));
        save(a);
        Governancemodel saved = ModelFiles.load(file);
        Actor mee = saved.getActoren().stream().filter(x -> "MEE".equals(x.getNaam())).findFirst().orElseThrow();
        assertTrue(Files.readString(notation).contains(mee.getId()), "model and layout saved together");
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    @Test
    void aNotationThatIsAFifoOrALinkToADeviceIsNotReadAndNotWritten() throws Exception {
        Path notation = NotationFile.besides(file);
        assertEquals(0, new ProcessBuilder("mkfifo", notation.toString()).start().waitFor());
        DiagramSession fifo = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DiagramSession.open(file));
        String warning = fifo.dispatcher.sent.stream().filter(MessageAction.class::isInstance).map(m -> ((MessageAction) m).getMessage())
                .findFirst().orElseThrow();
        assertTrue(warning.contains("is geen gewoon bestand"), warning);
        assertEquals(6, fifo.state.getNotation().size(), "laid out anew");
        addActor(fifo);
        save(fifo);
        assertTrue(actorsOnDisk().contains("MEE"), "the model is saved");
        assertFalse(Files.isRegularFile(notation), "the FIFO is left alone");

        Files.delete(notation);
        Files.createSymbolicLink(notation, Path.of("/dev/zero"));
        DiagramSession zero = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DiagramSession.open(file));
        assertTrue(zero.state.getNotationProblem().isPresent());
    }

    /**
     * A save killed between moving the model and the notation into place leaves the model new and
     * its notation old: what the old notation does not know (the new actor) is laid out again, beside
     * what it places, and nothing is drawn on top of anything.
     */
    @Test
    void aNotationOlderThanItsModelIsLaidOutAgainWhereItNoLongerFits() throws Exception {
        save(a);
        Path notation = NotationFile.besides(file);
        String old = Files.readString(notation);
        addActor(a);
        save(a);
        Files.writeString(notation, old);
        Files.setLastModifiedTime(notation, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));

        DiagramSession again = DiagramSession.open(file);
        Actor mee = again.state.getModel().getActoren().stream().filter(x -> "MEE".equals(x.getNaam())).findFirst().orElseThrow();
        var placed = again.state.getNotation().get(mee.getId()).orElseThrow();
        for (var other : again.state.getModel().getActoren()) {
            if (other != mee) {
                var b = again.state.getNotation().get(other.getId()).orElseThrow();
                boolean apart = placed.x() >= b.x() + 180 || b.x() >= placed.x() + 180 || placed.y() >= b.y() + 60 || b.y() >= placed.y() + 60;
                assertTrue(apart, "MEE at " + placed + " overlaps " + other.getNaam() + " at " + b);
            }
        }
    }
}

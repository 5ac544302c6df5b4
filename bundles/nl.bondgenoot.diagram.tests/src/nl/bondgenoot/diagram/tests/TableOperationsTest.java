package nl.bondgenoot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.diagram.handlers.TableAction;
import nl.bondgenoot.diagram.handlers.TableEditHandler;
import nl.bondgenoot.diagram.handlers.TableEditOperation;
import nl.bondgenoot.diagram.handlers.TableRequestAction;
import nl.bondgenoot.diagram.handlers.TableRequestHandler;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;

/** The browser's table panel: the tables and rows the server answers with, and a cell edit as one undoable EMF command that the map follows. */
class TableOperationsTest {

    @TempDir
    Path folder;

    private DiagramSession session;
    private Sturingsrelatie advies;

    @BeforeEach
    void open() throws Exception {
        session = DiagramSession.openCopy(folder, "examples/skelet/kamperpoort-kern.bondgenoot");
        advies = session.state.getModel().getSturingsrelaties().get(0);
    }

    private TableAction ask(String table) {
        return (TableAction) session.get(TableRequestHandler.class).execute(new TableRequestAction(table)).get(0);
    }

    private String edgeLabel(String id) {
        GEdge edge = session.drawn(GEdge.class, "edge:sturingsrelatie").stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
        return edge.getChildren().stream().filter(GLabel.class::isInstance).map(l -> ((GLabel) l).getText()).findFirst().orElse("");
    }

    @Test
    void theTablesAndTheRowsOfOneAreAnsweredAsTheWorkbenchShowsThem() {
        TableAction list = ask("");
        assertEquals(List.of("sturingsrelaties", "actoren", "professionals"), list.getTabellen().stream().map(TableAction.Entry::id).toList(),
                "the built-in tables, then the contributed one");
        assertTrue(list.getRijen().isEmpty());
        assertTrue(list.getProblemen().contains("nl.bondgenoot.diagram/representations/kapotte-tabel.weergave.json:10: kolom: 'tekst', kolom 1: "
                + "'nam' is geen eigenschap van Actor; bedoelde u naam?"), "the page can say why a contributed table is missing: " + list.getProblemen());

        TableAction table = ask("sturingsrelaties");
        assertEquals(List.of("Van", "Naar", "Soort", "Fase", "Doorzettingsmacht", "Label"), table.getKolommen().stream().map(TableAction.Column::kop).toList());
        TableAction.Row first = table.getRijen().get(0);
        assertEquals(advies.getId(), first.id());
        assertEquals(List.of("Wmo-raad Zwolle", "Gemeente Zwolle", "advies", "onbekend", "onbekend", "advies"), first.cellen());
        assertEquals("ADVIES", first.waarden().get(2));
        assertEquals(null, first.waarden().get(5), "the label is not edited");
        assertTrue(table.getKolommen().get(2).keuzes().contains(List.of("CONTRACT", "contract")), "the Dutch literals");
        assertTrue(table.getKolommen().get(0).keuzes().stream().anyMatch(c -> c.get(1).equals("Travers")), "the model's actors for Van");
        assertEquals("Van\tNaar\tSoort\tFase\tDoorzettingsmacht\tLabel\n", table.getKopregel());
        assertEquals("Wmo-raad Zwolle\tGemeente Zwolle\tadvies\tonbekend\tonbekend\tadvies\n", first.regel());
    }

    @Test
    void aCellEditIsOneCommandTheMapFollowsAndUndoTakesBack() {
        assertTrue(edgeLabel(advies.getId()).startsWith("advies"), edgeLabel(advies.getId()));
        assertTrue(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 2, List.of(advies.getId()), "CONTRACT")));
        assertEquals(SturingsrelatieSoort.CONTRACT, advies.getSoort());
        assertTrue(edgeLabel(advies.getId()).startsWith("contract"), "the map follows: " + edgeLabel(advies.getId()));
        assertEquals("contract", ask("sturingsrelaties").getRijen().get(0).cellen().get(2), "and the table");
        session.undo();
        assertEquals(SturingsrelatieSoort.ADVIES, advies.getSoort());
        assertTrue(edgeLabel(advies.getId()).startsWith("advies"));
    }

    @Test
    void severalRowsAtOnceAreOneUndo() {
        List<String> both = session.state.getModel().getSturingsrelaties().stream().map(Sturingsrelatie::getId).toList();
        assertTrue(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 3, both, "EVALUATIE")));
        assertEquals(List.of("evaluatie", "evaluatie"), ask("sturingsrelaties").getRijen().stream().map(r -> r.cellen().get(3)).toList());
        session.undo();
        assertEquals(List.of("onbekend", "onbekend"), ask("sturingsrelaties").getRijen().stream().map(r -> r.cellen().get(3)).toList());
    }

    @Test
    void whatTheCellCannotTakeIsNoCommand() {
        String actor = session.state.getModel().getActoren().get(0).getId();
        assertFalse(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 2, List.of(advies.getId()), "KONTRAKT")), "no such soort");
        assertFalse(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 5, List.of(advies.getId()), "x")), "the label is read-only");
        assertFalse(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 2, List.of(actor), "CONTRACT")), "an actor is no row here");
        assertFalse(session.run(TableEditHandler.class, new TableEditOperation("bestaat-niet", 0, List.of(advies.getId()), "x")), "no such table");
        assertFalse(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 9, List.of(advies.getId()), "x")), "no such column");
        assertFalse(session.run(TableEditHandler.class, new TableEditOperation("sturingsrelaties", 2, List.of(advies.getId()), "ADVIES")), "no change");
        assertEquals(SturingsrelatieSoort.ADVIES, advies.getSoort());
    }
}

package nl.bondgenoot.representation.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;

/** A cell edit is one EMF command on the model's command stack, also when it sets several rows. */
class TableEditsTest {

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);

    private static TableColumn column(String header) {
        return ShippedTablesTest.table("sturingsrelaties").columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }

    @Test
    void oneValueOnSeveralRowsIsOneUndo() throws Exception {
        Governancemodel model = ShippedTablesTest.kern();
        List<Sturingsrelatie> rows = model.getSturingsrelaties();
        Command command = TableEdits.set(domain, column("Soort"), rows, SturingsrelatieSoort.SUBSIDIE);
        assertEquals("Soort wijzigen in 2 rijen", command.getLabel());
        stack.execute(command);
        assertEquals(List.of(SturingsrelatieSoort.SUBSIDIE, SturingsrelatieSoort.SUBSIDIE), rows.stream().map(Sturingsrelatie::getSoort).toList());
        stack.undo();
        assertEquals(List.of(SturingsrelatieSoort.ADVIES, SturingsrelatieSoort.VERANTWOORDING), rows.stream().map(Sturingsrelatie::getSoort).toList());
        assertFalse(stack.canUndo(), "one command for both rows");
    }

    @Test
    void rowsThatHaveTheValueAreLeftAloneAndNoChangeIsNoCommand() throws Exception {
        Governancemodel model = ShippedTablesTest.kern();
        List<Sturingsrelatie> rows = model.getSturingsrelaties();
        Command command = TableEdits.set(domain, column("Soort"), rows, SturingsrelatieSoort.ADVIES);
        assertEquals("Soort wijzigen", command.getLabel(), "only the second row changes");
        assertFalse(TableEdits.set(domain, column("Soort"), rows.subList(0, 1), SturingsrelatieSoort.ADVIES).canExecute());
        assertFalse(TableEdits.set(domain, column("Label"), rows, "x").canExecute(), "a derived column is not edited");
        TableColumn soort = ShippedTablesTest.table("actoren").columns().get(2);
        model.getActoren().get(0).setSoort(null);
        assertFalse(TableEdits.set(domain, soort, model.getActoren().subList(0, 1), null).canExecute(),
                "no kind on an actor without kind is no change");
    }

    @Test
    void aReferenceColumnSetsTheReference() throws Exception {
        Governancemodel model = ShippedTablesTest.kern();
        Sturingsrelatie advies = model.getSturingsrelaties().get(0);
        Command command = TableEdits.set(domain, column("Van"), List.of(advies), model.getActoren().get(1));
        assertTrue(command.canExecute());
        stack.execute(command);
        assertEquals("Travers", column("Van").text(advies));
    }

    @Test
    void rowsCopyAsTabSeparatedTextWithAHeaderLine() throws Exception {
        Governancemodel model = ShippedTablesTest.kern();
        TableDescription table = ShippedTablesTest.table("sturingsrelaties");
        model.getActoren().get(3).setNaam("Wmo-raad\tZwolle\nnoord");
        assertEquals("Van\tNaar\tSoort\tFase\tDoorzettingsmacht\tLabel\n"
                + "Wmo-raad Zwolle noord\tGemeente Zwolle\tadvies\tonbekend\tonbekend\tadvies\n"
                + "Gemeente Zwolle\tInwoners Kamperpoort\tverantwoording\tonbekend\tonbekend\tverantwoording\n",
                TabSeparated.of(table.columns(), table.rowsOf(model)));
    }

    @Test
    void aBrowserCellsKeysAreTheChoicesOfTheWorkbenchsCellEditor() throws Exception {
        Governancemodel model = ShippedTablesTest.kern();
        Sturingsrelatie advies = model.getSturingsrelaties().get(0);
        List<TableCells.Choice> soorten = TableCells.choices(domain, column("Soort"), advies).orElseThrow();
        assertTrue(soorten.contains(new TableCells.Choice("CONTRACT", "contract")), soorten.toString());
        assertEquals("ADVIES", TableCells.key(column("Soort").editedValue(advies)));
        assertEquals(SturingsrelatieSoort.CONTRACT, TableCells.value(domain, column("Soort"), advies, "CONTRACT"));
        assertThrows(IllegalArgumentException.class, () -> TableCells.value(domain, column("Soort"), advies, "KONTRAKT"));
        Object travers = TableCells.value(domain, column("Van"), advies, model.getActoren().get(1).getId());
        assertEquals(model.getActoren().get(1), travers, "a reference's key is the element's id");
        assertTrue(TableCells.choices(domain, column("Label"), advies).isEmpty(), "a read-only column offers nothing");
        TableColumn naam = ShippedTablesTest.table("actoren").columns().get(0);
        assertTrue(TableCells.choices(domain, naam, model.getActoren().get(0)).isEmpty(), "a name is typed");
        assertEquals("Nieuwe naam", TableCells.value(domain, naam, model.getActoren().get(0), "Nieuwe naam"));
    }
}

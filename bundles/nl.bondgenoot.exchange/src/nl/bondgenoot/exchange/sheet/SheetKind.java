package nl.bondgenoot.exchange.sheet;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;

/**
 * One sheet of the template: its Dutch name, the kind of element it holds (and its Dutch label), its
 * columns, where its elements live (a list of the model, or of their netwerk), the elements it shows
 * of a model, and the columns that match a row to an element when the row has no id.
 */
public record SheetKind(String name, EClass eClass, String label, List<Column> columns, EReference containment,
        Function<Governancemodel, List<? extends Element>> elements, List<String> keyColumns) {

    public SheetKind {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }

    /** The column with this header, ignoring case and surrounding spaces. */
    public Optional<Column> column(String header) {
        String h = header == null ? "" : header.strip();
        return columns.stream().filter(c -> c.header().equalsIgnoreCase(h)).findFirst();
    }

    /** Elements live in a netwerk (its rollen, lidmaatschappen): the sheet has a netwerk column. */
    public boolean inNetwerk() {
        return containment.getEContainingClass() != nl.bondgenoot.model.BondgenootPackage.Literals.GOVERNANCEMODEL;
    }
}

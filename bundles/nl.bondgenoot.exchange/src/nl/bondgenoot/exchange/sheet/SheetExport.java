package nl.bondgenoot.exchange.sheet;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Lidmaatschap;
import nl.bondgenoot.model.Netwerk;

/** A model as the template's sheets of text, for every format; an empty model gives the empty template. */
public final class SheetExport {

    private SheetExport() {
    }

    public static List<Sheet> sheets(Governancemodel model) {
        References names = references(model);
        List<Sheet> sheets = new ArrayList<>();
        for (SheetKind kind : SheetTemplates.ALL) {
            List<String> header = kind.columns().stream().map(Column::header).toList();
            List<Sheet.Row> rows = new ArrayList<>();
            if (kind == SheetTemplates.LIDMAATSCHAPPEN) {
                for (Netwerk netwerk : model.getNetwerken()) {
                    for (Actor lid : netwerk.getLeden()) {
                        List<Lidmaatschap> periods = netwerk.getLidmaatschappen().stream().filter(l -> l.getLid() == lid).toList();
                        if (periods.isEmpty()) {
                            rows.add(new Sheet.Row(rows.size() + 2, memberWithoutPeriod(kind, netwerk, lid, names)));
                        }
                        for (Lidmaatschap l : periods) {
                            rows.add(new Sheet.Row(rows.size() + 2, cells(kind, l, names)));
                        }
                    }
                    for (Lidmaatschap l : netwerk.getLidmaatschappen()) {
                        if (!netwerk.getLeden().contains(l.getLid())) {
                            rows.add(new Sheet.Row(rows.size() + 2, cells(kind, l, names)));
                        }
                    }
                }
            } else {
                for (Element element : kind.elements().apply(model)) {
                    rows.add(new Sheet.Row(rows.size() + 2, cells(kind, element, names)));
                }
            }
            sheets.add(new Sheet(kind.name(), header, rows));
        }
        return sheets;
    }

    /** The names reference cells use: every actor and netwerk of the model. */
    public static References references(Governancemodel model) {
        References names = new References();
        model.getNetwerken().forEach(names::add);
        model.getActoren().forEach(names::add);
        return names;
    }

    private static List<String> cells(SheetKind kind, EObject element, References names) {
        List<String> cells = new ArrayList<>(kind.columns().size());
        for (Column column : kind.columns()) {
            cells.add(column.text(column.value(element), names));
        }
        return cells;
    }

    private static List<String> memberWithoutPeriod(SheetKind kind, Netwerk netwerk, Actor lid, References names) {
        List<String> cells = new ArrayList<>(kind.columns().size());
        for (Column column : kind.columns()) {
            cells.add(switch (column.type()) {
                case NETWERK -> names.textOf(netwerk);
                case REFERENCE -> names.textOf(lid);
                default -> "";
            });
        }
        return cells;
    }
}

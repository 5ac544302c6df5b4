package nl.bondgenoot.exchange.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.bondgenoot.exchange.preview.Addition;
import nl.bondgenoot.exchange.preview.Change;
import nl.bondgenoot.exchange.preview.FeatureChange;
import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.exchange.preview.Rejection;
import nl.bondgenoot.exchange.preview.Removal;

/**
 * One line of the import preview as the dialog shows it: rejected rows first (they stop the import), then
 * what is added, changed (column: old -&gt; new) and removed.
 */
record PreviewRow(String wat, String soort, String waar, String element, String detail) {

    static List<PreviewRow> of(ImportPreview preview) {
        List<PreviewRow> rows = new ArrayList<>();
        for (Rejection r : preview.rejections()) {
            rows.add(new PreviewRow(Messages.preview_rejectedRow, "", where(r.blad(), r.rij()), "",
                    r.kolom() == null || r.kolom().isEmpty() ? r.reden() : r.kolom() + ": " + r.reden()));
        }
        for (Addition a : preview.additions()) {
            rows.add(new PreviewRow(Messages.preview_added, a.soort(), where(a.blad(), a.rij()), a.naam(), ""));
        }
        for (Change c : preview.changes()) {
            List<String> changes = new ArrayList<>();
            for (FeatureChange f : c.wijzigingen()) {
                changes.add(f.kolom() + " '" + f.oud() + "' -> '" + f.nieuw() + "'");
            }
            rows.add(new PreviewRow(Messages.preview_changed, c.soort(), where(c.blad(), c.rij()), c.naam(),
                    String.join("; ", changes)));
        }
        for (Removal r : preview.removals()) {
            rows.add(new PreviewRow(Messages.preview_removed, r.soort(), "", r.naam(),
                    NLS.bind(Messages.preview_notInSheet, r.blad())));
        }
        return rows;
    }

    private static String where(String blad, int rij) {
        return rij > 0 ? NLS.bind(Messages.preview_row, blad, rij) : blad;
    }
}

package nl.bondgenoot.analysis.ui;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;

import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.advies.Invoer;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.analysis.advies.Voorwaarde;
import nl.bondgenoot.analysis.advies.Vormoordeel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.ui.views.SortableTable;

/**
 * The governance-form advice of one netwerk (nl.bondgenoot.analysis's advisor, the one NET-13 asks):
 * which forms fit, each input with where it came from, the verdict per form with its reasons, and the
 * modelled form with what speaks against it.
 */
public final class AdviesPanel {

    private final Composite panel;
    private final Label title;
    private final Label fits;
    private final Label modelled;
    private final SashForm tables;
    private final SortableTable<Invoer> inputs;
    private final SortableTable<Vormoordeel> forms;
    private final Label remarks;
    private Bestuursvormadvies shown;

    AdviesPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 3).margins(0, 4).applyTo(panel);
        title = label(panel);
        title.setFont(JFaceResources.getBannerFont());
        fits = label(panel);
        modelled = label(panel);
        tables = new SashForm(panel, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 90).applyTo(tables);
        inputs = new SortableTable<>(tables, Invoer.class)
                .text(Messages.input_condition, new ColumnPixelData(200), i -> i.kenmerk().label())
                .text(Messages.input_value, new ColumnPixelData(80), Invoer::waarde)
                .text(Messages.input_source, new ColumnWeightData(1, 200), Invoer::herkomst);
        forms = new SortableTable<>(tables, Vormoordeel.class)
                .text(Messages.form_form, new ColumnPixelData(150), o -> Labels.of(o.vorm()))
                .text(Messages.form_verdict, new ColumnPixelData(80), o -> o.past() ? Messages.form_fits : Messages.form_fitsNot)
                .text(Messages.form_reasons, new ColumnWeightData(1, 200), AdviesPanel::reasons);
        tables.setWeights(1, 1);
        remarks = label(panel);
    }

    private static Label label(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private static String reasons(Vormoordeel oordeel) {
        List<String> unknown = oordeel.voorwaarden().stream().filter(v -> v.past() == null).map(v -> v.kenmerk().label())
                .toList();
        String judged = oordeel.past()
                ? String.join("; ", oordeel.voorwaarden().stream().filter(v -> Boolean.TRUE.equals(v.past()))
                        .map(Voorwaarde::reden).toList())
                : String.join("; ", oordeel.misfits());
        String notJudged = unknown.isEmpty() ? "" : NLS.bind(Messages.form_unjudged, String.join(", ", unknown));
        return judged.isEmpty() ? notJudged : notJudged.isEmpty() ? judged : judged + " (" + notJudged + ")";
    }

    void show(Bestuursvormadvies advies) {
        shown = advies;
        title.setText(NLS.bind(Messages.advice_title, name(advies.netwerk())));
        fits.setText(NLS.bind(Messages.advice_fits, advies.passend().isEmpty() ? Messages.advice_fitsNone
                : String.join(", ", advies.passend().stream().map(Labels::of).toList()), advies.bekendeInvoer()));
        if (!ProvanKenisTabel.VORMEN.contains(advies.gemodelleerd())) {
            modelled.setText(Messages.advice_modelledNone);
        } else if (advies.wijktAf()) {
            modelled.setText(NLS.bind(Messages.advice_modelledMismatch, Labels.of(advies.gemodelleerd()),
                    String.join("; ", advies.oordeel(advies.gemodelleerd()).misfits())));
        } else {
            modelled.setText(NLS.bind(Messages.advice_modelled, Labels.of(advies.gemodelleerd())));
        }
        modelled.setForeground(panel.getDisplay().getSystemColor(advies.wijktAf() ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));
        inputs.setRows(advies.invoer());
        forms.setRows(advies.perVorm());
        remarks.setText(String.join("\n", advies.kanttekeningen().stream().map(k -> NLS.bind(Messages.advice_remark, k)).toList()));
        visible(true);
    }

    void showWholeModel() {
        shown = null;
        title.setText(Messages.advice_wholeModel);
        visible(false);
    }

    void showProblem(Netwerk netwerk, String problem) {
        shown = null;
        title.setText(NLS.bind(Messages.advice_title, name(netwerk)));
        fits.setText(NLS.bind(Messages.advice_noTable, problem));
        fits.setVisible(true);
        ((GridData) fits.getLayoutData()).exclude = false;
        for (Control c : List.of(modelled, tables, remarks)) {
            c.setVisible(false);
            ((GridData) c.getLayoutData()).exclude = true;
        }
        panel.layout(true, true);
    }

    private void visible(boolean all) {
        for (Control c : List.of(fits, modelled, tables, remarks)) {
            c.setVisible(all);
            ((GridData) c.getLayoutData()).exclude = !all;
        }
        panel.layout(true, true);
    }

    private static String name(Netwerk netwerk) {
        return netwerk.getNaam() == null || netwerk.getNaam().isBlank() ? netwerk.getId() : netwerk.getNaam();
    }

    /** The advice shown, or null (whole model, or no table). */
    public Bestuursvormadvies shown() {
        return shown;
    }

    /** Everything the panel says, as one text (what a user reads, for tests and screen readers). */
    public String text() {
        StringBuilder text = new StringBuilder(title.getText());
        for (Label l : List.of(fits, modelled, remarks)) {
            if (l.isVisible() && !l.getText().isEmpty()) {
                text.append('\n').append(l.getText());
            }
        }
        return text.toString();
    }

    /** The inputs table (condition, value, where it came from). */
    public TableViewer inputsViewer() {
        return inputs.viewer();
    }

    /** The per-form table. */
    public TableViewer formsViewer() {
        return forms.viewer();
    }
}

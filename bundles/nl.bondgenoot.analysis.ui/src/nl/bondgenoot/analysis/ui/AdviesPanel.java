package nl.bondgenoot.analysis.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.advies.Invoer;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.analysis.advies.Voorwaarde;
import nl.bondgenoot.analysis.advies.Vormoordeel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.labels.Labels;

/**
 * The governance-form advice of one netwerk (nl.bondgenoot.analysis's advisor, the one NET-13 asks):
 * which forms fit, the modelled form with what speaks against it, and below, wrapped so that nothing is
 * cut off, each input with where it came from and the verdict per form with its reasons.
 */
public final class AdviesPanel {

    private final Composite panel;
    private final Label title;
    private final Label fits;
    private final Label modelled;
    private final StyledText details;
    private Bestuursvormadvies shown;

    AdviesPanel(Composite parent) {
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 3).margins(0, 4).applyTo(panel);
        title = label(panel);
        title.setFont(JFaceResources.getBannerFont());
        fits = label(panel);
        modelled = label(panel);
        details = new StyledText(panel, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        details.setEditable(false);
        details.setMargins(4, 4, 4, 4);
        details.setBackground(panel.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 60).applyTo(details);
    }

    private static Label label(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** A label shows '&' as a mnemonic marker; the advice's texts mean the character ("Provan & Kenis"). */
    static void setText(Label label, String text) {
        label.setText(text.replace("&", "&&"));
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
        setText(title, NLS.bind(Messages.advice_title, name(advies.netwerk())));
        setText(fits, NLS.bind(Messages.advice_fits, advies.passend().isEmpty() ? Messages.advice_fitsNone
                : String.join(", ", advies.passend().stream().map(Labels::of).toList()), advies.bekendeInvoer()));
        if (!ProvanKenisTabel.VORMEN.contains(advies.gemodelleerd())) {
            setText(modelled, Messages.advice_modelledNone);
        } else if (advies.wijktAf()) {
            setText(modelled, NLS.bind(Messages.advice_modelledMismatch, Labels.of(advies.gemodelleerd()),
                    String.join("; ", advies.oordeel(advies.gemodelleerd()).misfits())));
        } else {
            setText(modelled, NLS.bind(Messages.advice_modelled, Labels.of(advies.gemodelleerd())));
        }
        modelled.setForeground(panel.getDisplay().getSystemColor(advies.wijktAf() ? SWT.COLOR_DARK_RED : SWT.COLOR_WIDGET_FOREGROUND));

        StringBuilder text = new StringBuilder();
        List<StyleRange> bold = new ArrayList<>();
        heading(text, bold, Messages.advice_inputs);
        for (Invoer invoer : advies.invoer()) {
            line(text, bold, invoer.kenmerk().label() + ": " + invoer.waarde(), invoer.herkomst());
        }
        heading(text, bold, Messages.advice_forms);
        for (Vormoordeel oordeel : advies.perVorm()) {
            line(text, bold, Labels.of(oordeel.vorm()) + ": " + (oordeel.past() ? Messages.form_fits : Messages.form_fitsNot),
                    reasons(oordeel));
        }
        for (String kanttekening : advies.kanttekeningen()) {
            text.append(NLS.bind(Messages.advice_remark, kanttekening)).append('\n');
        }
        details.setText(text.toString().stripTrailing());
        details.setStyleRanges(bold.toArray(StyleRange[]::new));
        visible(true);
    }

    private static void heading(StringBuilder text, List<StyleRange> bold, String heading) {
        bold.add(new StyleRange(text.length(), heading.length(), null, null, SWT.BOLD));
        text.append(heading).append('\n');
    }

    /** "  what: value (where it came from)", the value part bold. */
    private static void line(StringBuilder text, List<StyleRange> bold, String what, String why) {
        text.append("  ");
        bold.add(new StyleRange(text.length(), what.length(), null, null, SWT.BOLD));
        text.append(what);
        if (!why.isEmpty()) {
            text.append(" \u2014 ").append(why);
        }
        text.append('\n');
    }

    void showWholeModel() {
        shown = null;
        setText(title, Messages.advice_wholeModel);
        visible(false);
    }

    void showProblem(Netwerk netwerk, String problem) {
        shown = null;
        setText(title, NLS.bind(Messages.advice_title, name(netwerk)));
        setText(fits, NLS.bind(Messages.advice_noTable, problem));
        visible(false);
        show(fits, true);
        panel.layout(true, true);
    }

    private void visible(boolean all) {
        for (Control c : List.of(fits, modelled, details)) {
            show(c, all);
        }
        panel.layout(true, true);
    }

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }

    private static String name(Netwerk netwerk) {
        return netwerk.getNaam() == null || netwerk.getNaam().isBlank() ? netwerk.getId() : netwerk.getNaam();
    }

    /** The advice shown, or null (whole model, or no table). */
    public Bestuursvormadvies shown() {
        return shown;
    }

    /** The verdict: title, fitting forms and the modelled form, as shown (without the mnemonic escapes). */
    public String text() {
        StringBuilder text = new StringBuilder(title.getText());
        for (Label l : List.of(fits, modelled)) {
            if (l.isVisible() && !l.getText().isEmpty()) {
                text.append('\n').append(l.getText());
            }
        }
        return text.toString().replace("&&", "&");
    }

    /** The inputs with their provenance and the verdict per form, as shown below the verdict. */
    public String details() {
        return details.isVisible() ? details.getText() : "";
    }
}

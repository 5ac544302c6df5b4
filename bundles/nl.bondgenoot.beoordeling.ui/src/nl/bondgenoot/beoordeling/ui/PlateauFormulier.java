package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage.Literals;
import nl.bondgenoot.model.Plateaukeuze;
import nl.bondgenoot.model.instrumenten.Instrument;

/**
 * An ambition table (S2 Tabel 5 and 9) as a form: per organisatiegebied its ambities, each with the chosen
 * plateau now (huidig) and aimed at (ambitie), 1-5, and a toelichting; what the rules say of a choice (PLT-1,
 * a too ambitious plateau) is shown under it.
 */
public final class PlateauFormulier {

    private final Instrument instrument;
    private final Beoordeling beoordeling;
    private final EditingDomain domain;
    private final ScrolledComposite scroll;
    private final Composite content;
    private final Map<String, Rij> rijen = new LinkedHashMap<>();
    private final Bevindingen bevindingen;

    /** The widgets of one ambition. */
    public record Rij(Combo huidig, Combo ambitie, Text toelichting, Label bevinding) {
    }

    PlateauFormulier(Composite parent, BeoordelingDocument document, Bevindingen bevindingen) {
        this.instrument = document.instrument();
        this.beoordeling = document.beoordeling();
        this.domain = document.domain();
        this.bevindingen = bevindingen;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(4, false));
        Label titel = new Label(content, SWT.NONE);
        titel.setFont(JFaceResources.getHeaderFont());
        titel.setText(instrument.naam() + " \u2014 " + document.onderwerp());
        titel.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 4, 1));
        Label uitleg = new Label(content, SWT.WRAP);
        uitleg.setText(Messages.plateau_explain);
        GridData uitlegData = ChecklistFormulier.wrapping();
        uitlegData.horizontalSpan = 4;
        uitleg.setLayoutData(uitlegData);
        for (String kop : new String[] { Messages.plateau_item, Messages.plateau_current, Messages.plateau_ambition,
                Messages.plateau_explanation }) {
            Label label = new Label(content, SWT.NONE);
            label.setText(kop);
            label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
        for (Instrument.Onderdeel gebied : instrument.onderdelen()) {
            Label gebiedLabel = new Label(content, SWT.NONE);
            gebiedLabel.setText(gebied.naam());
            gebiedLabel.setFont(JFaceResources.getBannerFont());
            gebiedLabel.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 4, 1));
            for (Instrument.Item item : instrument.items(gebied.id())) {
                rijen.put(item.id(), rij(item));
            }
        }
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fit());
        refresh();
    }

    private Rij rij(Instrument.Item item) {
        Label tekst = new Label(content, SWT.WRAP);
        tekst.setText(item.id() + "  " + item.tekst() + " (" + item.bron() + ")");
        GridData data = ChecklistFormulier.wrapping();
        data.widthHint = 420;
        tekst.setLayoutData(data);
        Combo huidig = plateauCombo(item, Literals.PLATEAUKEUZE__HUIDIG);
        Combo ambitie = plateauCombo(item, Literals.PLATEAUKEUZE__AMBITIE);
        Text toelichting = new Text(content, SWT.BORDER);
        toelichting.setMessage(Messages.form_explanation);
        toelichting.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Runnable commit = () -> zet(item.id(), Literals.PLATEAUKEUZE__TOELICHTING,
                toelichting.getText().isEmpty() ? null : toelichting.getText());
        toelichting.addListener(SWT.FocusOut, e -> commit.run());
        toelichting.addListener(SWT.DefaultSelection, e -> commit.run());
        Label bevinding = new Label(content, SWT.WRAP);
        bevinding.setForeground(content.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData bevindingData = ChecklistFormulier.wrapping();
        bevindingData.horizontalSpan = 4;
        bevinding.setLayoutData(bevindingData);
        return new Rij(huidig, ambitie, toelichting, bevinding);
    }

    private Combo plateauCombo(Instrument.Item item, EStructuralFeature feature) {
        Combo combo = new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<String> items = new ArrayList<>();
        items.add("\u2013");
        for (int p = Instrument.LAAGSTE_PLATEAU; p <= Instrument.HOOGSTE_PLATEAU; p++) {
            items.add(Integer.toString(p));
        }
        combo.setItems(items.toArray(String[]::new));
        combo.setToolTipText(Messages.plateau_scale);
        combo.addListener(SWT.Selection, e -> zet(item.id(), feature, combo.getSelectionIndex()));
        return combo;
    }

    private Plateaukeuze keuze(String ambitieId) {
        return beoordeling.getPlateaukeuzes().stream().filter(k -> ambitieId.equals(k.getAmbitieId())).findFirst().orElse(null);
    }

    private void zet(String ambitieId, EStructuralFeature feature, Object value) {
        Plateaukeuze keuze = keuze(ambitieId);
        Command command;
        if (keuze != null) {
            if (Objects.equals(keuze.eGet(feature), value)) {
                return;
            }
            command = SetCommand.create(domain, keuze, feature, value);
        } else {
            Plateaukeuze nieuw = BondgenootFactory.eINSTANCE.createPlateaukeuze();
            nieuw.setAmbitieId(ambitieId);
            nieuw.eSet(feature, value);
            command = AddCommand.create(domain, beoordeling, Literals.BEOORDELING__PLATEAUKEUZES, nieuw);
        }
        domain.getCommandStack().execute(command);
    }

    public void refresh() {
        for (Map.Entry<String, Rij> entry : rijen.entrySet()) {
            Plateaukeuze keuze = keuze(entry.getKey());
            Rij rij = entry.getValue();
            rij.huidig().select(keuze == null ? 0 : keuze.getHuidig());
            rij.ambitie().select(keuze == null ? 0 : keuze.getAmbitie());
            String tekst = keuze == null || keuze.getToelichting() == null ? "" : keuze.getToelichting();
            if (!rij.toelichting().getText().equals(tekst)) {
                rij.toelichting().setText(tekst);
            }
            List<String> gezegd = keuze == null ? List.of() : bevindingen.over(keuze);
            rij.bevinding().setText(String.join("\n", gezegd));
            ((GridData) rij.bevinding().getLayoutData()).exclude = gezegd.isEmpty();
            rij.bevinding().setVisible(!gezegd.isEmpty());
        }
        content.layout(true, true);
        fit();
    }

    private void fit() {
        int width = scroll.getClientArea().width;
        if (width > 0) {
            scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
        }
    }

    public Map<String, Rij> rijen() {
        return rijen;
    }

    public Control control() {
        return scroll;
    }
}

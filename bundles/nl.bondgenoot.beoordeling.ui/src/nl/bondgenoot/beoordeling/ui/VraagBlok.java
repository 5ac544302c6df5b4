package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoorddeel;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.instrumenten.ChecklistWmoPraktijken.Vraagdeel;

/**
 * One question of the form: its wording and source, the "extra aandacht" flag when its indicator is judged
 * below VOLDOENDE, the differences between respondents, and one row of answer widgets per respondent
 * (status, toelichting, the typed parts the question asks, sources).
 */
public final class VraagBlok {

    private final ChecklistFormulier form;
    private final Formulier.Vraag vraag;
    private final Composite block;
    private final Link vlag;
    private final Label verschil;
    private final Composite rijen;
    private final List<Rij> rijList = new ArrayList<>();
    private List<Actor> respondenten = List.of();

    /** The widgets of one respondent's answer. */
    public record Rij(Actor respondent, Combo status, Text toelichting, List<Button> delen, Button bronnen) {
    }

    VraagBlok(Composite parent, ChecklistFormulier form, Formulier.Vraag vraag) {
        this.form = form;
        this.vraag = vraag;
        block = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginLeft = 16;
        block.setLayout(layout);
        block.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        Label tekst = new Label(block, SWT.WRAP);
        tekst.setText(vraag.id() + "  " + vraag.tekst());
        tekst.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        tekst.setLayoutData(ChecklistFormulier.wrapping());
        Label bron = new Label(block, SWT.WRAP);
        bron.setText(NLS.bind(Messages.form_source, vraag.bron()));
        bron.setForeground(block.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        bron.setLayoutData(ChecklistFormulier.wrapping());
        vlag = new Link(block, SWT.NONE);
        vlag.setText(Messages.form_flag);
        vlag.setForeground(block.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        vlag.addListener(SWT.Selection, e -> form.toonRichtlijn(vraag));
        vlag.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        verschil = new Label(block, SWT.WRAP);
        verschil.setForeground(block.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        verschil.setLayoutData(ChecklistFormulier.wrapping());
        rijen = new Composite(block, SWT.NONE);
        GridLayout rijLayout = new GridLayout(5, false);
        rijLayout.marginWidth = 0;
        rijen.setLayout(rijLayout);
        rijen.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        refresh();
    }

    public Formulier.Vraag vraag() {
        return vraag;
    }

    public Composite control() {
        return block;
    }

    public List<Rij> rijen() {
        return rijList;
    }

    public Link vlag() {
        return vlag;
    }

    public boolean vlagZichtbaar() {
        return vlag.getVisible();
    }

    public String verschilTekst() {
        return verschil.getVisible() ? verschil.getText() : "";
    }

    /** The widgets show the answers as they now are; rows are rebuilt only when the respondents change. */
    void refresh() {
        Antwoorden antwoorden = form.antwoorden();
        List<Actor> nu = form.respondenten();
        if (!nu.equals(respondenten)) {
            respondenten = nu;
            for (Control child : rijen.getChildren()) {
                child.dispose();
            }
            rijList.clear();
            for (Actor respondent : respondenten) {
                rijList.add(rij(respondent));
            }
        }
        for (Rij rij : rijList) {
            Antwoord antwoord = antwoorden.antwoord(vraag.id(), rij.respondent());
            Antwoordstatus status = antwoord == null ? Antwoordstatus.ONBEKEND : antwoord.getStatus();
            rij.status().select(Antwoordstatus.VALUES.indexOf(status));
            String toelichting = antwoord == null || antwoord.getToelichting() == null ? "" : antwoord.getToelichting();
            if (!rij.toelichting().getText().equals(toelichting)) {
                rij.toelichting().setText(toelichting);
            }
            for (int i = 0; i < vraag.delen().size(); i++) {
                Vraagdeel deel = vraag.delen().get(i);
                rij.delen().get(i).setText(deel.naam() + ": " + waarde(antwoord, deel));
            }
            int bewijs = antwoord == null ? 0 : antwoord.getBewijs().size();
            rij.bronnen().setText(NLS.bind(Messages.form_sources, bewijs));
        }
        String flagged = form.extraAandacht(vraag) ? "yes" : "";
        show(vlag, !flagged.isEmpty());
        String differences = antwoorden.verschil(vraag.id()) ? antwoorden.antwoorden(vraag.id()).stream()
                .map(a -> form.naam(a.getRespondent()) + ": " + a.getStatus().getName()).collect(Collectors.joining(", ")) : "";
        verschil.setText(differences.isEmpty() ? "" : NLS.bind(Messages.form_difference, differences));
        show(verschil, !differences.isEmpty());
    }

    private static void show(Control control, boolean visible) {
        if (control.getVisible() != visible || ((GridData) control.getLayoutData()).exclude == visible) {
            control.setVisible(visible);
            ((GridData) control.getLayoutData()).exclude = !visible;
        }
    }

    private Rij rij(Actor respondent) {
        Label naam = new Label(rijen, SWT.NONE);
        naam.setText(form.naam(respondent));
        naam.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        Combo status = new Combo(rijen, SWT.READ_ONLY | SWT.DROP_DOWN);
        status.setItems(Antwoordstatus.VALUES.stream().map(Antwoordstatus::getName).toArray(String[]::new));
        status.setToolTipText(NLS.bind(Messages.form_statusTip, form.naam(respondent)));
        status.addListener(SWT.Selection, e -> form.antwoorden().zetStatus(vraag.id(), respondent,
                Antwoordstatus.VALUES.get(status.getSelectionIndex())));
        status.addListener(SWT.FocusIn, e -> form.toonRichtlijnAlsVlag(vraag));
        Text toelichting = new Text(rijen, SWT.BORDER | SWT.SINGLE);
        toelichting.setMessage(Messages.form_explanation);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 200;
        toelichting.setLayoutData(textData);
        Runnable commit = () -> form.antwoorden().zetToelichting(vraag.id(), respondent,
                toelichting.getText().isEmpty() ? null : toelichting.getText());
        toelichting.addListener(SWT.FocusOut, e -> commit.run());
        toelichting.addListener(SWT.DefaultSelection, e -> commit.run());
        Composite delen = new Composite(rijen, SWT.NONE);
        RowLayout rowLayout = new RowLayout(SWT.HORIZONTAL);
        rowLayout.marginLeft = rowLayout.marginRight = rowLayout.marginTop = rowLayout.marginBottom = 0;
        rowLayout.wrap = true;
        delen.setLayout(rowLayout);
        GridData delenData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        delenData.widthHint = 150;
        delen.setLayoutData(delenData);
        List<Button> deelKnoppen = new ArrayList<>();
        for (Vraagdeel deel : vraag.delen()) {
            Button knop = new Button(delen, SWT.PUSH);
            knop.setToolTipText(NLS.bind(Messages.form_partTip, deel.naam()));
            knop.addListener(SWT.Selection, e -> kies(respondent, deel));
            deelKnoppen.add(knop);
        }
        Button bronnen = new Button(rijen, SWT.PUSH);
        bronnen.addListener(SWT.Selection, e -> bewerkBronnen(respondent));
        return new Rij(respondent, status, toelichting, deelKnoppen, bronnen);
    }

    private String waarde(Antwoord antwoord, Vraagdeel deel) {
        Antwoorddeel gekozen = antwoord == null ? null
                : antwoord.getDelen().stream().filter(d -> d.getDeel().equals(deel.naam())).findFirst().orElse(null);
        if (gekozen == null) {
            return "\u2013";
        }
        List<String> waarden = deel.soort() == Vraagdeel.Soort.ACTOREN
                ? gekozen.getActoren().stream().map(form::naam).toList() : gekozen.getKeuzes();
        return waarden.isEmpty() ? "\u2013" : String.join(", ", waarden);
    }

    /** The choices (or the model's actors) of a typed part, checked as now answered. */
    private void kies(Actor respondent, Vraagdeel deel) {
        Antwoord antwoord = form.antwoorden().antwoord(vraag.id(), respondent);
        Antwoorddeel gekozen = antwoord == null ? null
                : antwoord.getDelen().stream().filter(d -> d.getDeel().equals(deel.naam())).findFirst().orElse(null);
        boolean actoren = deel.soort() == Vraagdeel.Soort.ACTOREN;
        List<?> mogelijk = actoren ? form.actoren() : deel.keuzes();
        ListSelectionDialog dialog = ListSelectionDialog.of(mogelijk).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return element instanceof Actor a ? form.naam(a) : String.valueOf(element);
                    }
                }).message(NLS.bind(Messages.form_partChoose, deel.naam(), vraag.id()))
                .preselect(gekozen == null ? new Object[0] : (actoren ? gekozen.getActoren() : gekozen.getKeuzes()).toArray())
                .create(block.getShell());
        dialog.setTitle(deel.naam());
        if (dialog.open() != Window.OK) {
            return;
        }
        List<Object> result = Arrays.asList(dialog.getResult());
        form.antwoorden().zetDeel(vraag.id(), respondent, deel.naam(),
                actoren ? List.of() : result.stream().map(String::valueOf).toList(),
                actoren ? result.stream().map(Actor.class::cast).toList() : List.of());
    }

    /** The sources of one answer, one a line (document, interview, logboek, observatie ...). */
    private void bewerkBronnen(Actor respondent) {
        Antwoord antwoord = form.antwoorden().antwoord(vraag.id(), respondent);
        String now = antwoord == null ? "" : String.join("\n", antwoord.getBewijs());
        InputDialog dialog = new InputDialog(block.getShell(), Messages.form_sourcesTitle,
                NLS.bind(Messages.form_sourcesMessage, vraag.id(), form.naam(respondent)), now, null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Control area = super.createDialogArea(parent);
                ((GridData) getText().getLayoutData()).heightHint = convertHeightInCharsToPixels(6);
                return area;
            }

            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, false);
                createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
            }
        };
        if (dialog.open() != Window.OK) {
            return;
        }
        List<String> lines = Arrays.stream(dialog.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        if (!Objects.equals(lines, antwoord == null ? List.of() : antwoord.getBewijs())) {
            form.antwoorden().zetBewijs(vraag.id(), respondent, lines);
        }
    }
}

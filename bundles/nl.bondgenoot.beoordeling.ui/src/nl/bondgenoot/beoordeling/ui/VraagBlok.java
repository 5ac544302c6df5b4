package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.Antwoordstatus;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Bron;
import nl.bondgenoot.model.Bronsoort;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Antwoorden;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.model.instrumenten.Instrument.Deel;

/**
 * One question of the form: its wording and source, the "extra aandacht" flag when its indicator is judged
 * below VOLDOENDE, the differences between respondents, and one row of answer widgets per respondent
 * (status, toelichting, the typed parts the question asks, sources), with the proposal from the model and
 * its origin where there is one (Bevestigen keeps it; changing the answer overrides it).
 */
public final class VraagBlok {

    private final ChecklistFormulier form;
    private final Instrument.Item vraag;
    private final Composite block;
    private final Link vlag;
    private final Label verschil;
    private final Composite rijen;
    private final List<Rij> rijList = new ArrayList<>();
    private List<Respondent> respondenten = List.of();

    /** The widgets of one respondent's answer. */
    public record Rij(Respondent respondent, Combo status, Text toelichting, List<Control> delen, Button bronnen,
            Label voorstel, Button bevestig) {
    }

    VraagBlok(Composite parent, ChecklistFormulier form, Instrument.Item vraag) {
        this.form = form;
        this.vraag = vraag;
        block = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginLeft = 16;
        block.setLayout(layout);
        block.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        Label tekst = new Label(block, SWT.WRAP);
        tekst.setText(vraag.id() + "  " + vraag.tekst() + (vraag.verplicht() ? "" : "  " + Messages.form_optional));
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

    public Instrument.Item vraag() {
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
        Bewerkingen antwoorden = form.antwoorden();
        List<Respondent> nu = form.respondenten();
        if (!nu.equals(respondenten)) {
            respondenten = nu;
            for (Control child : rijen.getChildren()) {
                child.dispose();
            }
            rijList.clear();
            for (Respondent respondent : respondenten) {
                rijList.add(rij(respondent));
            }
        }
        for (Rij rij : rijList) {
            Antwoord antwoord = antwoorden.antwoord(vraag.id(), rij.respondent());
            Antwoordstatus status = antwoord == null ? Antwoordstatus.ONBEKEND : antwoord.getStatus();
            rij.status().select(Antwoordstatus.VALUES.indexOf(status));
            zetTekst(rij.toelichting(), antwoord == null ? null : antwoord.getToelichting());
            for (int i = 0; i < vraag.delen().size(); i++) {
                Deel deel = vraag.delen().get(i);
                Antwoorddeel gekozen = deel(antwoord, deel);
                if (rij.delen().get(i) instanceof Text text) {
                    zetTekst(text, gekozen == null ? null : gekozen.getTekst());
                } else {
                    ((Button) rij.delen().get(i)).setText(deel.naam() + ": " + waarde(gekozen, deel));
                }
            }
            int bronnen = antwoord == null ? 0 : antwoord.getBronnen().size();
            rij.bronnen().setText(NLS.bind(Messages.form_sources, bronnen));
            toonVoorstel(rij, antwoord, form.voorstel(vraag));
        }
        show(vlag, form.extraAandacht(vraag));
        String differences = Antwoorden.verschillen(antwoorden.beoordeling(), vraag.id()).values().stream()
                .flatMap(List::stream).map(a -> form.naam(a.getRespondent()) + ": " + a.getStatus().getName())
                .collect(Collectors.joining(", "));
        verschil.setText(differences.isEmpty() ? "" : NLS.bind(Messages.form_difference, differences));
        show(verschil, !differences.isEmpty());
    }

    /**
     * The proposal from the model for this respondent's answer: taken over (with Bevestigen), confirmed or
     * overridden, as the answer keeps it; or, before anything is answered, what the model proposes with
     * Overnemen; and where the answer contradicts what the model now says, how.
     */
    private void toonVoorstel(Rij rij, Antwoord antwoord, Voorstel voorstel) {
        Antwoordherkomst herkomst = antwoord == null ? Antwoordherkomst.EIGEN : antwoord.getHerkomst();
        List<String> regels = new ArrayList<>();
        String knop = null;
        if (herkomst != Antwoordherkomst.EIGEN && antwoord.getVoorstel() != null) {
            regels.add(NLS.bind(herkomstTekst(herkomst), antwoord.getVoorstel(), antwoord.getVoorstelBron()));
            knop = herkomst == Antwoordherkomst.VOORSTEL ? Messages.form_confirm : null;
        } else if (voorstel != null && (antwoord == null || antwoord.getStatus() == Antwoordstatus.ONBEKEND)) {
            regels.add(NLS.bind(Messages.form_proposal, Voorstellen.tekst(voorstel), voorstel.herkomst()));
            knop = Messages.form_takeOver;
        }
        if (antwoord != null && voorstel != null) {
            Voorstellen.tegenspraak(antwoord, voorstel).ifPresent(t -> regels.add(NLS.bind(Messages.form_contradiction, t)));
        }
        regels.addAll(form.bevindingen(antwoord));
        rij.voorstel().setText(String.join("\n", regels));
        if (knop != null) {
            rij.bevestig().setText(knop);
        }
        // The proposal line and its button share a grid row: both in the layout, or neither (else the next
        // respondent's widgets shift a column).
        boolean regel = !regels.isEmpty() || knop != null;
        show(rij.voorstel(), regel);
        show(rij.bevestig(), regel);
        rij.bevestig().setVisible(knop != null);
    }

    private static String herkomstTekst(Antwoordherkomst herkomst) {
        return switch (herkomst) {
            case BEVESTIGD -> Messages.form_proposalConfirmed;
            case OVERSCHREVEN -> Messages.form_proposalOverridden;
            default -> Messages.form_proposal;
        };
    }

    private static void zetTekst(Text text, String value) {
        String shown = value == null ? "" : value;
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }

    private static void show(Control control, boolean visible) {
        GridData data = (GridData) control.getLayoutData();
        if (control.getVisible() != visible || data.exclude == visible) {
            control.setVisible(visible);
            data.exclude = !visible;
        }
    }

    private Rij rij(Respondent respondent) {
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
        textData.widthHint = 160;
        toelichting.setLayoutData(textData);
        commitOnLeave(toelichting, () -> form.antwoorden().zetToelichting(vraag.id(), respondent,
                toelichting.getText().isEmpty() ? null : toelichting.getText()));
        Composite delen = new Composite(rijen, SWT.NONE);
        RowLayout rowLayout = new RowLayout(SWT.HORIZONTAL);
        rowLayout.marginLeft = rowLayout.marginRight = rowLayout.marginTop = rowLayout.marginBottom = 0;
        rowLayout.wrap = true;
        delen.setLayout(rowLayout);
        GridData delenData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        delenData.widthHint = 240;
        delen.setLayoutData(delenData);
        List<Control> deelWidgets = new ArrayList<>();
        for (Deel deel : vraag.delen()) {
            if (deel.soort() == Deel.Soort.TEKST) {
                Text text = new Text(delen, SWT.BORDER | SWT.SINGLE);
                text.setMessage(deel.naam());
                text.setToolTipText(deel.naam());
                commitOnLeave(text, () -> form.antwoorden().zetDeel(vraag.id(), respondent, deel.naam(), List.of(), List.of(),
                        text.getText().isEmpty() ? null : text.getText()));
                deelWidgets.add(text);
            } else {
                Button knop = new Button(delen, SWT.PUSH);
                knop.setToolTipText(NLS.bind(Messages.form_partTip, deel.naam()));
                knop.addListener(SWT.Selection, e -> kies(respondent, deel));
                deelWidgets.add(knop);
            }
        }
        Button bronnen = new Button(rijen, SWT.PUSH);
        bronnen.addListener(SWT.Selection, e -> bewerkBronnen(respondent));
        Label voorstel = new Label(rijen, SWT.WRAP);
        voorstel.setForeground(rijen.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        GridData voorstelData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        voorstelData.widthHint = 300;
        voorstel.setLayoutData(voorstelData);
        Button bevestig = new Button(rijen, SWT.PUSH);
        bevestig.setText(Messages.form_takeOver);
        bevestig.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        bevestig.addListener(SWT.Selection, e -> {
            Antwoord antwoord = form.antwoorden().antwoord(vraag.id(), respondent);
            if (antwoord != null && antwoord.getHerkomst() == Antwoordherkomst.VOORSTEL) {
                form.antwoorden().bevestig(antwoord);
            } else if (form.voorstel(vraag) != null) {
                form.antwoorden().neemOver(form.voorstel(vraag), respondent);
            }
        });
        return new Rij(respondent, status, toelichting, deelWidgets, bronnen, voorstel, bevestig);
    }

    private static void commitOnLeave(Text text, Runnable commit) {
        text.addListener(SWT.FocusOut, e -> commit.run());
        text.addListener(SWT.DefaultSelection, e -> commit.run());
    }

    private static Antwoorddeel deel(Antwoord antwoord, Deel deel) {
        return antwoord == null ? null
                : antwoord.getDelen().stream().filter(d -> d.getDeel().equals(deel.naam())).findFirst().orElse(null);
    }

    private String waarde(Antwoorddeel gekozen, Deel deel) {
        if (gekozen == null) {
            return "\u2013";
        }
        List<String> waarden = deel.soort() == Deel.Soort.ACTOREN ? gekozen.getActoren().stream().map(Actor::getNaam).toList()
                : gekozen.getKeuzes();
        return waarden.isEmpty() ? "\u2013" : String.join(", ", waarden);
    }

    /** The choices (or the model's actors) of a typed part, checked as now answered. */
    private void kies(Respondent respondent, Deel deel) {
        Antwoorddeel gekozen = deel(form.antwoorden().antwoord(vraag.id(), respondent), deel);
        boolean actoren = deel.soort() == Deel.Soort.ACTOREN;
        List<?> mogelijk = actoren ? form.actoren() : deel.keuzes();
        ListSelectionDialog dialog = ListSelectionDialog.of(mogelijk).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return element instanceof Actor a ? a.getNaam() : String.valueOf(element);
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
                actoren ? result.stream().map(Actor.class::cast).toList() : List.of(), null);
    }

    /** The sources of one answer, one a line, each starting with its kind (document, interview, logboek, observatie). */
    private void bewerkBronnen(Respondent respondent) {
        Antwoord antwoord = form.antwoorden().antwoord(vraag.id(), respondent);
        String now = antwoord == null ? ""
                : antwoord.getBronnen().stream().map(VraagBlok::regel).collect(Collectors.joining("\n"));
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
        };
        if (dialog.open() == Window.OK) {
            form.antwoorden().zetBronnen(vraag.id(), respondent, bronnen(dialog.getValue()));
        }
    }

    /** "interview: wijkcoach, 3 maart" as a Bron of kind INTERVIEW; a line without a known kind is ONBEKEND. */
    static List<Bron> bronnen(String text) {
        List<Bron> bronnen = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String regel = line.strip();
            if (regel.isEmpty()) {
                continue;
            }
            Bron bron = BondgenootFactory.eINSTANCE.createBron();
            int colon = regel.indexOf(':');
            Bronsoort soort = colon > 0 ? Bronsoort.get(regel.substring(0, colon).strip().toUpperCase(Locale.ROOT)) : null;
            bron.setSoort(soort == null ? Bronsoort.ONBEKEND : soort);
            bron.setOmschrijving(soort == null ? regel : regel.substring(colon + 1).strip());
            bronnen.add(bron);
        }
        return bronnen;
    }

    private static String regel(Bron bron) {
        String omschrijving = bron.getOmschrijving() == null ? "" : bron.getOmschrijving();
        return bron.getSoort() == Bronsoort.ONBEKEND ? omschrijving : bron.getSoort().getName().toLowerCase(Locale.ROOT) + ": " + omschrijving;
    }
}

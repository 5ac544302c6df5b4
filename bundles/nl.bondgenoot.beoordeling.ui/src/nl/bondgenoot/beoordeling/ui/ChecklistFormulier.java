package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Indicatoroordeel;
import nl.bondgenoot.model.Oordeel;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Antwoorden;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;

/**
 * The form of a checklist-like instrument: a header with the progress and the respondents, a tab per
 * section (built when first shown, so a large form opens at once), per indicator its judgement and
 * motivation with the questions under it, and the guidance panel beside it.
 */
public final class ChecklistFormulier {

    private final Instrument formulier;
    private final Bewerkingen antwoorden;
    private final Governancemodel model;
    private final Bevindingen bevindingen;
    private Label bevindingenLabel;
    private final Label voortgang;
    private final ProgressBar balk;
    private final Label respondentenLabel;
    private final CTabFolder tabs;
    private final RichtlijnPaneel richtlijn;
    private final Map<Instrument.Onderdeel, Pagina> paginas = new LinkedHashMap<>();
    private Map<String, Voorstel> voorstellen = Map.of();

    /** A section's tab content: its indicator blocks and question blocks. */
    private record Pagina(ScrolledComposite scroll, Composite content, List<IndicatorBlok> indicatoren, List<VraagBlok> vragen) {
    }

    ChecklistFormulier(Composite parent, Instrument formulier, Bewerkingen antwoorden, Governancemodel model, String onderwerp,
            Bevindingen bevindingen) {
        this.bevindingen = bevindingen;
        this.formulier = formulier;
        this.antwoorden = antwoorden;
        this.model = model;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));

        Composite kop = kop(area, formulier.naam() + " \u2014 " + onderwerp, 4, 2);
        voortgang = new Label(kop, SWT.NONE);
        voortgang.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        balk = new ProgressBar(kop, SWT.HORIZONTAL);
        balk.setLayoutData(new GridData(160, SWT.DEFAULT));
        Label respondentenTitel = new Label(kop, SWT.NONE);
        respondentenTitel.setText(Messages.form_respondents);
        respondentenLabel = new Label(kop, SWT.WRAP);
        respondentenLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button toevoegen = new Button(kop, SWT.PUSH);
        toevoegen.setText(Messages.form_addRespondent);
        toevoegen.addListener(SWT.Selection, e -> kiesRespondent());
        toevoegen.setEnabled(model != null);

        bevindingenLabel = new Label(area, SWT.WRAP);
        bevindingenLabel.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        bevindingenLabel.setLayoutData(wrapping());

        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
        for (Instrument.Onderdeel sectie : formulier.onderdelen()) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(sectie.id() + " " + sectie.naam());
            item.setToolTipText(sectie.bron());
            item.setData(sectie);
        }
        tabs.addListener(SWT.Selection, e -> toon((Instrument.Onderdeel) tabs.getSelection().getData()));
        richtlijn = new RichtlijnPaneel(sash);
        sash.setWeights(70, 30);
        if (!formulier.onderdelen().isEmpty()) {
            tabs.setSelection(0);
            toon(formulier.onderdelen().get(0));
        }
        refresh();
    }

    /** The head of a form: a grid of {@code kolommen} columns starting with the title over {@code span} of them. */
    static Composite kop(Composite area, String titel, int kolommen, int span) {
        Composite kop = new Composite(area, SWT.NONE);
        kop.setLayout(new GridLayout(kolommen, false));
        kop.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        Label label = new Label(kop, SWT.NONE);
        label.setFont(JFaceResources.getHeaderFont());
        label.setText(titel);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return kop;
    }

    static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
        data.widthHint = 300;
        return data;
    }

    Bewerkingen antwoorden() {
        return antwoorden;
    }

    /** The respondents; before any is added, one row for answers without a named respondent. */
    List<Respondent> respondenten() {
        List<Respondent> respondenten = new ArrayList<>(antwoorden.respondenten());
        if (respondenten.isEmpty()) {
            respondenten.add(null);
        }
        return respondenten;
    }

    List<Actor> actoren() {
        return model == null ? List.of() : model.getActoren();
    }

    String naam(Respondent respondent) {
        if (respondent == null) {
            return Messages.form_noRespondent;
        }
        String actor = respondent.getActor() == null || respondent.getActor().getNaam() == null ? "?" : respondent.getActor().getNaam();
        return respondent.getRol() == null || respondent.getRol().isBlank() ? actor : actor + " (" + respondent.getRol() + ")";
    }

    /** What the model proposes for the question, computed once per refresh (the model does not change meanwhile). */
    Voorstel voorstel(Instrument.Item vraag) {
        return voorstellen.get(vraag.id());
    }

    /** Whether the question's indicator is judged below VOLDOENDE (S4:164-181). */
    boolean extraAandacht(Instrument.Item vraag) {
        Indicatoroordeel oordeel = vraag.indicatorId() == null ? null : antwoorden.oordeel(vraag.indicatorId());
        return oordeel != null && Instrument.extraAandacht(oordeel.getOordeel());
    }

    void toonRichtlijn(Instrument.Item vraag) {
        richtlijn.toon(vraag);
    }

    /** Answering a flagged question shows its guidance at once. */
    void toonRichtlijnAlsVlag(Instrument.Item vraag) {
        if (extraAandacht(vraag)) {
            toonRichtlijn(vraag);
        }
    }

    RichtlijnPaneel richtlijn() {
        return richtlijn;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    /** Shows a section's tab, building it the first time. */
    void toon(Instrument.Onderdeel sectie) {
        CTabItem item = List.of(tabs.getItems()).stream().filter(i -> i.getData() == sectie).findFirst().orElseThrow();
        tabs.setSelection(item);
        if (paginas.containsKey(sectie)) {
            return;
        }
        ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL);
        Composite content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        List<IndicatorBlok> indicatoren = new ArrayList<>();
        List<VraagBlok> vragen = new ArrayList<>();
        List<Instrument.Item> zonderIndicator = new ArrayList<>(formulier.items(sectie.id()));
        for (Instrument.Indicator indicator : formulier.indicatoren(sectie.id())) {
            indicatoren.add(new IndicatorBlok(content, this, indicator));
            for (Instrument.Item vraag : formulier.itemsBij(indicator.id())) {
                vragen.add(new VraagBlok(content, this, vraag));
                zonderIndicator.remove(vraag);
            }
        }
        for (Instrument.Item vraag : zonderIndicator) {
            vragen.add(new VraagBlok(content, this, vraag));
        }
        scroll.setContent(content);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fit(scroll, content));
        item.setControl(scroll);
        paginas.put(sectie, new Pagina(scroll, content, indicatoren, vragen));
        fit(scroll, content);
    }

    private static void fit(ScrolledComposite scroll, Composite content) {
        int width = scroll.getClientArea().width;
        if (width > 0) {
            scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
        }
    }

    /** After each command: every built page, the progress and the respondents show the assessment as it is. */
    public void refresh() {
        voorstellen = new LinkedHashMap<>();
        Voorstellen.voor(antwoorden.beoordeling()).forEach(v -> voorstellen.put(v.vraagId(), v));
        List<Instrument.Item> vereist = Antwoorden.vereist(antwoorden.beoordeling(), formulier);
        long beantwoord = Antwoorden.aantalBeantwoord(antwoorden.beoordeling(), formulier, vereist);
        int totaal = vereist.size();
        voortgang.setText(NLS.bind(Messages.form_progress, beantwoord, totaal));
        balk.setMaximum(Math.max(1, totaal));
        balk.setSelection((int) beantwoord);
        respondentenLabel.setText(String.join(", ", respondenten().stream().map(this::naam).toList()));
        for (Pagina pagina : paginas.values()) {
            pagina.indicatoren().forEach(IndicatorBlok::refresh);
            pagina.vragen().forEach(VraagBlok::refresh);
            pagina.content().layout(true, true);
            fit(pagina.scroll(), pagina.content());
        }
        List<String> overDeBeoordeling = bevindingen.over(antwoorden.beoordeling());
        bevindingenLabel.setText(overDeBeoordeling.isEmpty() ? "" : Messages.form_findings + "\n" + String.join("\n", overDeBeoordeling));
        ((GridData) bevindingenLabel.getLayoutData()).exclude = overDeBeoordeling.isEmpty();
        bevindingenLabel.setVisible(!overDeBeoordeling.isEmpty());
        voortgang.getParent().getParent().layout(true, true);
    }

    /** What the rules say about an element of the assessment (an answer, a judgement). */
    List<String> bevindingen(org.eclipse.emf.ecore.EObject element) {
        return element == null ? List.of() : bevindingen.over(element);
    }

    public String voortgang() {
        return voortgang.getText();
    }

    /** Adds a respondent with a role (as the button's dialogs do). */
    public void voegRespondentToe(Actor actor, String rol) {
        antwoorden.voegRespondentToe(actor, rol);
    }

    public Instrument.Item getoondeRichtlijn() {
        return richtlijn.getoond();
    }

    public String richtlijnTekst() {
        return richtlijn.tekst();
    }

    public Control richtlijnControl() {
        return richtlijn.tekstControl();
    }

    /** The question blocks built so far (the sections shown), in form order. */
    public List<VraagBlok> vraagBlokken() {
        return paginas.values().stream().flatMap(p -> p.vragen().stream()).toList();
    }

    public List<IndicatorBlok> indicatorBlokken() {
        return paginas.values().stream().flatMap(p -> p.indicatoren().stream()).toList();
    }

    private void kiesRespondent() {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(tabs.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Actor) element).getNaam();
            }
        });
        dialog.setElements(actoren().toArray());
        dialog.setTitle(Messages.form_addRespondent);
        dialog.setMessage(Messages.form_addRespondentMessage);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Actor actor) {
            InputDialog rol = new InputDialog(tabs.getShell(), Messages.form_addRespondent,
                    NLS.bind(Messages.form_role, actor.getNaam()), "", null);
            if (rol.open() == Window.OK) {
                voegRespondentToe(actor, rol.getValue().isBlank() ? null : rol.getValue().strip());
            }
        }
    }

    /** An indicator with its judgement, motivation and the flag its judgement sets. */
    public final class IndicatorBlok {

        private final Instrument.Indicator indicator;
        private final Combo oordeel;
        private final Text motivering;
        private final Label vlag;

        IndicatorBlok(Composite parent, ChecklistFormulier form, Instrument.Indicator indicator) {
            this.indicator = indicator;
            Composite block = new Composite(parent, SWT.NONE);
            block.setLayout(new GridLayout(4, false));
            block.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
            Label lijn = new Label(block, SWT.SEPARATOR | SWT.HORIZONTAL);
            lijn.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
            Label tekst = new Label(block, SWT.WRAP);
            tekst.setText(indicator.id() + "  " + indicator.tekst());
            tekst.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
            GridData tekstData = wrapping();
            tekstData.horizontalSpan = 4;
            tekst.setLayoutData(tekstData);
            Label oordeelLabel = new Label(block, SWT.NONE);
            oordeelLabel.setText(Messages.form_judgement);
            oordeel = new Combo(block, SWT.READ_ONLY | SWT.DROP_DOWN);
            oordeel.setItems(Oordeel.VALUES.stream().map(Oordeel::getName).toArray(String[]::new));
            oordeel.addListener(SWT.Selection,
                    e -> antwoorden.zetOordeel(indicator.id(), Oordeel.VALUES.get(oordeel.getSelectionIndex())));
            motivering = new Text(block, SWT.BORDER | SWT.SINGLE);
            motivering.setMessage(Messages.form_motivation);
            motivering.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Runnable commit = () -> antwoorden.zetMotivering(indicator.id(),
                    motivering.getText().isEmpty() ? null : motivering.getText());
            motivering.addListener(SWT.FocusOut, e -> commit.run());
            motivering.addListener(SWT.DefaultSelection, e -> commit.run());
            Label bron = new Label(block, SWT.NONE);
            bron.setText(NLS.bind(Messages.form_source, indicator.bron()));
            vlag = new Label(block, SWT.WRAP);
            vlag.setForeground(block.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridData vlagData = wrapping();
            vlagData.horizontalSpan = 4;
            vlag.setLayoutData(vlagData);
            refresh();
        }

        public Instrument.Indicator indicator() {
            return indicator;
        }

        public Combo oordeel() {
            return oordeel;
        }

        public Text motivering() {
            return motivering;
        }

        public String vlagTekst() {
            return vlag.getText();
        }

        void refresh() {
            Indicatoroordeel o = antwoorden.oordeel(indicator.id());
            Oordeel waarde = o == null ? Oordeel.ONBEKEND : o.getOordeel();
            oordeel.select(Oordeel.VALUES.indexOf(waarde));
            String tekst = o == null || o.getMotivering() == null ? "" : o.getMotivering();
            if (!motivering.getText().equals(tekst)) {
                motivering.setText(tekst);
            }
            List<String> regels = new ArrayList<>();
            if (Instrument.extraAandacht(waarde)) {
                regels.add(Messages.form_indicatorFlag);
            }
            regels.addAll(bevindingen(o));
            vlag.setText(String.join("\n", regels));
        }
    }
}

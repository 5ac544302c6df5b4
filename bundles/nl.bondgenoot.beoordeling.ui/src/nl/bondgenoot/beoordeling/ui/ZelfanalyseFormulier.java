package nl.bondgenoot.beoordeling.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import nl.bondgenoot.beoordeling.Beoordelingsrapport;
import nl.bondgenoot.beoordeling.Vergelijking;
import nl.bondgenoot.beoordeling.grafiek.Grafiek;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrument.Item;
import nl.bondgenoot.ui.pages.EmbeddedBrowser;

/**
 * The zelfanalyse bondgenootschap (S0:1373-1454): a score 1-5 per kenmerk, jointly and per party, with the
 * web diagram beside it; another assessment of the same practice can be chosen to compare over time (both
 * series in the diagram, the differences in a table).
 */
public final class ZelfanalyseFormulier {

    private final Instrument instrument;
    private final Scores scores;
    private final Governancemodel model;
    private final Composite grid;
    private final Map<String, List<Combo>> cellen = new LinkedHashMap<>();
    private final Browser radar;
    private final Label radarNote;
    private final Table verschillen;
    private final Label vergelijkingLabel;
    private final ScrolledComposite scroll;
    private List<Actor> partijen = List.of();
    /** Parties added in this editor that have no score yet (a party is kept in the file by its scores). */
    private final List<Actor> toegevoegd = new ArrayList<>();
    private Vergelijking vergelijking;
    private final BeoordelingDocument document;

    ZelfanalyseFormulier(Composite parent, BeoordelingDocument document, Scores scores, Governancemodel model, String onderwerp) {
        this.document = document;
        this.instrument = document.instrument();
        this.scores = scores;
        this.model = model;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Composite kop = ChecklistFormulier.kop(area, instrument.naam() + " \u2014 " + onderwerp, 4, 1);
        Button partij = new Button(kop, SWT.PUSH);
        partij.setText(Messages.selfAnalysis_addParty);
        partij.setEnabled(model != null);
        partij.addListener(SWT.Selection, e -> kiesPartij());
        Button vergelijk = new Button(kop, SWT.PUSH);
        vergelijk.setText(Messages.selfAnalysis_compare);
        vergelijk.addListener(SWT.Selection, e -> kiesVergelijking());
        vergelijkingLabel = new Label(kop, SWT.NONE);
        Label schaal = new Label(area, SWT.WRAP);
        schaal.setText(Messages.selfAnalysis_scale);
        schaal.setLayoutData(ChecklistFormulier.wrapping());

        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm links = new SashForm(sash, SWT.VERTICAL);
        scroll = new ScrolledComposite(links, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        grid = new Composite(scroll, SWT.NONE);
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        verschillen = new Table(links, SWT.BORDER | SWT.FULL_SELECTION);
        verschillen.setHeaderVisible(true);
        for (String kolom : new String[] { Messages.selfAnalysis_kenmerk, Messages.selfAnalysis_now, Messages.selfAnalysis_then,
                Messages.selfAnalysis_difference }) {
            new TableColumn(verschillen, SWT.LEFT).setText(kolom);
        }
        links.setWeights(65, 35);
        Composite rechts = new Composite(sash, SWT.NONE);
        rechts.setLayout(new GridLayout(1, false));
        radarNote = new Label(rechts, SWT.WRAP);
        radarNote.setLayoutData(ChecklistFormulier.wrapping());
        radar = EmbeddedBrowser.create(rechts, "het webdiagram").orElse(null);
        if (radar != null) {
            radar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        } else {
            radarNote.setText(NLS.bind(Messages.selfAnalysis_noBrowser, EmbeddedBrowser.PACKAGE));
        }
        sash.setWeights(55, 45);
        refresh();
    }

    public void refresh() {
        List<Actor> nu = new ArrayList<>(scores.partijen());
        toegevoegd.stream().filter(a -> !nu.contains(a)).forEach(nu::add);
        if (!nu.equals(partijen)) {
            partijen = nu;
            bouwRaster();
        }
        for (Item kenmerk : instrument.items()) {
            List<Combo> rij = cellen.get(kenmerk.id());
            for (int i = 0; i < partijen.size(); i++) {
                rij.get(i).select(scores.waarde(kenmerk.id(), partijen.get(i)));
            }
        }
        toonVerschillen();
        toonRadar();
    }

    private void bouwRaster() {
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        cellen.clear();
        grid.setLayout(new GridLayout(1 + partijen.size(), false));
        new Label(grid, SWT.NONE).setText(Messages.selfAnalysis_kenmerk);
        for (Actor partij : partijen) {
            Label kop = new Label(grid, SWT.WRAP);
            kop.setText(naam(partij));
            kop.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
        for (Instrument.Onderdeel gebied : instrument.onderdelen()) {
            Label gebiedLabel = new Label(grid, SWT.WRAP);
            gebiedLabel.setText(gebied.naam() + " (" + gebied.bron() + ")");
            gebiedLabel.setToolTipText(gebied.toelichting());
            gebiedLabel.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            gebiedLabel.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, 1 + partijen.size(), 1));
            for (Item kenmerk : instrument.items(gebied.id())) {
                Label naam = new Label(grid, SWT.WRAP);
                naam.setText(kenmerk.id() + "  " + kenmerk.tekst());
                naam.setToolTipText(kenmerk.toelichting() + " (" + kenmerk.bron() + ")");
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = 260;
                naam.setLayoutData(data);
                List<Combo> rij = new ArrayList<>();
                for (Actor partij : partijen) {
                    Combo combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
                    combo.setItems("\u2013", "1", "2", "3", "4", "5");
                    combo.setToolTipText(kenmerk.tekst() + " \u2014 " + naam(partij));
                    combo.addListener(SWT.Selection, e -> scores.zet(kenmerk.id(), partij, combo.getSelectionIndex()));
                    rij.add(combo);
                }
                cellen.put(kenmerk.id(), rij);
            }
        }
        grid.layout(true, true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    String naam(Actor partij) {
        return partij == null ? Messages.selfAnalysis_jointly : partij.getNaam();
    }

    /** The joint scores compared with those of the other assessment, per kenmerk. */
    private void toonVerschillen() {
        verschillen.removeAll();
        if (vergelijking == null) {
            return;
        }
        for (Vergelijking.Scoreverschil verschil : vergelijking.scores(null)) {
            TableItem item = new TableItem(verschillen, SWT.NONE);
            item.setText(new String[] { verschil.kenmerk().id() + " " + verschil.kenmerk().tekst(), score(verschil.later()),
                    score(verschil.eerder()), verschil.eerder() == 0 || verschil.later() == 0 ? "\u2013"
                            : String.format("%+d", verschil.verschil()) });
        }
        for (TableColumn column : verschillen.getColumns()) {
            column.pack();
        }
    }

    private static String score(int score) {
        return score == 0 ? "\u2013" : Integer.toString(score);
    }

    /**
     * The web diagram as the report bundle draws it for the published site too: every party and jointly, or,
     * compared over time, the joint lines of both dates.
     */
    private void toonRadar() {
        if (radar == null) {
            return;
        }
        Optional<Grafiek> grafiek = vergelijking != null ? vergelijking.radar(null)
                : document.beoordeling().getScores().isEmpty() ? Optional.empty() : Beoordelingsrapport.van(document.beoordeling()).radar();
        if (grafiek.isPresent()) {
            // The chart scales to the panel (it has a viewBox), so no label is cut off at the edge.
            radar.setText("<!DOCTYPE html><html><head><meta charset='utf-8'/><style>svg{max-width:100%;height:auto}</style></head>"
                    + "<body style='margin:0'>" + grafiek.get().svg() + "</body></html>");
            radarNote.setText("");
        } else {
            radar.setText("<!DOCTYPE html><html><body></body></html>");
            radarNote.setText(Messages.selfAnalysis_noRadar);
        }
    }

    private void kiesPartij() {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(grid.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return naam((Actor) element);
            }
        });
        dialog.setElements(model.getActoren().stream().filter(a -> !partijen.contains(a)).toArray());
        dialog.setTitle(Messages.selfAnalysis_addParty);
        dialog.setMessage(Messages.selfAnalysis_addPartyMessage);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Actor actor) {
            voegPartijToe(actor);
        }
    }

    /** A party scores from now on: a column of its own (kept in the file once it has a score). */
    public void voegPartijToe(Actor actor) {
        if (!partijen.contains(actor)) {
            toegevoegd.add(actor);
            refresh();
        }
    }

    private void kiesVergelijking() {
        FileDialog dialog = new FileDialog(grid.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.beoordeling" });
        dialog.setFilterPath(document.file().getParent().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            vergelijkMet(Path.of(chosen));
        }
    }

    /** Compares with another assessment of the practice, read (not edited) beside this one. */
    public void vergelijkMet(Path file) {
        BeoordelingDocument other = new BeoordelingDocument(file);
        other.load();
        String probleem = other.loadError();
        if (probleem == null) {
            try {
                vergelijking = Vergelijking.van(document.beoordeling(), other.beoordeling());
            } catch (IllegalArgumentException e) {
                probleem = e.getMessage();
            }
        }
        vergelijkingLabel.setText(probleem != null ? NLS.bind(Messages.selfAnalysis_compareFailed, file.getFileName(), probleem)
                : NLS.bind(Messages.selfAnalysis_comparedWith, file.getFileName()));
        vergelijkingLabel.getParent().layout(true, true);
        refresh();
    }

    public Table verschillen() {
        return verschillen;
    }

    public Map<String, List<Combo>> cellen() {
        return cellen;
    }

    public Browser radar() {
        return radar;
    }

    public Control control() {
        return scroll;
    }
}

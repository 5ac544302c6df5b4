package nl.bondgenoot.analysis.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Graafprojecties;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Projectie;
import nl.bondgenoot.analysis.advies.Bestuursvormadviseur;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.maten.Makelaarsrollen;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;
import nl.bondgenoot.model.soorten.Sturingsfamilies;
import nl.bondgenoot.model.tijd.Peildatum;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.rules.builtin.network.Net13ProvanKenisFit;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.session.ModelSession;
import nl.bondgenoot.ui.views.ElementReveal;
import nl.bondgenoot.ui.views.HintStack;
import nl.bondgenoot.ui.views.SortableTable;

/**
 * "Netwerkanalyse": the figures of nl.bondgenoot.analysis for the model of the active editor, of one
 * netwerk or the whole model, over the chosen families of sturingsrelaties, on today's peildatum (as the
 * workbench judges): the graph's figures, a sortable table per actor, cut vertices and bridges, and for
 * a netwerk the governance-form advice. Follows the model as Bevindingen does (after every change);
 * selecting a row selects the actor in the model editor, a double-click goes there.
 */
public class NetwerkanalyseView extends ViewPart {

    public static final String ID = "nl.bondgenoot.analysis.ui.netwerkanalyse";

    private static final Locale NL = Locale.forLanguageTag("nl");

    private final ModelSession session = BondgenootUi.session();
    private final ModelSession.Listener listener = s -> refresh();
    private HintStack stack;
    private Combo subject;
    private final List<ToolItem> families = new ArrayList<>();
    private Label summary;
    private Label structure;
    private Label notMember;
    private SortableTable<Actorcijfers> actors;
    private SashForm sash;
    private AdviesPanel advies;
    /** The netwerken the subject list offers after "Heel model", in its order. */
    private List<Netwerk> offered = List.of();
    private Netwerkanalyse shown;
    private boolean refreshing;

    @Override
    public void createPartControl(Composite parent) {
        stack = new HintStack(parent, Messages.view_noModel);
        Composite content = new Composite(stack.composite(), SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(6, 4).applyTo(content);

        Composite choice = new Composite(content, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(choice);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
        new Label(choice, SWT.NONE).setText(Messages.view_subject);
        subject = new Combo(choice, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.swtDefaults().hint(380, SWT.DEFAULT).applyTo(subject);
        subject.addListener(SWT.Selection, e -> refresh());
        Label familiesLabel = new Label(choice, SWT.NONE);
        familiesLabel.setText(Messages.view_families);
        GridDataFactory.swtDefaults().indent(12, 0).applyTo(familiesLabel);
        // Toggles in a tool bar, not check boxes: under the workbench's CSS theme a check box gets a background
        // that hides its tick on GTK (a checked box looked empty).
        ToolBar toggles = new ToolBar(choice, SWT.FLAT | SWT.WRAP);
        for (String familie : Sturingsfamilies.ALLE) {
            ToolItem check = new ToolItem(toggles, SWT.CHECK);
            check.setText(familyLabel(familie));
            check.setToolTipText(NLS.bind(Messages.view_familyToggle, familyLabel(familie)));
            check.setData(familie);
            check.setSelection(true);
            check.addListener(SWT.Selection, e -> familyToggled(check));
            families.add(check);
        }

        summary = wrapping(content);
        structure = wrapping(content);

        sash = new SashForm(content, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite tablePart = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(tablePart);
        actors = actorTable(tablePart);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(actors.control());
        notMember = new Label(tablePart, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notMember);
        advies = new AdviesPanel(sash);
        sash.setWeights(3, 2);

        actors.viewer().addSelectionChangedListener(event -> {
            if (!refreshing && event.getStructuredSelection().getFirstElement() instanceof Actorcijfers row) {
                ElementReveal.select(getSite().getPage(), row.actor());
            }
        });
        actors.viewer().addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Actorcijfers row) {
                ElementReveal.reveal(getSite().getPage(), row.actor());
            }
        });
        getSite().setSelectionProvider(actors.viewer());
        stack.show(content, false);
        session.addListener(listener);
        refresh();
    }

    private static Label wrapping(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private SortableTable<Actorcijfers> actorTable(Composite parent) {
        return new SortableTable<>(parent, Actorcijfers.class)
                .text(Messages.column_actor, new ColumnWeightData(4, 200), this::actorName)
                .text(Messages.column_category, new ColumnWeightData(3, 150),
                        c -> Labels.of(Gemeenteherkenning.categorie(c.actor())))
                .figure(Messages.column_in, new ColumnPixelData(38), c -> Integer.toString(c.ingraad()), c -> (double) c.ingraad())
                .figure(Messages.column_out, new ColumnPixelData(42), c -> Integer.toString(c.uitgraad()), c -> (double) c.uitgraad())
                .figure(Messages.column_degree, new ColumnPixelData(58), c -> Integer.toString(c.graad()), c -> (double) c.graad())
                .figure(Messages.column_betweenness, new ColumnPixelData(122), c -> number(c.betweenness()), null,
                        Comparator.comparingDouble(Actorcijfers::betweenness))
                // The harmonic closeness in the column: the classic closeness (in the tooltip) is 0 for everyone in a
                // graph of several parts, and most netwerken have members without a tie.
                .figure(Messages.column_closeness, new ColumnPixelData(100), c -> number(c.harmonisch()),
                        c -> NLS.bind(Messages.column_harmonic, number(c.closeness())),
                        Comparator.comparingDouble(Actorcijfers::harmonisch))
                .figure(Messages.column_eigenvector, new ColumnPixelData(100), c -> number(c.eigenvector()), Actorcijfers::eigenvector)
                .figure(Messages.column_cutVertex, new ColumnPixelData(80), c -> c.snijpunt() ? Messages.yes : "",
                        c -> c.snijpunt() ? 1.0 : 0.0)
                .figure(Messages.column_broker, new ColumnPixelData(84), c -> Integer.toString(c.makelaar().totaal()),
                        c -> brokerRoles(c.makelaar()), Comparator.comparingInt(c -> c.makelaar().totaal()));
    }

    private String actorName(Actorcijfers c) {
        boolean steersOnly = !c.lid() && shown != null && shown.graaf().projectie().netwerk() != null;
        return Netwerkgraaf.naam(c.actor()) + (steersOnly ? " *" : "");
    }

    private static String brokerRoles(Makelaarsrollen m) {
        return NLS.bind(Messages.broker_roles, new Object[] { m.coordinator(), m.itinerant(), m.gatekeeper(),
                m.representative(), m.liaison(), m.onbepaald() });
    }

    /** Three decimals with a Dutch comma, as {@code bondgenoot analyse} prints them. */
    static String number(double value) {
        return String.format(NL, "%.3f", value);
    }

    private static String familyLabel(String familie) {
        return switch (familie) {
            case "hierarchisch" -> Messages.family_hierarchisch;
            case "financieel" -> Messages.family_financieel;
            case "markt" -> Messages.family_markt;
            case "samenwerking" -> Messages.family_samenwerking;
            case "invloed" -> Messages.family_invloed;
            default -> familie;
        };
    }

    /** At least one family stays chosen: a graph without any relation tells nothing. */
    private void familyToggled(ToolItem check) {
        if (families.stream().noneMatch(ToolItem::getSelection)) {
            check.setSelection(true);
            return;
        }
        refresh();
    }

    /** The families chosen; all of them is every relation, also those of unknown soort (an empty set). */
    Set<String> chosenFamilies() {
        Set<String> chosen = new LinkedHashSet<>();
        families.stream().filter(ToolItem::getSelection).forEach(b -> chosen.add((String) b.getData()));
        return chosen.size() == families.size() ? Set.of() : chosen;
    }

    private void refresh() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        Governancemodel model = session.model();
        if (model == null) {
            offered = List.of();
            shown = null;
            stack.show(sash.getParent(), false);
            return;
        }
        refreshing = true;
        try {
            Netwerk netwerk = rememberSubject(model);
            LocalDate peildatum = Peildatum.vandaag();
            Projectie projectie = (netwerk == null ? Projectie.heelModel(peildatum) : Projectie.van(netwerk, peildatum))
                    .metFamilies(chosenFamilies());
            Object selected = actors.viewer().getStructuredSelection().getFirstElement();
            shown = Netwerkanalyses.van(Graafprojecties.van(model, projectie));
            AdviesPanel.setText(summary, summaryText(shown, peildatum));
            AdviesPanel.setText(structure, NLS.bind(Messages.view_structure, new Object[] { names(shown.snijpunten()),
                    shown.bruggen().isEmpty() ? Messages.view_none
                            : String.join("; ", shown.bruggen().stream().map(Band::toString).toList()),
                    names(shown.ledenZonderBand()) }));
            actors.setRows(shown.perActor());
            boolean steersOnly = netwerk != null && shown.perActor().stream().anyMatch(c -> !c.lid());
            notMember.setText(steersOnly ? Messages.view_notMember + "\n" + Messages.view_explain : Messages.view_explain);
            if (selected instanceof Actorcijfers before) {
                shown.van(before.actor()).ifPresent(row -> actors.viewer().setSelection(new StructuredSelection(row), true));
            }
            if (netwerk == null) {
                advies.showWholeModel();
            } else {
                try {
                    advies.show(Bestuursvormadviseur.adviseer(netwerk, peildatum,
                            Net13ProvanKenisFit.tabelVoor(session.file())));
                } catch (IllegalStateException e) {
                    advies.showProblem(netwerk, e.getMessage());
                }
            }
            stack.show(sash.getParent(), true);
            sash.getParent().layout(true, true);
        } finally {
            refreshing = false;
        }
    }

    /** Fills the subject list from the model, keeping the netwerk chosen before (by identity, else by id). */
    private Netwerk rememberSubject(Governancemodel model) {
        int index = subject.getSelectionIndex();
        Netwerk before = index > 0 && index - 1 < offered.size() ? offered.get(index - 1) : null;
        offered = List.copyOf(model.getNetwerken());
        List<String> items = new ArrayList<>();
        items.add(Messages.view_wholeModel);
        offered.forEach(n -> items.add(n.getNaam() == null || n.getNaam().isBlank() ? n.getId() : n.getNaam()));
        subject.setItems(items.toArray(String[]::new));
        int keep = before == null ? -1 : offered.indexOf(before);
        if (keep < 0 && before != null && before.getId() != null) {
            keep = offered.stream().map(Netwerk::getId).toList().indexOf(before.getId());
        }
        subject.select(keep < 0 ? 0 : keep + 1);
        return keep < 0 ? null : offered.get(keep);
    }

    private static String summaryText(Netwerkanalyse a, LocalDate peildatum) {
        boolean perNetwerk = a.graaf().projectie().netwerk() != null;
        return NLS.bind(Messages.view_summary, new Object[] { a.actoren(),
                perNetwerk ? NLS.bind(Messages.view_summaryMembers, a.graaf().leden().size()) : "", a.banden(),
                a.gerichteBanden(), number(a.dichtheid()), a.componenten(), Periodes.tekst(peildatum) });
    }

    private static String names(List<Actor> actoren) {
        return actoren.isEmpty() ? Messages.view_none : String.join(", ", actoren.stream().map(Netwerkgraaf::naam).toList());
    }

    /** Chooses what to analyse, as a user does in the list: null is the whole model. */
    public void choose(Netwerk netwerk) {
        int index = netwerk == null ? 0 : offered.indexOf(netwerk) + 1;
        if (index < 0) {
            throw new IllegalArgumentException("netwerk niet in het open model: " + netwerk);
        }
        subject.select(index);
        refresh();
    }

    /** Whether the subject list offers this netwerk (it is in the open model). */
    public boolean offers(Netwerk netwerk) {
        return offered.contains(netwerk);
    }

    /** The families whose box is checked. */
    public Set<String> checkedFamilies() {
        Set<String> checked = new LinkedHashSet<>();
        families.stream().filter(ToolItem::getSelection).forEach(b -> checked.add((String) b.getData()));
        return checked;
    }

    /** Chooses the families as a user does with the check boxes (empty: all). */
    public void chooseFamilies(Set<String> gekozen) {
        families.forEach(b -> b.setSelection(gekozen.isEmpty() || gekozen.contains(b.getData())));
        refresh();
    }

    /** What the view shows now (null: no model open). */
    public Netwerkanalyse analyse() {
        return shown;
    }

    /** The table per actor. */
    public TableViewer actorViewer() {
        return actors.viewer();
    }

    /** The advice part. */
    public AdviesPanel advice() {
        return advies;
    }

    /** The graph figures and the structure lines, as shown. */
    public String summaryText() {
        return (summary.getText() + "\n" + structure.getText()).replace("&&", "&");
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        session.removeListener(listener);
        super.dispose();
    }
}

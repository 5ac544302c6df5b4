package nl.bondgenoot.ui.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import nl.bondgenoot.agenda.ui.FileInputs;
import nl.bondgenoot.model.persistence.FileVersion;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.ProfileWarning;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.rules.engine.RuleProfileWriter;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.ErrorPage;

/**
 * The project's rule profile as a table of every installed rule: switch it off, or give it another
 * severity. Saving keeps the file's comments and parameter lines. A profile that cannot be read
 * opens as an error page and is never written.
 */
public class ProfileEditor extends EditorPart {

    public static final String ID = "nl.bondgenoot.ui.profileEditor";
    // The choices are the profile's vocabulary (standaard and the file's FOUT, WAARSCHUWING, INFO, uit): domain words, Dutch in every locale.
    private static final String DEFAULT = "standaard";
    private static final String[] CHOICES = { DEFAULT, RuleProfile.word(Severity.ERROR), RuleProfile.word(Severity.WARNING),
            RuleProfile.word(Severity.INFO), RuleProfile.OFF };

    private final List<RuleInfo> rules = Rules.all().stream().map(r -> r.info())
            .sorted(Comparator.comparing(RuleInfo::id, ProfileEditor::byFamilyAndNumber)).toList();
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private Path file;
    private ProfileException loadError;
    private List<ProfileWarning> warnings = List.of();
    private FileVersion readVersion;
    private boolean dirty;
    private TableViewer viewer;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = FileInputs.requireFile(input);
        setPartName(file.getFileName().toString());
        try {
            readVersion = FileVersion.current(file); // what a save must find still there
            RuleProfile profile = RuleProfile.load(file);
            warnings = profile.warnings();
            for (RuleInfo rule : rules) {
                if (!profile.isEnabled(rule.id())) {
                    disabled.add(rule.id());
                } else if (profile.severity(rule) != rule.severity()) {
                    severities.put(rule.id(), profile.severity(rule));
                }
            }
        } catch (ProfileException e) {
            loadError = e;
        } catch (IOException e) {
            loadError = new ProfileException(file, 0, e.getMessage());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            ErrorPage.create(parent, errorText());
            return;
        }
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 4).create());
        if (!warnings.isEmpty()) {
            // Lines without effect (typing errors in rule ids or parameters) are told above the table.
            Text text = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
            text.setText(warningText());
            text.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(text);
        }
        Composite holder = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.profile_rule, new ColumnPixelData(70), RuleInfo::id);
        column(layout, Messages.profile_description, new ColumnWeightData(5, 120), RuleInfo::title);
        column(layout, Messages.profile_provenance, new ColumnPixelData(70), r -> r.provenance().name());
        column(layout, Messages.profile_default, new ColumnPixelData(110), r -> r.severity().label());
        TableViewerColumn choice = column(layout, Messages.profile_choice, new ColumnPixelData(130), this::choiceText);
        choice.setEditingSupport(new ChoiceEditing());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rules);
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, ColumnLayoutData width, Function<RuleInfo, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RuleInfo) element);
            }

            @Override
            public String getToolTipText(Object element) {
                RuleInfo rule = (RuleInfo) element;
                return rule.explanation() + " (" + rule.source() + ")";
            }
        });
        return column;
    }

    /** "standaard", "uit" or the severity the project gives the rule. */
    public String choiceText(RuleInfo rule) {
        if (disabled.contains(rule.id())) {
            return RuleProfile.OFF;
        }
        Severity severity = severities.get(rule.id());
        return severity == null ? DEFAULT : RuleProfile.word(severity);
    }

    /** Sets a rule's choice as the table's list does: standaard, FOUT, WAARSCHUWING, INFO or uit. */
    public void choose(String ruleId, String choice) {
        RuleInfo rule = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekende regel " + ruleId));
        disabled.remove(ruleId);
        severities.remove(ruleId);
        if (RuleProfile.OFF.equals(choice)) {
            disabled.add(ruleId);
        }
        for (Severity severity : Severity.values()) {
            if (RuleProfile.word(severity).equals(choice) && severity != rule.severity()) {
                severities.put(ruleId, severity);
            }
        }
        dirty = true;
        firePropertyChange(PROP_DIRTY);
        if (viewer != null) {
            viewer.update(rule, null);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (loadError != null) {
            return;
        }
        try {
            Set<String> ids = new HashSet<>();
            rules.forEach(r -> ids.add(r.id()));
            readVersion = RuleProfileWriter.write(file, readVersion, ids, disabled, severities);
            dirty = false;
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.profile_saveFailedTitle,
                    NLS.bind(Messages.profile_saveFailed, file, e.getMessage()));
        }
    }

    /** The profile's lines without effect, one per line as the command line prints them, or "" when there are none. */
    public String warningText() {
        return String.join("\n", warnings.stream().map(ProfileWarning::toUserMessage).toList());
    }

    /** What the error page says, or null when the profile was read. */
    public String errorText() {
        return loadError == null ? null : NLS.bind(Messages.profile_unreadable, loadError.toUserMessage());
    }

    @Override
    public void doSaveAs() {
        // a profile is saved where it lives
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    /** 4R-2 before 4R-10: by family, then by number. */
    private static int byFamilyAndNumber(String a, String b) {
        String familyA = a.replaceAll("-\\d+$", "");
        String familyB = b.replaceAll("-\\d+$", "");
        int family = familyA.compareTo(familyB);
        return family != 0 ? family : Integer.compare(number(a), number(b));
    }

    private static int number(String id) {
        String digits = id.replaceAll("^.*-", "");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    private final class ChoiceEditing extends EditingSupport {

        ChoiceEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), CHOICES, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return List.of(CHOICES).indexOf(choiceText((RuleInfo) element));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                choose(((RuleInfo) element).id(), CHOICES[index]);
            }
        }
    }
}

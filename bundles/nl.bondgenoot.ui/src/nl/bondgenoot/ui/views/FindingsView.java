package nl.bondgenoot.ui.views;

import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.editor.ModelEditor;
import nl.bondgenoot.ui.session.ModelSession;

/**
 * "Bevindingen": the rule engine's findings for the open model, one row each, with the same texts
 * the CLI prints, for the active model or agenda editor (or the model opened at start). Double-click
 * goes to the element.
 */
public class FindingsView extends ViewPart {

    public static final String ID = "nl.bondgenoot.ui.views.findings";

    private final ModelSession session = BondgenootUi.session();
    private final ModelSession.Listener listener = s -> refresh();
    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);

        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);

        column(columns, Messages.findings_severity, new ColumnPixelData(110), false,
                f -> f.severity().label(), f -> severityImage(f.severity()));
        column(columns, Messages.findings_rule, new ColumnPixelData(60), false, Finding::ruleId, null);
        column(columns, Messages.findings_element, new ColumnWeightData(2, 180), true,
                f -> ElementLabels.label(f.element()), null);
        column(columns, Messages.findings_line, new ColumnPixelData(70), false, this::lineText, null);
        column(columns, Messages.findings_message, new ColumnWeightData(5, 300), true, Finding::message, null);
        column(columns, Messages.findings_source, new ColumnPixelData(105), false, Finding::source, null);
        // Long messages do not fit a 1200 pixel window: their cells show the full text on hover.
        ColumnViewerToolTipSupport.enableFor(viewer);

        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(this::showInExplorer);
        getSite().setSelectionProvider(viewer);

        session.addListener(listener);
        refresh();
    }

    private void column(TableColumnLayout layout, String title, ColumnLayoutData width, boolean toolTip,
            Function<Finding, String> text, Function<Finding, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Finding) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Finding) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return toolTip ? text.apply((Finding) element) : null;
            }
        });
    }

    private String lineText(Finding finding) {
        int line = session.lineOf(finding.element());
        return line > 0 ? Integer.toString(line) : "";
    }

    private static Image severityImage(Severity severity) {
        String key = switch (severity) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(session.findings());
        setContentDescription(summary());
    }

    private String summary() {
        if (!session.isOpen()) {
            return Messages.findings_noModel;
        }
        if (session.findings().isEmpty()) {
            return Messages.findings_none;
        }
        return NLS.bind(Messages.findings_count, new Object[] { count(Severity.ERROR), count(Severity.WARNING),
                count(Severity.INFO) });
    }

    private long count(Severity severity) {
        return session.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private void showInExplorer(DoubleClickEvent event) {
        if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Finding finding) {
            reveal(finding);
        }
    }

    /**
     * Goes to the element a finding is about: its name in the agenda editor, its node in the model
     * editor, otherwise its node in the Modelverkenner.
     */
    public void reveal(Finding finding) {
        IWorkbenchPage page = getSite().getPage();
        IEditorPart editor = page.getActiveEditor();
        EObject element = finding.element();
        if (editor instanceof AgendaEditor agenda && element.eResource() != null) {
            page.activate(agenda);
            agenda.reveal(element);
            return;
        }
        if (editor instanceof ModelEditor model && model.model() != null && EcoreUtil.getRootContainer(element) == model.model()) {
            page.activate(model);
            model.reveal(element);
            return;
        }
        try {
            ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
            explorer.reveal(element);
        } catch (PartInitException e) {
            ILog.of(FindingsView.class).error(e.getMessage(), e);
        }
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        session.removeListener(listener);
        super.dispose();
    }
}

package nl.bondgenoot.ui.properties;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.ui.Messages;

/** Bevindingen: what the rules say about the selected element, refreshed after every edit. */
public class FindingsSection extends AbstractPropertySection {

    private Table table;
    private ElementFindings findings;
    private Object element;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        Composite composite = getWidgetFactory().createFlatFormComposite(parent);
        table = getWidgetFactory().createTable(composite, SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.findings_severity, 110);
        column(Messages.findings_rule, 70);
        column(Messages.findings_message, 520);
        column(Messages.findings_source, 110);
        SectionLayout.fill(table);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        findings = part instanceof ElementFindings f ? f : null;
        element = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
    }

    @Override
    public void refresh() {
        table.removeAll();
        List<Finding> shown = findings == null || element == null ? List.of() : findings.findingsOn(element);
        for (Finding finding : shown) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { finding.severity().label(), finding.ruleId(), finding.message(), finding.source() });
        }
        if (shown.isEmpty()) {
            new TableItem(table, SWT.NONE).setText(2, Messages.properties_noFindings);
        }
    }

    /** The rows as "rule id: message", for tests. */
    public List<String> rows() {
        return java.util.Arrays.stream(table.getItems()).filter(row -> !row.getText(1).isEmpty())
                .map(row -> row.getText(1) + ": " + row.getText(2)).toList();
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}

package nl.bondgenoot.exchange.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.bondgenoot.exchange.preview.ImportPreview;
import nl.bondgenoot.ui.views.SortableTable;

/**
 * The preview of an import before anything changes: a line per row rejected (sheet, row, reason), added,
 * changed (old -&gt; new) and removed. Toepassen only when no row is rejected and something changes, as
 * the headless import refuses a sheet with rejected rows.
 */
public final class ImportPreviewDialog extends TitleAreaDialog {

    private final ImportPreview preview;
    private final String modelName;
    private SortableTable<PreviewRow> table;
    private Label detail;

    public ImportPreviewDialog(Shell parent, ImportPreview preview, String modelName) {
        super(parent);
        this.preview = preview;
        this.modelName = modelName;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.import_dialogTitle, modelName));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.preview_title);
        if (preview.hasRejections()) {
            setMessage(NLS.bind(Messages.preview_rejected, preview.samenvatting()), IMessageProvider.ERROR);
        } else if (preview.isEmpty()) {
            setMessage(Messages.preview_nothing, IMessageProvider.INFORMATION);
        } else {
            setMessage(NLS.bind(Messages.preview_message, preview.samenvatting()));
        }
        table = new SortableTable<>(area, PreviewRow.class)
                .text(Messages.preview_what, new ColumnPixelData(100), PreviewRow::wat)
                .text(Messages.preview_kind, new ColumnPixelData(150), PreviewRow::soort)
                .text(Messages.preview_where, new ColumnPixelData(150), PreviewRow::waar)
                .text(Messages.preview_element, new ColumnWeightData(2, 160), PreviewRow::element)
                .text(Messages.preview_detail, new ColumnWeightData(3, 220), PreviewRow::detail);
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(table.control());
        // The whole line of the selected row, wrapped: a reason or a change can be longer than its column.
        detail = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 4).hint(400, SWT.DEFAULT).applyTo(detail);
        table.viewer().addSelectionChangedListener(event -> showDetail(event.getStructuredSelection().getFirstElement()));
        List<PreviewRow> rows = PreviewRow.of(preview);
        table.setRows(rows);
        if (!rows.isEmpty()) {
            table.viewer().setSelection(new StructuredSelection(rows.get(0)), true);
        }
        return area;
    }

    private void showDetail(Object selected) {
        if (selected instanceof PreviewRow row) {
            String what = String.join(" \u2014 ", java.util.stream.Stream.of(row.wat(), row.soort(), row.waar(), row.element(),
                    row.detail()).filter(t -> !t.isEmpty()).toList());
            detail.setText(what.replace("&", "&&"));
            detail.getParent().layout(true, true);
        }
    }

    /** The whole line of the selected row, as shown under the table. */
    public String detailText() {
        return detail.getText().replace("&&", "&");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.preview_apply, !preview.hasRejections() && !preview.isEmpty())
                .setEnabled(!preview.hasRejections() && !preview.isEmpty());
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.preview_cancel, preview.hasRejections() || preview.isEmpty());
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1040, 600);
    }

    /** The preview's lines as shown. */
    public TableViewer viewer() {
        return table.viewer();
    }

    /** Whether Toepassen can be pressed. */
    public boolean canApply() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** Presses Toepassen (as a user does). */
    public void pressApply() {
        buttonPressed(IDialogConstants.OK_ID);
    }
}

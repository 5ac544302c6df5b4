package nl.bondgenoot.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What an editor shows instead of its content when its file cannot be read: an error icon and why. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static void create(Composite parent, String text) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Label icon = new Label(page, SWT.NONE);
        icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
    }
}

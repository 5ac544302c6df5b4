package nl.bondgenoot.ui.properties;

import org.eclipse.swt.layout.FormAttachment;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Control;

/** The tabs' sections lay out in the form layout the tabbed properties give them. */
final class SectionLayout {

    private SectionLayout() {
    }

    /** Lets the control take the whole section. */
    static void fill(Control control) {
        FormData fill = new FormData();
        fill.left = new FormAttachment(0, 0);
        fill.right = new FormAttachment(100, 0);
        fill.top = new FormAttachment(0, 0);
        fill.bottom = new FormAttachment(100, 0);
        control.setLayoutData(fill);
    }
}

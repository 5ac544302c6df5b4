package nl.bondgenoot.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A view's content or, while there is nothing to show, a hint what to do (open a model, a project). */
public final class HintStack {

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Label hint;

    public HintStack(Composite parent, String hintText) {
        stack = new Composite(parent, SWT.NONE);
        layout.marginWidth = 8;
        layout.marginHeight = 8;
        stack.setLayout(layout);
        hint = new Label(stack, SWT.WRAP);
        hint.setText(hintText);
    }

    /** The parent for the content control. */
    public Composite composite() {
        return stack;
    }

    public boolean isDisposed() {
        return stack.isDisposed();
    }

    /** Shows the content (true) or the hint (false). */
    public void show(Control content, boolean showContent) {
        layout.topControl = showContent ? content : hint;
        stack.layout();
    }

    /** What is shown now: the content or the hint. */
    public Control visible() {
        return layout.topControl;
    }

    /** Focuses what is shown: the content or the hint. */
    public void setFocus() {
        if (layout.topControl != null) {
            layout.topControl.setFocus();
        } else {
            stack.setFocus();
        }
    }
}

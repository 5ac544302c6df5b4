package nl.bondgenoot.ui.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Reads and closes a modal dialog from inside its own event loop: the test thread is the UI thread
 * and stays blocked in the dialog until it closes. Gives up (closing any other dialog) after 10 s
 * so a wrong title fails the test instead of hanging the build. Saves a screenshot of the dialog.
 */
final class ModalDialogCloser implements Runnable {

    private static final int POLL_MILLIS = 100;
    private static final int MAX_POLLS = 100;

    private final Display display = Display.getCurrent();
    private final String title;
    private final String button;
    private final String screenshot;
    private final List<String> texts = new ArrayList<>();
    private boolean found;
    private boolean stopped;
    private int polls;

    private ModalDialogCloser(String title, String button, String screenshot) {
        this.title = title;
        this.button = button;
        this.screenshot = screenshot;
    }

    static ModalDialogCloser closeWhenOpen(String title) {
        ModalDialogCloser closer = new ModalDialogCloser(title, null, "load-error.png");
        closer.display.timerExec(POLL_MILLIS, closer);
        return closer;
    }

    /** Presses the dialog's button with this text, as a click would. */
    static ModalDialogCloser pressWhenOpen(String title, String button, String screenshot) {
        ModalDialogCloser closer = new ModalDialogCloser(title, button, screenshot);
        closer.display.timerExec(POLL_MILLIS, closer);
        return closer;
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && title.equals(shell.getText())) {
                found = true;
                collectLabels(shell);
                try {
                    UiTestSupport.screenshot(shell, screenshot);
                } catch (IOException e) {
                    texts.add("screenshot failed: " + e);
                }
                Button pressed = button == null ? null : button(shell);
                if (pressed != null) {
                    pressed.notifyListeners(SWT.Selection, new Event());
                } else {
                    shell.close();
                }
                return;
            }
        }
        if (++polls < MAX_POLLS) {
            display.timerExec(POLL_MILLIS, this);
            return;
        }
        for (Shell shell : display.getShells()) {
            if (shell.getParent() != null && shell.isVisible()) {
                shell.close();
            }
        }
    }

    private Button button(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Button candidate && button.equals(candidate.getText())) {
                return candidate;
            }
            if (child instanceof Composite inner && button(inner) instanceof Button found) {
                return found;
            }
        }
        return null;
    }

    private void collectLabels(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite inner) {
                collectLabels(inner);
            }
        }
    }

    /** Stops watching (for a test that expects no dialog at all). */
    void stop() {
        stopped = true;
    }

    boolean found() {
        return found;
    }

    List<String> texts() {
        return texts;
    }
}

package nl.bondgenoot.agenda;

import java.util.function.Supplier;

/**
 * Places in the long steps of checking an agenda (linking each name, judging each name) where the
 * language server may stop for a moment to answer other requests (a hover on another agenda), so
 * that one agenda with a hundred thousand names does not make the editor wait for everything else.
 * Anywhere else (command line, workbench, a thread that did not ask) a pause point does nothing.
 */
public final class PausePoints {

    private static final ThreadLocal<Runnable> PAUSE = new ThreadLocal<>();

    private PausePoints() {
    }

    /** A point where the check may stop and let the current thread's pause run. */
    public static void here() {
        Runnable pause = PAUSE.get();
        if (pause != null) {
            pause.run();
        }
    }

    /** Runs the work on this thread with the pause run at each pause point it passes. */
    public static <T> T pausing(Runnable pause, Supplier<T> work) {
        Runnable outer = PAUSE.get();
        PAUSE.set(pause);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                PAUSE.remove();
            } else {
                PAUSE.set(outer);
            }
        }
    }
}

package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;

import nl.bondgenoot.diagram.server.DiagramServer;
import nl.bondgenoot.ui.editor.ErrorPage;

/** Starting and stopping the diagram server of a part whose page is shown in an SWT Browser (map, chain, comparison). */
final class WorkbenchServers {

    private WorkbenchServers() {
    }

    /**
     * Starts the server; when it cannot start, the part says why in place of its page (the browser, when
     * given, is disposed first), the details go to the log, and false is returned.
     */
    static boolean start(DiagramServer server, Composite parent, Browser browser, Path file, Class<?> part) {
        try {
            server.start();
            return true;
        } catch (Exception e) {
            Platform.getLog(part).error("De diagramserver kon niet starten", e);
            if (browser != null) {
                browser.dispose();
            }
            ErrorPage.create(parent, NLS.bind(Messages.editor_serverFailed, file.getFileName(), e.getMessage()));
            return false;
        }
    }

    /** Stops the server on a thread of its own: stopping waits for GLSP, which may be waiting for the UI thread. */
    static void stopAside(DiagramServer server, String threadName) {
        Thread stopping = new Thread(server::shutdown, threadName);
        stopping.setDaemon(true); // never keeps the workbench from exiting
        stopping.start();
    }
}

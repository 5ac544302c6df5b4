package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.agenda.ui.editor.AgendaEditor;
import nl.bondgenoot.diagram.server.DiagramServer;
import nl.bondgenoot.ui.editor.ErrorPage;
import nl.bondgenoot.ui.pages.EmbeddedBrowser;

/**
 * The Agendaketen of an agenda editor, beside it: the chain drawn by the description in an SWT Browser,
 * served read-only by a diagram server of this view on 127.0.0.1 (as the netwerkkaart is), from the
 * editor's text. It is drawn again after each background check of the text, unsaved changes included.
 */
public class AgendaketenView extends ViewPart {

    public static final String ID = "nl.bondgenoot.diagram.ui.agendaketen";

    private Composite parent;
    private Browser browser;
    private AgendaEditor editor;
    private DiagramServer server;
    private final IPartListener2 closing = new IPartListener2() {
        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                stopServer();
                editor = null;
                setContentDescription(Messages.chain_editorClosed);
                if (browser != null && !browser.isDisposed()) {
                    browser.setText("<html><body></body></html>");
                }
            }
        }
    };

    @Override
    public void createPartControl(Composite composite) {
        parent = composite;
        browser = EmbeddedBrowser.create(composite, "de agendaketen").orElse(null);
        if (browser == null) {
            ErrorPage.create(composite, NLS.bind(Messages.editor_noBrowser, EmbeddedBrowser.PACKAGE, "AGENDA.agenda"));
            return;
        }
        browser.setMenu(new Menu(browser)); // no "Reload": the chain follows the editor by itself
        getSite().getPage().addPartListener(closing);
    }

    /** Shows the chain of this editor's agenda (another editor's chain gives way). */
    public void show(AgendaEditor agendaEditor) {
        if (browser == null || browser.isDisposed() || agendaEditor == editor || agendaEditor.workingCopy() == null) {
            return;
        }
        stopServer();
        editor = agendaEditor;
        Path file = agendaEditor.workingCopy().file();
        server = new DiagramServer(file, new AgendaketenHost(new EditorAgenda(agendaEditor))).inWorkbench();
        if (!WorkbenchServers.start(server, parent, null, file, getClass())) {
            return;
        }
        setPartName(NLS.bind(Messages.chain_title, file.getFileName()));
        setContentDescription("");
        setTitleToolTip(file.toString());
        browser.setUrl(server.url().toString());
    }

    /** The agenda editor whose chain is shown, or null. */
    public AgendaEditor editor() {
        return editor;
    }

    public Browser browser() {
        return browser;
    }

    private void stopServer() {
        if (server != null) {
            WorkbenchServers.stopAside(server, "agendaketen-stop");
            server = null;
        }
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(closing);
        stopServer();
        super.dispose();
    }
}

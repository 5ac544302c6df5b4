package nl.bondgenoot.diagram.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.server.DiagramServer;
import nl.bondgenoot.ui.editor.ErrorPage;
import nl.bondgenoot.ui.pages.EmbeddedBrowser;
import nl.bondgenoot.ui.pages.ReadOnlyPage;

/**
 * A model compared with an older version on the map ("Vergelijken met"): the map page in an SWT Browser,
 * served by a diagram server of this editor on 127.0.0.1 (as `serve NIEUW --vergelijk OUD`), only shown:
 * nothing to save, the model editor's model is not touched. Both versions are read from disk when it opens.
 */
public class VergelijkkaartEditor extends ReadOnlyPage {

    public static final String ID = "nl.bondgenoot.diagram.ui.vergelijking";

    private VergelijkInput compared;
    private DiagramServer server;
    private Browser browser;
    private String title;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        super.init(site, input);
        compared = (VergelijkInput) input; // the only input this editor is opened with (VergelijkHandlers)
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        try {
            // read both before anything is served: an unreadable version is said with its file and line
            title = CompareView.open(compared.model(), compared.older(), warning -> Platform.getLog(getClass()).warn(warning)).title();
        } catch (CompareException e) {
            ErrorPage.create(parent, NLS.bind(Messages.compare_unreadable, e.getMessage()));
            return;
        }
        browser = EmbeddedBrowser.create(parent, "de vergelijking").orElse(null);
        if (browser == null) {
            ErrorPage.create(parent, NLS.bind(Messages.editor_noBrowser, EmbeddedBrowser.PACKAGE, compared.model()));
            return;
        }
        browser.setMenu(new Menu(browser));
        server = new DiagramServer(compared.model(), compared.older()).inWorkbench();
        if (!WorkbenchServers.start(server, parent, browser, compared.model(), getClass())) {
            return;
        }
        setContentDescription(title);
        browser.setUrl(server.url().toString());
    }

    /** "Vergelijking met …: 1 toegevoegd, …", or null when the versions could not be read. */
    public String title() {
        return title;
    }

    public Browser browser() {
        return browser;
    }

    /** The address the page was opened on (token included), or null when nothing is shown. */
    public String url() {
        return server == null ? null : server.url().toString();
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (server != null) {
            WorkbenchServers.stopAside(server, "vergelijking-stop");
        }
        super.dispose();
    }
}

package nl.bondgenoot.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nl.bondgenoot.ui.editor.AgendaFindings;
import nl.bondgenoot.ui.session.ModelSession;
import nl.bondgenoot.ui.welcome.WelcomePage;

/** The main window: size, chrome, and a title that names the open model file. */
class ApplicationWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    private final ModelSession.Listener titleUpdater = session -> updateTitle();
    private final AgendaFindings agendaFindings = new AgendaFindings();

    private final boolean welcome;

    /** @param welcome whether to start on the Welkom page (no model named on the command line) */
    ApplicationWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer, boolean welcome) {
        super(configurer);
        this.welcome = welcome;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ApplicationActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowPerspectiveBar(false);
        configurer.setShowStatusLine(false);
        configurer.setShowProgressIndicator(false);
        configurer.setTitle(Messages.window_title);
    }

    @Override
    public void postWindowOpen() {
        getWindowConfigurer().getWindow().getPartService().addPartListener(agendaFindings);
        BondgenootUi.session().addListener(titleUpdater);
        updateTitle();
        if (welcome) {
            openWelcome();
        }
    }

    /** Without a model on the command line the workbench starts with the Welkom page. */
    private void openWelcome() {
        try {
            WelcomePage.open(getWindowConfigurer().getWindow().getActivePage());
        } catch (PartInitException e) {
            ILog.of(ApplicationWorkbenchWindowAdvisor.class).error(e.getMessage(), e);
        }
    }

    @Override
    public void postWindowClose() {
        BondgenootUi.session().removeListener(titleUpdater);
    }

    private void updateTitle() {
        ModelSession session = BondgenootUi.session();
        getWindowConfigurer().setTitle(session.isOpen()
                ? NLS.bind(Messages.window_titleWithFile, session.file().getFileName())
                : Messages.window_title);
    }
}

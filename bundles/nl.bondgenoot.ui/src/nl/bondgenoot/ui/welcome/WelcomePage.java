package nl.bondgenoot.ui.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import nl.bondgenoot.examples.Voorbeelden;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.pages.PageInput;
import nl.bondgenoot.ui.pages.ReadOnlyPage;
import nl.bondgenoot.ui.project.ProjectExplorerView;

/**
 * "Welkom": what the workbench shows when it starts without a model. It says what Bondgenoot is
 * for and offers the first steps: a project from one of the shipped examples (made at once in
 * ~/Bondgenoot), a new or existing project, a model file.
 */
public class WelcomePage extends ReadOnlyPage {

    public static final String ID = "nl.bondgenoot.ui.welcome";
    private static final PageInput INPUT = new PageInput(Messages.welcome_title, Messages.welcome_heading);

    private final List<Button> exampleButtons = new ArrayList<>();
    private Path projectsFolder = Path.of(System.getProperty("user.home"), "Bondgenoot");

    public static WelcomePage open(IWorkbenchPage page) throws PartInitException {
        return (WelcomePage) page.openEditor(INPUT, ID);
    }

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scroller, SWT.NONE);
        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.welcome_heading);
        title.setFont(JFaceResources.getHeaderFont());
        text(page, Messages.welcome_intro);
        heading(page, Messages.welcome_examples);
        for (Voorbeelden.Voorbeeld voorbeeld : Voorbeelden.all()) {
            Button button = button(page, voorbeeld.titel(), () -> openExample(voorbeeld));
            button.setData(voorbeeld);
            exampleButtons.add(button);
        }
        heading(page, Messages.welcome_ownStart);
        button(page, Messages.welcome_newProject, () -> command("nl.bondgenoot.ui.commands.newProject"));
        button(page, Messages.welcome_openProject, () -> command("nl.bondgenoot.ui.commands.openProject"));
        button(page, Messages.welcome_openFile, () -> command("nl.bondgenoot.ui.commands.openModel"));
        scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT)); // a small window scrolls, nothing is cut off
    }

    /**
     * Makes a project from the example in the projects folder (a free name: "agendas", "agendas-2" ...)
     * and opens it as the new-project wizard does.
     */
    public Path openExample(Voorbeelden.Voorbeeld voorbeeld) {
        try {
            Path folder = freeFolder(voorbeeld.map());
            ProjectExplorerView.showNewProject(getSite().getPage(), BondgenootUi.project().create(folder, voorbeeld));
            return folder;
        } catch (IOException | PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.welcome_exampleFailedTitle, NLS.bind(Messages.welcome_exampleFailed, e.getMessage()));
            return null;
        }
    }

    private Path freeFolder(String name) {
        Path folder = projectsFolder.resolve(name);
        for (int i = 2; Files.exists(folder); i++) {
            folder = projectsFolder.resolve(name + "-" + i);
        }
        return folder;
    }

    /** Where example projects are made (~/Bondgenoot); tests point it elsewhere. */
    public void setProjectsFolder(Path folder) {
        projectsFolder = folder;
    }

    public List<Button> exampleButtons() {
        return exampleButtons;
    }

    private void command(String id) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(id, null);
        } catch (NotDefinedException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.window_title, e.getMessage());
        }
    }

    private static void text(Composite page, String text) {
        Label label = new Label(page, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
        data.widthHint = 560;
        label.setLayoutData(data);
    }

    private static void heading(Composite page, String text) {
        Label label = new Label(page, SWT.NONE);
        label.setText(text);
        label.setFont(JFaceResources.getBannerFont());
        GridData data = new GridData();
        data.verticalIndent = 12;
        label.setLayoutData(data);
    }

    private static Button button(Composite page, String text, Runnable action) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @Override
    public void setFocus() {
        if (!exampleButtons.isEmpty()) {
            exampleButtons.get(0).setFocus();
        }
    }
}

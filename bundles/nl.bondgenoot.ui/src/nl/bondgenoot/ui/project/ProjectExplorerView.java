package nl.bondgenoot.ui.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import nl.bondgenoot.agenda.ui.AgendaEditors;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.model.persistence.BondgenootFiles;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.provider.BondgenootEditPlugin;
import nl.bondgenoot.rules.engine.RuleProfile;
import nl.bondgenoot.ui.BondgenootUi;
import nl.bondgenoot.ui.Messages;
import nl.bondgenoot.ui.edit.ItemImages;
import nl.bondgenoot.ui.editor.FileEditors;
import nl.bondgenoot.ui.views.HintStack;

/**
 * "Projectverkenner": the open project's folders, models, agendas and rule profile, and under each
 * model the views of its network map. Double-click opens each in its editor (model editor, agenda
 * editor, Regelprofiel, the map on that view).
 */
public class ProjectExplorerView extends ViewPart {

    public static final String ID = "nl.bondgenoot.ui.views.project";

    private final BondgenootProject project = BondgenootUi.project();
    private final BondgenootProject.Listener listener = folder -> refresh();
    private HintStack stack;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        stack = new HintStack(parent, Messages.project_hint);
        viewer = new TreeViewer(stack.composite(), SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new FolderContent());
        viewer.setLabelProvider(new FileLabels());
        viewer.addDoubleClickListener(event -> {
            Object chosen = viewer.getStructuredSelection().getFirstElement();
            if (chosen instanceof Path file && Files.isRegularFile(file)) {
                open(file);
            } else if (chosen instanceof ModelView) {
                openView();
            }
        });
        getSite().setSelectionProvider(viewer);
        // Other bundles add to the context menu (the network map: "Netwerkkaart openen").
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        project.addListener(listener);
        refresh();
    }

    /** Reads the project folder again (after a wizard wrote files into it). */
    public void refresh() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(project.folder());
        if (project.folder() != null) {
            // the project's folders open; a model's views show when the model is opened in the tree
            for (Object child : ((ITreeContentProvider) viewer.getContentProvider()).getChildren(project.folder())) {
                if (child instanceof Path path && Files.isDirectory(path)) {
                    viewer.setExpandedState(path, true);
                }
            }
            for (Object element : expanded) {
                viewer.setExpandedState(element, true);
            }
        }
        setContentDescription(project.folder() == null ? "" : project.folder().toString());
        stack.show(viewer.getControl(), project.folder() != null);
    }

    /**
     * Shows a project just made (by the wizard or the Welkom page) and opens its first agenda, or
     * its first model when it has no agenda.
     */
    public static ProjectExplorerView showNewProject(IWorkbenchPage page, List<Path> files) throws PartInitException {
        ProjectExplorerView explorer = (ProjectExplorerView) page.showView(ID);
        explorer.refresh();
        files.stream().filter(AgendaEditors::isAgenda).findFirst()
                .or(() -> files.stream().filter(ModelFiles::isModelFile).findFirst())
                .ifPresent(explorer::open);
        return explorer;
    }

    /**
     * The map's command "Netwerkkaart openen" (declared by the map's bundle), which opens the view
     * selected here.
     */
    public static final String OPEN_MAP_COMMAND = "nl.bondgenoot.diagram.ui.open";

    private void openView() {
        try {
            getSite().getService(IHandlerService.class).executeCommand(OPEN_MAP_COMMAND, null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            Platform.getLog(getClass()).error("De weergave kon niet worden geopend", e);
        }
    }

    /** Opens a file of the project in its editor, as a double-click does. */
    public void open(Path file) {
        FileEditors.open(getSite().getPage(), file);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** Files may have been added outside the workbench: the folder is read again when the view is used. */
    @Override
    public void setFocus() {
        refresh();
        stack.setFocus();
    }

    @Override
    public void dispose() {
        project.removeListener(listener);
        super.dispose();
    }

    static boolean shown(Path path) {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return !name.startsWith(".") && !name.equals("target");
        }
        return ModelFiles.isModelFile(path) || AgendaEditors.isAgenda(path) || name.endsWith(NETWERKKAART)
                || name.equals(RuleProfile.FILE_NAME) || BeoordelingFiles.isBeoordelingFile(path);
    }

    /** The network map's notation file beside a model (written by the map, opened in the map's editor). */
    private static final String NETWERKKAART = "." + BondgenootFiles.NOTATION_EXTENSION;

    private static final class FolderContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Path model && ModelFiles.isModelFile(model)) {
                return views(model);
            }
            if (!(parent instanceof Path folder) || !Files.isDirectory(folder)) {
                return new Object[0];
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.filter(ProjectExplorerView::shown)
                        .sorted(Comparator.comparing((Path p) -> !Files.isDirectory(p)).thenComparing(p -> p.getFileName().toString()))
                        .toArray();
            } catch (IOException e) {
                return new Object[0];
            }
        }

        /** The views of a model's map, as its notation file holds them (none when that file cannot be read). */
        private static Object[] views(Path model) {
            try {
                return NotationFile.read(NotationFile.besides(model)).names().stream().map(name -> new ModelView(model, name))
                        .toArray();
            } catch (NotationException e) {
                return new Object[0];
            }
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof ModelView view) {
                return view.model();
            }
            return element instanceof Path path ? path.getParent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Path path && (Files.isDirectory(path) || ModelFiles.isModelFile(path));
        }
    }

    /** Folders and the profile with the platform's icons; models and agendas with the model's own. */
    private static final class FileLabels extends LabelProvider {

        private final ItemImages images = new ItemImages();

        @Override
        public void dispose() {
            images.dispose();
            super.dispose();
        }

        @Override
        public String getText(Object element) {
            if (element instanceof ModelView view) {
                return view.name();
            }
            return element instanceof Path path ? path.getFileName().toString() : String.valueOf(element);
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof ModelView) {
                return images.get(BondgenootEditPlugin.INSTANCE.getImage("full/obj16/Netwerk"));
            }
            if (!(element instanceof Path path)) {
                return null;
            }
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                return shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
            }
            if (ModelFiles.isModelFile(path)) {
                return images.get(BondgenootEditPlugin.INSTANCE.getImage("full/obj16/Governancemodel"));
            }
            if (AgendaEditors.isAgenda(path)) {
                return images.get(BondgenootEditPlugin.INSTANCE.getImage("full/obj16/MaatschappelijkeAgenda"));
            }
            if (name.endsWith(NETWERKKAART)) {
                return images.get(BondgenootEditPlugin.INSTANCE.getImage("full/obj16/Netwerk"));
            }
            return shared.getImage(ISharedImages.IMG_OBJ_FILE);
        }
    }
}

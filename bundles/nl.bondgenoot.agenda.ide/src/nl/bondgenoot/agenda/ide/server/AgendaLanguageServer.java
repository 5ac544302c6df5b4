package nl.bondgenoot.agenda.ide.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.model.project.ProjectFolder;

/**
 * Xtext's language server, with every diagnostic naming Bondgenoot as its source, so an editor that
 * mixes several servers shows where a message comes from. A rule finding has its rule id as code and
 * reads as on the command line after it: "Opgave ... (S0:544-550, 667-669)".
 */
public class AgendaLanguageServer extends LanguageServerImpl {

    /** The {@code source} of every diagnostic this server publishes. */
    public static final String DIAGNOSTIC_SOURCE = "bondgenoot";

    /** What an editor that opens a model file is told, once. */
    static final String AGENDAS_ONLY = "Bondgenoot: deze taalserver controleert agenda's (.agenda). De bevindingen van een"
            + " modelbestand (.bondgenoot) geven 'bondgenoot validate BESTAND' en de werkbank; agenda's volgen het model"
            + " zodra het bewaard is.";

    private volatile InitializeParams initializeParams;
    private volatile FileWatcher watcher;
    /** The projects the server serves: those of the folders the editor opened, and of agendas opened from elsewhere. */
    private final Set<Path> projectRoots = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean toldAboutModels = new AtomicBoolean();

    /**
     * An editor that opens a single file may send no folder at all, on which Xtext fails; the
     * folder the server was started in is then the project.
     */
    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
        if (noFolders && params.getRootUri() == null && params.getRootPath() == null) {
            Path here = Path.of("").toAbsolutePath();
            params.setRootUri(here.toUri().toString());
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(here.toUri().toString(), String.valueOf(here.getFileName()))));
        }
        initializeParams = params;
        List<WorkspaceFolder> folders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty()
                ? List.of(new WorkspaceFolder(params.getRootUri() != null ? params.getRootUri()
                        : Path.of(params.getRootPath()).toUri().toString(), "")) // an editor that names only its root
                : params.getWorkspaceFolders();
        projectRoots.addAll(ProjectWorkspaceConfigs.projectRoots(folders));
        return super.initialize(params);
    }

    /**
     * Asks the editor to report changes of model files, agendas and project markers made outside it (an
     * actor renamed in the workbench, a rule switched off in the profile): Xtext then rebuilds and
     * republishes the agendas' diagnostics. An editor that
     * cannot be asked at run time (Neovim 0.7) gets the server's own watcher over the projects' folders.
     */
    @Override
    public void initialized(InitializedParams params) {
        super.initialized(params);
        if (editorRegistersFileWatchers() && getLanguageClient() != null) {
            List<FileSystemWatcher> watchers = WatchedFiles.globs().stream().map(glob -> new FileSystemWatcher(Either.forLeft(glob))).toList();
            Registration registration = new Registration("bondgenoot-bestanden", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers));
            getLanguageClient().registerCapability(new RegistrationParams(List.of(registration)));
        } else {
            watchFilesItself();
        }
    }

    private void watchFilesItself() {
        try {
            watcher = new FileWatcher(projectRoots, events -> didChangeWatchedFiles(new DidChangeWatchedFilesParams(events)));
        } catch (IOException e) {
            System.err.println("bondgenoot lsp: kan de projectmappen niet volgen (" + e.getMessage()
                    + "); wijzigingen in modelbestanden ziet de server pas na een herstart");
        }
    }

    /**
     * Model files and agendas changed on disk are rebuilt by Xtext. A project marker created or deleted
     * may change the projects (a folder becomes a project of its own, or stops being one): they are
     * computed again after any news of a marker, since a file created and written at once may be
     * reported as only changed. A rule profile changed, created or deleted changes the findings, not the
     * files: the agendas below its folder are judged again, also the open ones with their unsaved text.
     */
    @Override
    protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
        List<FileEvent> files = new ArrayList<>();
        boolean markers = false;
        List<Path> profileFolders = new ArrayList<>();
        for (FileEvent event : params.getChanges()) {
            Path file = pathOf(event.getUri());
            if (file != null && WatchedFiles.isProjectMarker(file)) {
                markers = true;
                if (WatchedFiles.isProfile(file)) {
                    profileFolders.add(file.getParent());
                }
            } else {
                files.add(event);
            }
        }
        ProjectWorkspaceManager workspace = (ProjectWorkspaceManager) getWorkspaceManager();
        if (markers) {
            workspace.refreshProjects(CancelIndicator.NullImpl);
        }
        Buildable changedFiles = super.toBuildable(new DidChangeWatchedFilesParams(files));
        Buildable judgedAgain = workspace.judgeAgain(uri -> isAgenda(uri.toString()) && uri.isFile()
                && profileFolders.stream().anyMatch(Path.of(uri.toFileString()).toAbsolutePath().normalize()::startsWith));
        return cancelIndicator -> {
            List<IResourceDescription.Delta> deltas = new ArrayList<>(changedFiles.build(cancelIndicator));
            deltas.addAll(judgedAgain.build(cancelIndicator));
            return deltas;
        };
    }

    /**
     * The server serves agendas. A model file (.bondgenoot) the editor opens is not taken as a text to
     * check while it is typed: the editor hears once that its findings come from {@code bondgenoot
     * validate} and the workbench, and that agendas follow the model once it is saved.
     */
    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (isAgenda(params.getTextDocument().getUri())) {
            addProjectOf(params.getTextDocument().getUri());
            super.didOpen(params);
        } else if (getLanguageClient() != null && toldAboutModels.compareAndSet(false, true)) {
            getLanguageClient().showMessage(new MessageParams(MessageType.Info, AGENDAS_ONLY));
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (isAgenda(params.getTextDocument().getUri())) {
            super.didChange(params);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (isAgenda(params.getTextDocument().getUri())) {
            super.didClose(params);
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (isAgenda(params.getTextDocument().getUri())) {
            super.didSave(params);
        }
    }

    /**
     * An agenda opened from outside the folders the editor named gets its own project (the nearest
     * folder with bondgenoot.profiel or .project), as on the command line, instead of being read alone.
     */
    private void addProjectOf(String uri) {
        Path file = pathOf(uri);
        if (file == null) {
            return;
        }
        if (projectRoots.stream().anyMatch(file::startsWith)) {
            return;
        }
        Path root = ProjectFolder.of(file);
        projectRoots.add(root);
        didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(
                List.of(new WorkspaceFolder(root.toUri().toString(), String.valueOf(root.getFileName()))), List.of())));
        FileWatcher current = watcher;
        if (current != null) {
            current.watch(root);
        }
    }

    /** The file a URI names, or {@code null} when it is no file on this machine. */
    private static Path pathOf(String uri) {
        try {
            return Path.of(java.net.URI.create(uri)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private static boolean isAgenda(String uri) {
        return uri != null && uri.endsWith("." + AgendaFiles.FILE_EXTENSION);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        stopWatching();
        return super.shutdown();
    }

    @Override
    public void exit() {
        stopWatching();
        super.exit();
    }

    private void stopWatching() {
        FileWatcher current = watcher;
        if (current != null) {
            current.close();
        }
    }

    private boolean editorRegistersFileWatchers() {
        InitializeParams params = initializeParams;
        if (params == null || params.getCapabilities() == null || params.getCapabilities().getWorkspace() == null
                || params.getCapabilities().getWorkspace().getDidChangeWatchedFiles() == null) {
            return false;
        }
        return Boolean.TRUE.equals(params.getCapabilities().getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    }

    /** At most {@link PublishedDiagnostics#MOST} of a file's problems, and how many more there are. */
    @Override
    protected List<Diagnostic> toDiagnostics(Iterable<? extends Issue> issues) {
        return PublishedDiagnostics.of(issues, this::toDiagnostic);
    }

    /**
     * The diagnostic's {@code code} is what users may look up: the rule id, or SYNTAX / KOPPELING, never
     * one of Xtext's internal codes; the message does not repeat it, editors show the code beside it.
     */
    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource(DIAGNOSTIC_SOURCE);
        String code = AgendaIssueCodes.shown(issue.isSyntaxError(), issue.getCode());
        diagnostic.setCode(code);
        String prefix = "[" + code + "] ";
        String message = issue.getMessage();
        if (message != null && message.startsWith(prefix)) {
            diagnostic.setMessage(message.substring(prefix.length()));
        }
        return diagnostic;
    }
}

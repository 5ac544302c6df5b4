package nl.bondgenoot.agenda.ide.server;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

import nl.bondgenoot.model.project.ProjectFolder;

/**
 * Watches the projects' folders for editors that cannot be asked to report file changes (Neovim 0.7
 * and others without dynamic registration): a model file, agenda or project marker ({@link WatchedFiles})
 * changed, created, deleted or put in place by renaming a temporary file (how the workbench saves) is
 * reported as the editor would report it.
 * Events that arrive together are reported together, once they settle.
 */
final class FileWatcher implements AutoCloseable {

    /** How long events are gathered before they are reported: a save is a burst of events. */
    private static final long SETTLE_MILLIS = 150;

    private final WatchService service;
    private final Consumer<List<FileEvent>> report;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    FileWatcher(Collection<Path> roots, Consumer<List<FileEvent>> report) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.report = report;
        for (Path root : roots) {
            registerTree(root);
        }
        thread = new Thread(this::run, "bondgenoot-bestandswachter");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches one more project folder (an agenda opened from outside the editor's folders). */
    void watch(Path root) {
        try {
            registerTree(root);
        } catch (IOException e) {
            // a folder that cannot be watched is read again only when the editor reports a change
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, Set.of(), ProjectFolder.MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ProjectFolder.skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                synchronized (folders) {
                    if (!folders.containsValue(dir)) {
                        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                Map<Path, FileChangeType> changes = new LinkedHashMap<>();
                collect(service.take(), changes);
                for (WatchKey more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                        more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, changes);
                }
                if (!changes.isEmpty()) {
                    List<FileEvent> events = new ArrayList<>();
                    changes.forEach((file, type) -> events.add(new FileEvent(file.toUri().toString(), type)));
                    report.accept(events);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server ends
        }
    }

    private void collect(WatchKey key, Map<Path, FileChangeType> changes) {
        Path folder;
        synchronized (folders) {
            folder = folders.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == OVERFLOW) {
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file);
                } catch (IOException e) {
                    // a folder that vanished at once holds nothing to watch
                }
            } else if (WatchedFiles.wanted(file)) {
                FileChangeType type = event.kind() == ENTRY_DELETE ? FileChangeType.Deleted
                        : event.kind() == ENTRY_CREATE ? FileChangeType.Created : FileChangeType.Changed;
                // the last word counts: deleted and created again (a rename over it) is there again
                changes.put(file, type == FileChangeType.Deleted || Files.exists(file) ? type : FileChangeType.Deleted);
            }
        }
        if (!key.reset()) {
            synchronized (folders) {
                folders.remove(key);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}

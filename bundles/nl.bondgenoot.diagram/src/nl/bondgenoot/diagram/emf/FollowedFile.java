package nl.bondgenoot.diagram.emf;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.AgendaProject;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelLoadException;

/**
 * A model the diagram only shows, read from a text that is written elsewhere (an agenda: its text is
 * the one source). It is read again when the file, or a model or agenda beside it that its names may
 * refer to, changes on disk: {@value #QUIET_MS} ms after the last change, since an editor may write a
 * file in several steps. A reading that does not read whole is not shown: the last good model stays,
 * and the problem (Dutch, file:line: message) is told until a good reading replaces it.
 */
public final class FollowedFile extends ShownModel implements AutoCloseable {

    /** How long the files must stay unchanged before they are read again. */
    public static final long QUIET_MS = 250;

    private final Path file;
    private final ScheduledExecutorService timer;
    private final WatchService watcher;
    private ScheduledFuture<?> pending;

    private FollowedFile(Path file, Governancemodel first) throws IOException {
        super(first);
        this.file = file.toAbsolutePath().normalize();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "bondgenoot-volgt-" + file.getFileName()));
        this.watcher = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        daemon(this::watch, "bondgenoot-bestandswachter").start();
    }

    /** Reads the agenda (with its project, as `validate` does) and follows it; a text that does not read whole is refused. */
    public static FollowedFile start(Path file) throws ModelLoadException {
        Governancemodel first = AgendaFiles.load(file);
        try {
            return new FollowedFile(file, first);
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, "kan de map van het bestand niet volgen: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || event.context() instanceof Path changed && concerns(changed);
                }
                key.reset();
                if (relevant) {
                    readSoon();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server stops
        }
    }

    /** The file itself, or a model or agenda beside it that its names may refer to. */
    private boolean concerns(Path changed) {
        String name = changed.getFileName().toString();
        return changed.getFileName().equals(file.getFileName())
                || AgendaProject.EXTENSIONS.stream().anyMatch(extension -> name.endsWith("." + extension));
    }

    private synchronized void readSoon() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::readFile, QUIET_MS, TimeUnit.MILLISECONDS);
    }

    private void readFile() {
        try {
            read(AgendaFiles.load(file), null);
        } catch (ModelLoadException e) {
            read(null, e.toUserMessage());
        } catch (RuntimeException e) {
            read(null, file + ": kan de agenda niet lezen (" + e + ")");
        }
    }

    @Override
    public void close() {
        forgetListeners();
        timer.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            // stopping: nothing to tell
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}

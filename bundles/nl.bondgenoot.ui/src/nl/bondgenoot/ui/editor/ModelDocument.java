package nl.bondgenoot.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.FormatVersions;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.UnreadableFileException;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.ui.Messages;

/**
 * One model file as all its editors share it (the model editor's tree and the network map): the
 * model, its editing domain with the one command stack (one undo history, live sync), the rule
 * findings on it, and one save that writes the model and what editors keep beside it (the map's
 * notation). The first editor of a file opens it, the last one lets it go. UI thread only.
 */
public final class ModelDocument {

    /** Something written together with the model as one unit, such as the map's notation file. */
    public interface SaveParticipant {
        /** What to write beside the model when it is saved to this file (its own, or a copy's). */
        List<AtomicWrite.Part> parts(Path modelFile);
    }

    private static final Map<Path, ModelDocument> OPEN = new HashMap<>();

    private final Path file;
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new ResourceItemProviderAdapterFactory(), new BondgenootAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
    private final List<SaveParticipant> participants = new ArrayList<>();
    private final ListenerList<Runnable> saveListeners = new ListenerList<>();
    private Governancemodel model;
    private UnreadableFileException loadError;
    private boolean loading;
    private int users;
    private List<Finding> findings = List.of();
    private String profileProblem;

    private ModelDocument(Path file) {
        this.file = file;
    }

    /** The document of the file, opened for one more editor; give it back with {@link #release()}. */
    public static ModelDocument acquire(Path file) {
        ModelDocument document = OPEN.computeIfAbsent(file.toAbsolutePath().normalize(), ModelDocument::new);
        document.users++;
        return document;
    }

    /** The document of the file if an editor has it open. */
    public static ModelDocument ifOpen(Path file) {
        return OPEN.get(file.toAbsolutePath().normalize());
    }

    /** One editor less; the last one closes the document (unsaved changes are then dropped). True when closed. */
    public boolean release() {
        if (--users > 0) {
            return false;
        }
        OPEN.remove(file);
        adapterFactory.dispose();
        return true;
    }

    /** Reads the model now, unless it was read already or is being read in the background. */
    public void load() {
        if (model != null || loadError != null || loading) {
            return;
        }
        try {
            model = ModelFiles.load(domain.getResourceSet(), file);
        } catch (UnreadableFileException e) {
            loadError = e; // editors show why; nothing will ever be saved over the file
        }
    }

    /** Whether the model is being read in the background (by the model editor, for large files). */
    public boolean isLoading() {
        return loading;
    }

    void loadingStarted() {
        loading = true;
    }

    void loadingFinished(Governancemodel loaded, UnreadableFileException error) {
        loading = false;
        model = loaded;
        loadError = error;
    }

    /**
     * Writes the model and everything saved with it as one unit; then no editor of it is dirty.
     * Refused, with nothing written, when the file changed on disk since it was read
     * ({@link nl.bondgenoot.model.persistence.FileChangedException}) or is read-only.
     */
    public void save() throws IOException {
        if (model == null) {
            return;
        }
        ModelFiles.save(model.eResource(), companions(file));
        saved();
    }

    /**
     * Writes the model and what is saved with it to another file ("Opslaan als…" after a refused
     * save); this document stays the one of its own file, with its changes unsaved.
     */
    public void saveCopy(Path other) throws IOException {
        ModelFiles.saveCopy(model.eResource(), other, companions(other.toAbsolutePath().normalize()));
    }

    private List<AtomicWrite.Part> companions(Path modelFile) {
        List<AtomicWrite.Part> parts = new ArrayList<>();
        participants.forEach(participant -> parts.addAll(participant.parts(modelFile)));
        return parts;
    }

    private void saved() {
        commandStack.saveIsDone();
        saveListeners.forEach(Runnable::run);
    }

    public void addSaveParticipant(SaveParticipant participant) {
        participants.add(participant);
    }

    public void removeSaveParticipant(SaveParticipant participant) {
        participants.remove(participant);
    }

    /** Told after each save, from whichever editor it came (to update the dirty mark). */
    public void addSaveListener(Runnable listener) {
        saveListeners.add(listener);
    }

    public void removeSaveListener(Runnable listener) {
        saveListeners.remove(listener);
    }

    /**
     * Runs the rule engine with the project's profile over the model as it now is; with the default
     * rules when the profile cannot be read (then {@link #profileProblem()} says why).
     */
    public List<Finding> judge() {
        try {
            findings = List.copyOf(Rules.engineFor(file).validate(model));
            profileProblem = null;
        } catch (ProfileException e) {
            findings = List.copyOf(Rules.engine().validate(model));
            profileProblem = e.toUserMessage();
        }
        return findings;
    }

    /** The findings of the last {@link #judge()}. */
    public List<Finding> findings() {
        return findings;
    }

    public String profileProblem() {
        return profileProblem;
    }

    /**
     * Whether the file on disk differs from the model: edited, or read from an older model version
     * (then a save writes it in the current one; it is never written without the user saving).
     */
    public boolean isDirty() {
        return loadError == null && (commandStack.isSaveNeeded()
                || model != null && model.eResource() != null && FormatVersions.migratedFrom(model.eResource()) != null);
    }

    /**
     * That the file was read from an older model version and is written in the current one only
     * when the user saves; empty when it is of the current version (or was saved since).
     */
    public String migrationNote() {
        String from = model == null || model.eResource() == null ? null : FormatVersions.migratedFrom(model.eResource());
        return from == null ? "" : NLS.bind(Messages.modelEditor_migrated,
                new Object[] { file.getFileName(), from, FormatVersions.current() });
    }

    public Path file() {
        return file;
    }

    /** The model, or null while it is read or when it cannot be read. */
    public Governancemodel model() {
        return model;
    }

    public UnreadableFileException loadError() {
        return loadError;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }
}

package nl.bondgenoot.beoordeling.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.instrumenten.Instrumenten;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.provider.custom.BondgenootAdapterFactory;

/**
 * One assessment file as its form editor edits it: the assessment and the model it refers to (read by
 * {@link BeoordelingFiles} into the editing domain's resource set), its instrument from the registry, and
 * the one command stack that gives Ongedaan maken / Opnieuw. A file that cannot be read keeps the Dutch
 * reason (file and line) and is never written.
 */
public final class BeoordelingDocument {

    private final Path file;
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new ResourceItemProviderAdapterFactory(), new BondgenootAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
    private Beoordeling beoordeling;
    private Instrument instrument;
    private String loadError;

    public BeoordelingDocument(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** Reads the file; when it cannot be read, or its instrument is not installed, {@link #loadError()} says why. */
    public void load() {
        try {
            beoordeling = BeoordelingFiles.load(domain.getResourceSet(), file);
            instrument = Instrumenten.find(beoordeling.getInstrumentId()).orElse(null);
            if (instrument == null) {
                loadError = file + ": instrument '" + beoordeling.getInstrumentId() + "' is niet geïnstalleerd";
                beoordeling = null;
            }
        } catch (ModelLoadException e) {
            loadError = e.toUserMessage();
        }
    }

    /** Writes the assessment atomically; nothing when it could not be read. */
    public void save() throws IOException {
        if (beoordeling == null) {
            return;
        }
        BeoordelingFiles.save(beoordeling);
        commandStack.saveIsDone();
    }

    public boolean isDirty() {
        return beoordeling != null && commandStack.isSaveNeeded();
    }

    public Path file() {
        return file;
    }

    public Beoordeling beoordeling() {
        return beoordeling;
    }

    public Instrument instrument() {
        return instrument;
    }

    public Governancemodel model() {
        return beoordeling == null ? null : beoordeling.getModel();
    }

    /** The practice's name: its netwerk, or the whole model. */
    public String onderwerp() {
        if (beoordeling.getOnderwerp() != null) {
            return beoordeling.getOnderwerp().getNaam();
        }
        return model() == null || model().getNaam() == null ? Messages.editor_wholeModel
                : model().getNaam() + " (" + Messages.editor_wholeModel + ")";
    }

    public String loadError() {
        return loadError;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}

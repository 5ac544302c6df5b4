package nl.bondgenoot.diagram.glsp;

import java.io.IOException;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/** Reads and writes the served model file through the model bundle (atomic saves, Dutch errors). */
public class GovernanceModelStorage implements SourceModelStorage {

    @Inject
    private NetwerkkaartModelState state;

    @Inject
    private ServedModel served;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        try {
            state.setModel(ModelFiles.load(served.file()));
        } catch (ModelLoadException e) {
            throw new GLSPServerException(e.toUserMessage(), e);
        }
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        try {
            ModelFiles.save(state.getModel().eResource());
            state.saveIsDone();
        } catch (IOException e) {
            throw new GLSPServerException("Opslaan van " + served.file() + " is mislukt: " + e.getMessage(), e);
        }
    }
}

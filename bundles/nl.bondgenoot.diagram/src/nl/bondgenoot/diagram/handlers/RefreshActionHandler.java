package nl.bondgenoot.diagram.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Draws the model again after a change made elsewhere; markers follow through live validation. */
public class RefreshActionHandler extends AbstractActionHandler<RefreshAction> {

    @Inject
    private ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(RefreshAction action) {
        return submission.submitModel("vernieuwd");
    }
}

package nl.bondgenoot.diagram.glsp;

import nl.bondgenoot.model.Governancemodel;

import org.eclipse.glsp.server.model.DefaultGModelState;

/** Per client session: the semantic model next to the GModel that is drawn from it. */
public class NetwerkkaartModelState extends DefaultGModelState {

    private Governancemodel model;

    public Governancemodel getModel() {
        return model;
    }

    public void setModel(Governancemodel model) {
        this.model = model;
    }
}

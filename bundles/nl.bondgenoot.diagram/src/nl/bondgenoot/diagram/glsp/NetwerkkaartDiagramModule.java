package nl.bondgenoot.diagram.glsp;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;

/** Wires the network map: model state, storage, GModel factory and rule markers. */
public class NetwerkkaartDiagramModule extends DiagramModule {

    private final ServedModel served;

    public NetwerkkaartDiagramModule(ServedModel served) {
        this.served = served;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(ServedModel.class).toInstance(served);
    }

    @Override
    public String getDiagramType() {
        return NetwerkkaartTypes.DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return NetwerkkaartDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return NetwerkkaartModelState.class;
    }

    @Override
    protected void configureGModelState(Class<? extends GModelState> state) {
        super.configureGModelState(state);
        bind(NetwerkkaartModelState.class).in(com.google.inject.Singleton.class);
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return GovernanceModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return NetwerkkaartGModelFactory.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return RuleMarkerValidator.class;
    }
}

package nl.bondgenoot.diagram.glsp;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.handlers.MapRequestHandler;
import nl.bondgenoot.diagram.handlers.MapOperationActionHandler;
import nl.bondgenoot.diagram.handlers.RefreshActionHandler;
import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.palette.NetwerkkaartPalette;
import nl.bondgenoot.diagram.validation.RuleMarkerValidator;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.RequestModelActionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.operations.OperationActionHandler;

import com.google.inject.Singleton;

import nl.bondgenoot.diagram.handlers.ApplyLabelEditHandler;
import nl.bondgenoot.diagram.handlers.AutoLayoutHandler;
import nl.bondgenoot.diagram.handlers.ChangeBoundsHandler;
import nl.bondgenoot.diagram.handlers.ChangeRoutingPointsHandler;
import nl.bondgenoot.diagram.handlers.CreateEdgeHandler;
import nl.bondgenoot.diagram.handlers.CreateNodeHandler;
import nl.bondgenoot.diagram.handlers.DeleteHandler;
import nl.bondgenoot.diagram.handlers.LayoutHandler;
import nl.bondgenoot.diagram.handlers.NaamValidator;
import nl.bondgenoot.diagram.handlers.ReconnectHandler;
import nl.bondgenoot.diagram.handlers.ShowAsHandler;
import nl.bondgenoot.diagram.handlers.TableEditHandler;
import nl.bondgenoot.diagram.handlers.TableRequestHandler;
import nl.bondgenoot.diagram.handlers.ViewStateHandler;

/**
 * Wires the network map as in GLSP's java-emf template: model state, source-model storage, GModel
 * factory, one handler per operation, palette, label validator and rule markers.
 */
public class NetwerkkaartDiagramModule extends DiagramModule {

    private final ServedModel served;
    private final ModelHost host;

    public NetwerkkaartDiagramModule(ServedModel served) {
        this(served, new ModelHost());
    }

    /** With the host of the model (the workbench lends its editor's model, domain and UI thread). */
    public NetwerkkaartDiagramModule(ServedModel served, ModelHost host) {
        this.served = served;
        this.host = host;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(ServedModel.class).toInstance(served);
        bind(ModelHost.class).toInstance(host);
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
        bind(NetwerkkaartModelState.class).in(Singleton.class);
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

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return NetwerkkaartPalette.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return NaamValidator.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.rebind(RequestModelActionHandler.class, MapRequestHandler.class);
        binding.rebind(OperationActionHandler.class, MapOperationActionHandler.class);
        binding.add(RefreshActionHandler.class);
        binding.add(TableRequestHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.rebind(LayoutOperationHandler.class, LayoutHandler.class);
        binding.add(AutoLayoutHandler.class);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
        binding.add(ReconnectHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.add(ChangeRoutingPointsHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(ApplyLabelEditHandler.class);
        binding.add(ShowAsHandler.class);
        binding.add(ViewStateHandler.class);
        binding.add(TableEditHandler.class);
    }
}

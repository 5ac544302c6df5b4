package nl.bondgenoot.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.validation.RuleMarkerValidator;
import nl.bondgenoot.diagram.emf.ServedModel;

/**
 * One diagram session without a browser: the real model state, storage, GModel factory, rule
 * markers and operation handlers, wired by Guice as GLSP wires them, with an action dispatcher that
 * records what the server would send to the client. Operations run as GLSP's OperationActionHandler
 * runs them: the handler makes a command, the model state executes it, the GModel is made anew.
 */
final class DiagramSession {

    /** Records the actions the server sends; nothing is delivered. */
    static final class RecordingDispatcher implements ActionDispatcher {
        final List<Action> sent = new ArrayList<>();

        @Override
        public synchronized CompletableFuture<Void> dispatch(Action action) {
            sent.add(action);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public synchronized void dispatchAfterNextUpdate(Action... actions) {
            sent.addAll(List.of(actions));
        }

        @Override
        public void dispose() {
        }

        @Override
        public boolean isDisposed() {
            return false;
        }
    }

    final Path file;
    final NetwerkkaartModelState state;
    final RecordingDispatcher dispatcher = new RecordingDispatcher();
    private final Injector injector;

    DiagramSession(Path file) {
        this.file = file;
        injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(String.class).annotatedWith(ClientId.class).toInstance("test");
                bind(ServedModel.class).toInstance(new ServedModel(file));
                bind(ModelHost.class).toInstance(new ModelHost());
                bind(NetwerkkaartModelState.class).in(com.google.inject.Singleton.class);
                bind(GModelState.class).to(NetwerkkaartModelState.class);
                bind(ActionDispatcher.class).toInstance(dispatcher);
            }
        });
        state = injector.getInstance(NetwerkkaartModelState.class);
    }

    /** A copy of an example file in a folder of its own, opened as `bondgenoot serve` opens it. */
    static DiagramSession openCopy(Path folder, String example) throws Exception {
        Path root = Path.of(System.getProperty("bondgenoot.root", "../.."));
        Path copy = folder.resolve(Path.of(example).getFileName());
        Files.copy(root.resolve(example), copy);
        return open(copy);
    }

    static DiagramSession open(Path file) {
        return open(file, null);
    }

    /** Opens one view of the model, as the page {@code ?weergave=NAAM} asks for it (null: the default view). */
    static DiagramSession open(Path file, String view) {
        DiagramSession session = new DiagramSession(file);
        RequestModelAction request = view == null ? new RequestModelAction()
                : new RequestModelAction(java.util.Map.of(GovernanceModelStorage.VIEW_OPTION, view));
        session.get(GovernanceModelStorage.class).loadSourceModel(request);
        session.draw();
        return session;
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /** Makes the GModel anew and gives every node a size, as the browser's measuring would. */
    void draw() {
        get(NetwerkkaartGModelFactory.class).createGModel();
        for (GModelElement child : state.getRoot().getChildren()) {
            if (child instanceof GNode node) {
                node.setSize(GraphUtil.dimension(180, 60));
            }
        }
    }

    /** Runs an operation through its handler; returns whether the handler made a command. */
    <O extends Operation> boolean run(Class<? extends OperationHandler<O>> handlerType, O operation) {
        OperationHandler<O> handler = get(handlerType);
        if (!handler.handles(operation)) {
            return false;
        }
        Optional<Command> command = handler.execute(operation);
        command.ifPresent(state::execute);
        draw();
        return command.isPresent();
    }

    void undo() {
        state.undo();
        draw();
    }

    void redo() {
        state.redo();
        draw();
    }

    List<Marker> markers() {
        return get(RuleMarkerValidator.class).doLiveValidation(state.getRoot());
    }

    <T extends GModelElement> List<T> drawn(Class<T> type, String elementType) {
        return state.getRoot().getChildren().stream().filter(type::isInstance).map(type::cast)
                .filter(e -> e.getType().equals(elementType)).toList();
    }
}

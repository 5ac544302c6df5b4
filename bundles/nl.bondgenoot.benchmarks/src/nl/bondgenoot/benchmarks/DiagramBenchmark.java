package nl.bondgenoot.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.layout.ElkLayout;
import nl.bondgenoot.diagram.layout.LayoutAlgorithm;
import nl.bondgenoot.diagram.layout.LayoutGraph;

/**
 * Issue 6's benchmark, server side: a generated network of N actors (networks of 50, 1.5 sturingsrelaties
 * per actor) opened as `bondgenoot serve` opens it, warm medians of: load + GModel when ELK must place
 * every element (no notation file yet), GModel when every element has a stored place, and the ELK
 * layouts alone (layers; stress up to its limit). Run with releng/benchmark.sh diagram [ACTORS...].
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] { 500, 2000 } : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int actors : sizes) {
            run(actors);
        }
    }

    private static void run(int actors) throws Exception {
        Path folder = Files.createTempDirectory("bondgenoot-diagram-benchmark");
        Path file = folder.resolve("netwerk-" + actors + ".bondgenoot");
        GeneratedNetwork.write(GeneratedNetwork.create(actors, actors * 3 / 2, 42), file);
        int rounds = actors > 1000 ? 5 : 11;

        Callable open = () -> {
            Injector session = session(file);
            session.getInstance(GovernanceModelStorage.class).loadSourceModel(new RequestModelAction());
            session.getInstance(NetwerkkaartGModelFactory.class).createGModel();
            return session;
        };
        Injector placed = (Injector) open.call(); // ELK placed everything: the notation is complete now
        NetwerkkaartModelState state = placed.getInstance(NetwerkkaartModelState.class);
        LayoutGraph graph = NetwerkkaartGModelFactory.layoutGraph(state.getModel(), state.getNotation());
        int nodes = graph.boxes().size();
        System.out.printf("Netwerkkaart: %,d actoren, %,d netwerken, %,d sturingsrelaties; %,d knopen, %,d lijnen%n", actors,
                state.getModel().getNetwerken().size(), state.getModel().getSturingsrelaties().size(), nodes, graph.lines().size());

        boolean stress = nodes <= LayoutAlgorithm.STRESS.maximumElements();
        double[] medians = Medians.of(2, rounds, open::call,
                () -> {
                    placed.getInstance(NetwerkkaartGModelFactory.class).createGModel();
                    return countNodes(state);
                },
                () -> ElkLayout.layout(graph, LayoutAlgorithm.LAGEN),
                () -> stress ? ElkLayout.layout(graph, LayoutAlgorithm.STRESS) : null);
        System.out.printf("  laden + GModel, ELK plaatst alles:  %7.0f ms  (doel < 2000 ms tot een getekende kaart)%n", medians[0]);
        System.out.printf("  GModel met opgeslagen indeling:     %7.0f ms%n", medians[1]);
        System.out.printf("  ELK in lagen (indelen):             %7.0f ms  (doel < 1000 ms)%n", medians[2]);
        if (stress) {
            System.out.printf("  ELK stress (indelen):               %7.0f ms%n", medians[3]);
        } else {
            System.out.printf("  ELK stress: niet aangeboden boven %d elementen%n", LayoutAlgorithm.STRESS.maximumElements());
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }

    private interface Callable {
        Object call() throws Exception;
    }

    private static int countNodes(NetwerkkaartModelState state) {
        int n = 0;
        for (GModelElement e : state.getRoot().getChildren()) {
            n += e instanceof GNode ? 1 : 0;
        }
        return n;
    }

    /** What GLSP makes per client session, without the websocket: model state, storage, factory. */
    private static Injector session(Path file) {
        return Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(String.class).annotatedWith(ClientId.class).toInstance("benchmark");
                bind(ServedModel.class).toInstance(new ServedModel(file));
                bind(NetwerkkaartModelState.class).in(Singleton.class);
                bind(GModelState.class).to(NetwerkkaartModelState.class);
                bind(ActionDispatcher.class).toInstance(new ActionDispatcher() {
                    private final Map<String, Action> ignored = new HashMap<>();

                    @Override
                    public java.util.concurrent.CompletableFuture<Void> dispatch(Action action) {
                        ignored.put(action.getKind(), action);
                        return java.util.concurrent.CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public void dispatchAfterNextUpdate(Action... actions) {
                    }

                    @Override
                    public void dispose() {
                    }

                    @Override
                    public boolean isDisposed() {
                        return false;
                    }
                });
            }
        });
    }
}

package nl.bondgenoot.diagram.export;

import nl.bondgenoot.diagram.compare.CompareView;

import java.nio.file.Path;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;

import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.model.NetwerkkaartGModelFactory;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.representation.description.Representation;

/**
 * The GModel the diagram server would send for a view of a model (its selection and layout), made without a server: the
 * diagram's own model state and GModel factory, wired by Guice as GLSP wires them. Shapes, sizes,
 * labels and the ELK places of unplaced elements are therefore exactly the browser map's.
 */
final class HeadlessGModel {

    private HeadlessGModel() {
    }

    /**
     * Builds the GModel. The caller's notation is not changed: ELK places what has no place in a copy.
     * Call it where the model may be read (in the workbench: on the thread that edits the model).
     */
    static GGraph build(Governancemodel model, Notation notation, Representation representation) {
        return build(model, notation, representation, null);
    }

    /** Two versions compared: the union with its marks, in the compare view's layout. */
    static GGraph build(CompareView compare) {
        return build(compare.union(), compare.notation(),
                nl.bondgenoot.diagram.representations.DiagramRepresentations.forView(compare.notation()), compare);
    }

    private static GGraph build(Governancemodel model, Notation notation, Representation representation, CompareView compare) {
        ModelHost host = new ModelHost(); // a lock of its own; the caller already reads where it may
        Injector injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(String.class).annotatedWith(ClientId.class).toInstance("export");
                bind(NetwerkkaartModelState.class).in(Singleton.class);
                bind(GModelState.class).to(NetwerkkaartModelState.class);
                bind(ModelHost.class).toInstance(host);
            }
        });
        NetwerkkaartModelState state = injector.getInstance(NetwerkkaartModelState.class);
        // A domain of its own: only its command stack is taken, and an editor's stack is never touched.
        Notation view = notation == null ? new Notation() : notation.copyAs(notation.name());
        state.open(host.domainFor(Path.of("export")), model, new MapViews(), view, null);
        state.setRepresentation(representation);
        if (compare != null) {
            state.compare(compare, "");
        }
        injector.getInstance(NetwerkkaartGModelFactory.class).createGModel();
        return (GGraph) state.getRoot();
    }

    static GGraph build(Governancemodel model, Notation notation) {
        return build(model, notation, nl.bondgenoot.diagram.representations.DiagramRepresentations.forView(notation));
    }
}

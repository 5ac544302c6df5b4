package nl.bondgenoot.diagram.emf;

import nl.bondgenoot.diagram.compare.CompareException;
import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.glsp.UserMessages;
import nl.bondgenoot.diagram.handlers.MapRequestHandler;
import nl.bondgenoot.diagram.handlers.RefreshAction;
import nl.bondgenoot.diagram.model.MapSize;
import nl.bondgenoot.diagram.model.NetwerkkaartModelState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;

import com.google.inject.Inject;

import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.MapViews;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.AtomicWrite;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.model.persistence.UnusableFileException;

/**
 * Reads and writes the served model file through the model bundle (atomic saves, Dutch errors), and
 * its notation file next to it. A notation file that cannot be read is reported and never written:
 * the map is laid out anew and only the model is saved.
 */
public class GovernanceModelStorage implements SourceModelStorage {

    /** The option of the client's model request that names the view (the page's {@code ?weergave=}). */
    public static final String VIEW_OPTION = "weergave";
    /** The option of the model request that names the date whose situation the view shows. */
    public static final String PEILDATUM_OPTION = "peildatum";
    /** Said when the page asks to save or edit a comparison. */
    public static final String COMPARE_NOT_SAVED = "De vergelijking toont twee versies alleen; wijzig het model zelf in zijn eigen kaart of editor.";

    @Inject
    private NetwerkkaartModelState state;

    @Inject
    private ServedModel served;

    @Inject
    private ModelHost host;

    @Inject
    private UserMessages messages;

    @Inject
    private ActionDispatcher dispatcher;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        if (served.older() != null) {
            loadCompared();
            return;
        }
        if (ReadOnlyViews.isReadOnly(served.file())) {
            loadShown(action);
            return;
        }
        AdapterFactoryEditingDomain domain = host.domainFor(served.file());
        Governancemodel model = host.exclusive(() -> alreadyLoaded(domain).orElseGet(() -> load(domain)));
        // Before the map is built: a model larger than the map draws is refused, not drawn until memory runs out.
        Optional<String> tooLarge = host.exclusive(() -> MapSize.problem(served.file(), model));
        if (tooLarge.isPresent()) {
            throw new MapRequestHandler.Refused(tooLarge.get());
        }
        ModelHost.OpenNotation open = host.notationFor(served.file(), () -> ModelHost.OpenNotation.read(served.file()));
        String asked = viewAskedFor(action);
        Notation shown = host.exclusive(() -> open.views().findOrStandard(asked))
                .orElseThrow(() -> new MapRequestHandler.Refused(served.file() + ": " + open.views().unknown(asked)));
        java.time.LocalDate peildatum = peildatumAskedFor(action);
        if (peildatum != null) {
            host.exclusive(() -> shown.peildatum(peildatum));
        }
        if (open.problem() != null) {
            messages.warnOnceShown(open.problem().toUserMessage());
        }
        if (AtomicWrite.isReadOnly(served.file())) {
            messages.warnOnceShown(served.file() + ": is alleen-lezen; wijzigingen op de kaart kunnen niet worden opgeslagen.");
        }
        state.open(domain, model, open.views(), shown, open.problem());
        host.attach(open.views(), this::notationPart);
        // Live sync: a change made by another editor or another browser session on the same command
        // stack redraws this map; once this session has ended, it listens no more.
        host.listen(domain, new CommandStackListener() {
            @Override
            public void commandStackChanged(EventObject event) {
                if (dispatcher.isDisposed()) {
                    host.unlisten(this);
                } else if (!state.isOwnChange()) {
                    dispatcher.dispatch(new RefreshAction());
                }
            }
        });
    }

    /**
     * An agenda: shown, never edited or saved. Each session has its own views (one per representation of
     * agendas, laid out anew); after each new reading of the text the chain is drawn again, laid out
     * anew (a chain reflows when an element comes or goes), or, when the text does not read whole, the
     * last good chain stays and the page says why until the text reads again.
     */
    private void loadShown(RequestModelAction action) {
        ShownModel shown;
        try {
            shown = host.shown(served.file());
        } catch (ModelLoadException e) {
            throw new MapRequestHandler.Refused(e.toUserMessage());
        }
        MapViews views = ReadOnlyViews.of(served.file());
        String asked = viewAskedFor(action);
        Notation view = views.findOrStandard(asked)
                .orElseThrow(() -> new MapRequestHandler.Refused(served.file() + ": " + views.unknown(asked)));
        ShownModel.Reading reading = shown.latest();
        if (reading.model() == null) {
            throw new MapRequestHandler.Refused(reading.problem() != null ? reading.problem() : served.file() + ": nog niet gelezen");
        }
        state.open(host.domainFor(served.file()), reading.model(), views, view, null);
        state.showOnly();
        if (reading.problem() != null) {
            messages.warnOnceShown(reading.problem());
        }
        shown.listen(new java.util.function.Consumer<ShownModel.Reading>() {
            @Override
            public void accept(ShownModel.Reading next) {
                if (dispatcher.isDisposed()) {
                    shown.unlisten(this);
                    return;
                }
                if (next.problem() != null || next.model() == null) {
                    if (next.problem() != null) {
                        messages.problem(next.problem());
                    }
                    return;
                }
                host.exclusive(() -> {
                    state.getNotation().forgetPlaces();
                    state.open(state.getEditingDomain(), next.model(), state.getViews(), state.getNotation(), null);
                });
                messages.clear();
                dispatcher.dispatch(new RefreshAction());
            }
        });
    }

    /**
     * Two versions compared: read anew for each page (the newer file as it is now), only shown; the
     * drawing may be moved, zoomed and laid out, never saved.
     */
    private void loadCompared() {
        CompareView compare;
        try {
            compare = CompareView.open(served.file(), served.older(), messages::warnOnceShown);
        } catch (CompareException e) {
            throw new MapRequestHandler.Refused(e.getMessage());
        }
        state.open(host.domainFor(served.file()), compare.union(), compare.views(), compare.notation(), null);
        state.compare(compare, COMPARE_NOT_SAVED);
    }

    /** The view the page asks for (its address's {@code ?weergave=NAAM}), or null for the default view. */
    private static String viewAskedFor(RequestModelAction action) {
        Object asked = action.getOptions() == null ? null : action.getOptions().get(VIEW_OPTION);
        return asked instanceof String name && !name.isBlank() ? name : null;
    }

    /**
     * The peildatum the page asks for ({@code ?peildatum=2011-01-01}): the view then shows the situation
     * on that date (a setting of the view, saved with it); null when the page asks none.
     */
    private static java.time.LocalDate peildatumAskedFor(RequestModelAction action) {
        Object asked = action.getOptions() == null ? null : action.getOptions().get(PEILDATUM_OPTION);
        if (!(asked instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return nl.bondgenoot.model.tijd.Periodes.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MapRequestHandler.Refused("peildatum: " + e.getMessage());
        }
    }

    private Optional<Governancemodel> alreadyLoaded(AdapterFactoryEditingDomain domain) {
        Resource resource = domain.getResourceSet().getResource(URI.createFileURI(served.file().toString()), false);
        return resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof Governancemodel model ? Optional.of(model) : Optional.empty();
    }

    private Governancemodel load(AdapterFactoryEditingDomain domain) {
        try {
            return ModelFiles.load(domain.getResourceSet(), served.file());
        } catch (ModelLoadException e) {
            throw new GLSPServerException(e.toUserMessage(), e);
        }
    }

    /**
     * Saves model and notation as one unit, unless the model or notation file changed on disk since
     * they were read (another `serve`, the workbench, an editor), is read-only or is no regular file:
     * then nothing is written and the person at the map is told why and what to do.
     */
    @Override
    public void saveSourceModel(SaveModelAction action) {
        if (served.older() != null) {
            messages.warn(COMPARE_NOT_SAVED);
            return;
        }
        if (ReadOnlyViews.isReadOnly(served.file())) {
            messages.warn(ReadOnlyViews.NOT_SAVED);
            return;
        }
        host.exclusive(() -> {
            try {
                host.save(state.getModel().eResource(), this::notationPart);
            } catch (UnusableFileException e) {
                String message = "Niet opgeslagen: " + e.toUserMessage();
                messages.error(message);
                throw new GLSPServerException(message, e);
            } catch (IOException e) {
                String message = "Opslaan van " + served.file() + " is mislukt: " + e.getMessage();
                messages.error(message);
                throw new GLSPServerException(message, e);
            }
            state.saveIsDone();
        });
    }

    /**
     * The notation as part of a save of the model to its file or to a copy ("Opslaan als…"), unless it
     * could not be read (then it is never written).
     */
    private List<AtomicWrite.Part> notationPart(Path modelFile) {
        if (state.getNotationProblem().isPresent()) {
            messages.warn("Alleen het model wordt opgeslagen, de indeling niet, want "
                    + state.getNotationProblem().get().toUserMessage());
            return List.of();
        }
        return List.of(modelFile.equals(served.file().toAbsolutePath().normalize()) ? NotationFile.part(notationFile(), state.getViews())
                : NotationFile.copy(NotationFile.besides(modelFile), state.getViews()));
    }

    private Path notationFile() {
        return NotationFile.besides(served.file());
    }
}

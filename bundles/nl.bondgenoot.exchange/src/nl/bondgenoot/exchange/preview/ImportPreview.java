package nl.bondgenoot.exchange.preview;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import nl.bondgenoot.model.Governancemodel;

/**
 * What importing a sheet would do to a model, before anything changes: the elements added, the
 * features changed (old and new value), the elements removed, and the rows rejected with their sheet,
 * row number and Dutch reason. Headless: the CLI prints it ({@link #tekst()}), the workbench shows it.
 * Applying it is one EMF command ({@link #command(EditingDomain)}), so the workbench can undo it;
 * a preview with rejections cannot be applied (no partial import).
 */
public final class ImportPreview {

    /** The Dutch label of the command, as the workbench's Edit menu shows it ("Ongedaan maken: ..."). */
    public static final String COMMAND_LABEL = "Importeren uit spreadsheet";

    private final List<Addition> additions;
    private final List<Change> changes;
    private final List<Removal> removals;
    private final List<Rejection> rejections;
    private final Governancemodel model;
    private final List<Function<EditingDomain, Command>> steps;

    public ImportPreview(Governancemodel model, List<Addition> additions, List<Change> changes, List<Removal> removals,
            List<Rejection> rejections, List<Function<EditingDomain, Command>> steps) {
        this.model = model;
        this.additions = List.copyOf(additions);
        this.changes = List.copyOf(changes);
        this.removals = List.copyOf(removals);
        this.rejections = List.copyOf(rejections);
        this.steps = List.copyOf(steps);
    }

    /** A preview of a file that could not be used at all: only rejections. */
    public static ImportPreview rejected(Governancemodel model, List<Rejection> rejections) {
        return new ImportPreview(model, List.of(), List.of(), List.of(), rejections, List.of());
    }

    public Governancemodel model() {
        return model;
    }

    public List<Addition> additions() {
        return additions;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<Removal> removals() {
        return removals;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    /** Rows were rejected: nothing may be applied. */
    public boolean hasRejections() {
        return !rejections.isEmpty();
    }

    /** Nothing would change (and nothing was rejected). */
    public boolean isEmpty() {
        return additions.isEmpty() && changes.isEmpty() && removals.isEmpty() && rejections.isEmpty();
    }

    /**
     * The whole import as one command on the domain of the model this preview was made for: executed,
     * it makes every change; undone, none (redo makes them again). Make it once per preview: the new
     * elements are the preview's own objects. Refused while the preview has rejections.
     */
    public Command command(EditingDomain domain) {
        if (hasRejections()) {
            throw new IllegalStateException("een voorbeeld met afgewezen rijen wordt niet toegepast");
        }
        CompoundCommand command = new CompoundCommand(COMMAND_LABEL);
        for (Function<EditingDomain, Command> step : steps) {
            command.append(step.apply(domain));
        }
        return command;
    }

    /**
     * Applies the preview headless (the CLI): the same command, on a command stack of its own. Answers
     * false, changing nothing, when the command cannot execute.
     */
    public boolean apply() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        EditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                model.eResource() == null ? null : model.eResource().getResourceSet());
        Command command = command(domain);
        if (!command.canExecute()) {
            command.dispose();
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** The preview in Dutch, as `bondgenoot import` prints it. */
    public String tekst() {
        return PreviewText.of(this);
    }

    /** Counts in one line: "3 toegevoegd, 1 gewijzigd, 0 verwijderd, 0 afgewezen". */
    public String samenvatting() {
        return additions.size() + " toegevoegd, " + changes.size() + " gewijzigd, " + removals.size() + " verwijderd, "
                + rejections.size() + " afgewezen";
    }
}

package nl.bondgenoot.diagram.notation;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.description.Representation;

/**
 * The views of a file whose drawing is only read, never edited or saved (an agenda: its text is the
 * one source, the Agendaketen only shows it): one view per representation that draws files of its
 * kind, named after that representation, laid out anew each time. No notation file is read or written.
 */
public final class ReadOnlyViews {

    /** Said when the page or the workbench asks to save or edit what is only shown. */
    public static final String NOT_SAVED = "De agendaketen toont de agenda alleen; wijzig de tekst van de agenda, de keten volgt.";

    private ReadOnlyViews() {
    }

    /**
     * Whether the file is drawn read-only: a file that is not a model file (whose map is edited and
     * saved) but that a representation draws (an agenda).
     */
    public static boolean isReadOnly(Path file) {
        return !ModelFiles.isModelFile(file) && !DiagramRepresentations.get().forFile(file).isEmpty();
    }

    /** Whether a command changes only where and how things are drawn (places, layers, filters), never the model. */
    public static boolean changesOnlyTheDrawing(Command command) {
        if (command instanceof CompoundCommand compound) {
            return compound.getCommandList().stream().allMatch(ReadOnlyViews::changesOnlyTheDrawing);
        }
        return command instanceof ChangeNotationCommand || command instanceof ChangeDisplayCommand
                || command instanceof ChangeSelectionCommand || command instanceof ChangeViewStateCommand;
    }

    /** One view per representation of the file's kind, the first (the built-in one) being the default. */
    public static MapViews of(Path file) {
        List<Representation> representations = DiagramRepresentations.get().forFile(file);
        return new MapViews(representations.stream().map(r -> {
            Notation view = new Notation(r.naam());
            view.representation(r.id());
            return view;
        }).toList());
    }
}

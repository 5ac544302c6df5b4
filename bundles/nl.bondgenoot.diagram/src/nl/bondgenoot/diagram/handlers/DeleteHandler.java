package nl.bondgenoot.diagram.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;

import nl.bondgenoot.diagram.model.DrawnElements;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * Deletes what is selected, as the model editor does: EMF's DeleteCommand, which also removes every
 * reference to the deleted elements (memberships, partners, regisseur, roles …). The sturingsrelaties
 * of a deleted actor or netwerk go with it, as their edges do in the drawing. A membership or
 * partnership edge removes only that reference. The notation forgets the deleted elements.
 */
public class DeleteHandler extends NetwerkkaartOperationHandler<DeleteOperation> {

    @Override
    public String getLabel() {
        return "Verwijderen";
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        ModelEdits edits = edits();
        Set<Element> elements = new LinkedHashSet<>();
        List<Command> references = new ArrayList<>();
        for (String id : operation.getElementIds()) {
            Optional<Element> element = edits.element(id, Element.class).filter(e -> e != edits.model());
            if (element.isPresent()) {
                elements.add(element.get());
                continue;
            }
            DrawnElements.reference(edits.model(), id).ifPresent(r -> references.add(RemoveCommand.create(edits.domain(),
                    r.owner(), r.membership() ? BondgenootPackage.Literals.NETWERK__LEDEN
                            : BondgenootPackage.Literals.CONVENANT__PARTNERS, r.actor())));
        }
        for (Sturingsrelatie relatie : edits.model().getSturingsrelaties()) {
            if (elements.contains(relatie.getVan()) || elements.contains(relatie.getNaar())) {
                elements.add(relatie);
            }
        }
        List<Command> commands = new ArrayList<>(references);
        if (!elements.isEmpty()) {
            commands.add(DeleteCommand.create(edits.domain(), List.copyOf(elements)));
            Map<String, Bounds> forget = new LinkedHashMap<>();
            elements.stream().map(Element::getId).filter(id -> edits.stored(id).isPresent()).forEach(id -> forget.put(id, null));
            if (!forget.isEmpty()) {
                commands.add(edits.notation("vergeten", forget));
            }
        }
        if (commands.isEmpty()) {
            return doNothing();
        }
        return ModelEdits.together("Verwijderen", commands.toArray(Command[]::new));
    }
}

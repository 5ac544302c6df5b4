package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Netwerk;

/** Makes an actor a member (lid) of a netwerk: drawn from the actor to the netwerk. */
public class CreateLidmaatschapHandler extends NetwerkkaartCreateHandler<CreateEdgeOperation> {

    public CreateLidmaatschapHandler() {
        super(NetwerkkaartTypes.LIDMAATSCHAP);
    }

    @Override
    public String getLabel() {
        return "Lidmaatschap";
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        ModelEdits edits = edits();
        Optional<Actor> lid = edits.element(operation.getSourceElementId(), Actor.class);
        Optional<Netwerk> netwerk = edits.element(operation.getTargetElementId(), Netwerk.class);
        if (lid.isEmpty() || netwerk.isEmpty() || netwerk.get().getLeden().contains(lid.get())) {
            return doNothing();
        }
        return ModelEdits.together("Lid van " + netwerk.get().getNaam(),
                AddCommand.create(edits.domain(), netwerk.get(), BondgenootPackage.Literals.NETWERK__LEDEN, lid.get()));
    }
}

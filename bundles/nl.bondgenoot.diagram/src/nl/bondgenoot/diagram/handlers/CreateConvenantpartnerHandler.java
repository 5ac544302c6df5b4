package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Convenant;

/** Makes an actor a partner of a convenant: drawn from the convenant to the actor. */
public class CreateConvenantpartnerHandler extends NetwerkkaartCreateHandler<CreateEdgeOperation> {

    public CreateConvenantpartnerHandler() {
        super(NetwerkkaartTypes.CONVENANTPARTNER);
    }

    @Override
    public String getLabel() {
        return "Convenantpartner";
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        ModelEdits edits = edits();
        Optional<Convenant> convenant = edits.element(operation.getSourceElementId(), Convenant.class);
        Optional<Actor> partner = edits.element(operation.getTargetElementId(), Actor.class);
        if (convenant.isEmpty() || partner.isEmpty() || convenant.get().getPartners().contains(partner.get())) {
            return doNothing();
        }
        return ModelEdits.together("Partner van " + convenant.get().getNaam(), AddCommand.create(edits.domain(),
                convenant.get(), BondgenootPackage.Literals.CONVENANT__PARTNERS, partner.get()));
    }
}

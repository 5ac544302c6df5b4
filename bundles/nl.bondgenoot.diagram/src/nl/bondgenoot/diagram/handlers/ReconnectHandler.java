package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;

import nl.bondgenoot.diagram.model.DrawnElements;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Betrokkene;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Sturingsrelatie;

/**
 * Moves an end of an edge: a sturingsrelatie gets another van or naar; a membership or partnership
 * is removed from the old netwerk/convenant or actor and added to the new one.
 */
public class ReconnectHandler extends NetwerkkaartOperationHandler<ReconnectEdgeOperation> {

    @Override
    public String getLabel() {
        return "Verbinding verleggen";
    }

    @Override
    public Optional<Command> createCommand(ReconnectEdgeOperation operation) {
        ModelEdits edits = edits();
        Optional<Sturingsrelatie> relatie = edits.element(operation.getEdgeElementId(), Sturingsrelatie.class);
        if (relatie.isPresent()) {
            return relatie(edits, relatie.get(), operation);
        }
        return DrawnElements.reference(edits.model(), operation.getEdgeElementId())
                .flatMap(reference -> reference(edits, reference, operation));
    }

    private static Optional<Command> relatie(ModelEdits edits, Sturingsrelatie relatie, ReconnectEdgeOperation operation) {
        Optional<Actor> van = edits.element(operation.getSourceElementId(), Actor.class);
        Optional<Betrokkene> naar = edits.element(operation.getTargetElementId(), Betrokkene.class);
        if (van.isEmpty() || naar.isEmpty() || van.get() == naar.get()) {
            return Optional.empty();
        }
        return ModelEdits.together("Sturingsrelatie verleggen",
                SetCommand.create(edits.domain(), relatie, BondgenootPackage.Literals.STURINGSRELATIE__VAN, van.get()),
                SetCommand.create(edits.domain(), relatie, BondgenootPackage.Literals.STURINGSRELATIE__NAAR, naar.get()));
    }

    private static Optional<Command> reference(ModelEdits edits, DrawnElements.Reference old, ReconnectEdgeOperation operation) {
        if (old.membership()) {
            Optional<Actor> lid = edits.element(operation.getSourceElementId(), Actor.class);
            Optional<Netwerk> netwerk = edits.element(operation.getTargetElementId(), Netwerk.class);
            if (lid.isEmpty() || netwerk.isEmpty() || netwerk.get().getLeden().contains(lid.get())) {
                return Optional.empty();
            }
            return ModelEdits.together("Lidmaatschap verleggen",
                    RemoveCommand.create(edits.domain(), old.owner(), BondgenootPackage.Literals.NETWERK__LEDEN, old.actor()),
                    AddCommand.create(edits.domain(), netwerk.get(), BondgenootPackage.Literals.NETWERK__LEDEN, lid.get()));
        }
        Optional<Convenant> convenant = edits.element(operation.getSourceElementId(), Convenant.class);
        Optional<Actor> partner = edits.element(operation.getTargetElementId(), Actor.class);
        if (convenant.isEmpty() || partner.isEmpty() || convenant.get().getPartners().contains(partner.get())) {
            return Optional.empty();
        }
        return ModelEdits.together("Convenantpartner verleggen",
                RemoveCommand.create(edits.domain(), old.owner(), BondgenootPackage.Literals.CONVENANT__PARTNERS, old.actor()),
                AddCommand.create(edits.domain(), convenant.get(), BondgenootPackage.Literals.CONVENANT__PARTNERS, partner.get()));
    }
}

package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.persistence.ModelFiles;

/** A new, empty netwerk where the user clicked; members are added with the Lidmaatschap tool. */
public class CreateNetwerkHandler extends NetwerkkaartCreateHandler<CreateNodeOperation> {

    public CreateNetwerkHandler() {
        super(NetwerkkaartTypes.NETWERK);
    }

    @Override
    public String getLabel() {
        return "Netwerk";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        ModelEdits edits = edits();
        Netwerk netwerk = BondgenootFactory.eINSTANCE.createNetwerk();
        netwerk.setId(ModelFiles.newId());
        netwerk.setNaam(unique("Netwerk", edits.model().getNetwerken().stream().map(Element::getNaam).toList()));
        GPoint at = operation.getLocation().orElse(GraphUtil.point(40, 40));
        return ModelEdits.together("Nieuw netwerk",
                AddCommand.create(edits.domain(), edits.model(), BondgenootPackage.Literals.GOVERNANCEMODEL__NETWERKEN, netwerk),
                edits.placeNew(netwerk.getId(), Bounds.at(at.getX(), at.getY())));
    }
}

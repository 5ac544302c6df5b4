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
import nl.bondgenoot.model.Convenant;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.ModelFiles;

/** A new convenant where the user clicked; partners are added with the Convenantpartner tool. */
public class CreateConvenantHandler extends NetwerkkaartCreateHandler<CreateNodeOperation> {

    public CreateConvenantHandler() {
        super(NetwerkkaartTypes.CONVENANT);
    }

    @Override
    public String getLabel() {
        return "Convenant";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        ModelEdits edits = edits();
        Convenant convenant = BondgenootFactory.eINSTANCE.createConvenant();
        convenant.setId(ModelFiles.newId());
        convenant.setNaam(unique("Convenant", edits.model().getConvenanten().stream().map(Element::getNaam).toList()));
        GPoint at = operation.getLocation().orElse(GraphUtil.point(40, 40));
        return ModelEdits.together("Nieuw convenant",
                AddCommand.create(edits.domain(), edits.model(), BondgenootPackage.Literals.GOVERNANCEMODEL__CONVENANTEN, convenant),
                edits.placeNew(convenant.getId(), Bounds.at(at.getX(), at.getY())));
    }
}

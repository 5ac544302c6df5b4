package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.soorten.ActorSoort;
import nl.bondgenoot.model.soorten.ActorSoorten;

/** A new actor of the palette entry's soort (gemeente, welzijnsorganisatie, …) where the user clicked. */
public class CreateActorHandler extends NetwerkkaartCreateHandler<CreateNodeOperation> {

    public CreateActorHandler() {
        super(NetwerkkaartTypes.ACTOR);
    }

    @Override
    public String getLabel() {
        return "Actor";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        ActorSoort soort = ActorSoorten.find(operation.getArgs() == null ? null
                : operation.getArgs().get(NetwerkkaartTypes.ARG_SOORT));
        if (soort == null) {
            return doNothing(); // only the kinds the palette offers
        }
        ModelEdits edits = edits();
        Actor actor = BondgenootFactory.eINSTANCE.createActor();
        actor.setId(ModelFiles.newId());
        actor.setNaam(unique(soort.label(), edits.model().getActoren().stream().map(Element::getNaam).toList()));
        actor.setCategorie(soort.categorie());
        actor.setSoort(soort.id());
        GPoint at = operation.getLocation().orElse(GraphUtil.point(40, 40));
        return ModelEdits.together("Nieuwe actor: " + soort.label(),
                AddCommand.create(edits.domain(), edits.model(), BondgenootPackage.Literals.GOVERNANCEMODEL__ACTOREN, actor),
                edits.placeNew(actor.getId(), Bounds.at(at.getX(), at.getY())));
    }
}

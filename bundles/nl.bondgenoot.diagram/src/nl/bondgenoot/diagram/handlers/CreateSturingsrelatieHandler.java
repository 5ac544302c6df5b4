package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Betrokkene;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.SturingsrelatieSoort;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.persistence.ModelFiles;

/** A sturingsrelatie of the palette entry's soort, from an actor to an actor or a netwerk. */
public class CreateSturingsrelatieHandler extends NetwerkkaartCreateHandler<CreateEdgeOperation> {

    public CreateSturingsrelatieHandler() {
        super(NetwerkkaartTypes.STURINGSRELATIE);
    }

    @Override
    public String getLabel() {
        return "Sturingsrelatie";
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        SturingsrelatieSoort soort = SturingsrelatieSoort.get(operation.getArgs() == null ? null
                : operation.getArgs().get(NetwerkkaartTypes.ARG_SOORT));
        ModelEdits edits = edits();
        Optional<Actor> van = edits.element(operation.getSourceElementId(), Actor.class);
        Optional<Betrokkene> naar = edits.element(operation.getTargetElementId(), Betrokkene.class);
        if (soort == null || van.isEmpty() || naar.isEmpty() || van.get() == naar.get()) {
            return doNothing();
        }
        Sturingsrelatie relatie = BondgenootFactory.eINSTANCE.createSturingsrelatie();
        relatie.setId(ModelFiles.newId());
        relatie.setSoort(soort);
        relatie.setVan(van.get());
        relatie.setNaar(naar.get());
        return ModelEdits.together("Nieuwe sturingsrelatie: " + Labels.of(soort), AddCommand.create(edits.domain(),
                edits.model(), BondgenootPackage.Literals.GOVERNANCEMODEL__STURINGSRELATIES, relatie));
    }
}

package nl.bondgenoot.diagram.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

import nl.bondgenoot.diagram.glsp.NetwerkkaartTypes;
import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.StorableText;

/** Renaming in place: the name label of an actor, netwerk or convenant sets the element's naam. */
public class ApplyLabelEditHandler extends NetwerkkaartOperationHandler<ApplyLabelEditOperation> {

    private static final String SUFFIX = "/" + NetwerkkaartTypes.LABEL_NAAM;

    @Override
    public String getLabel() {
        return "Naam wijzigen";
    }

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        String labelId = operation.getLabelId();
        String text = operation.getText() == null ? "" : operation.getText().strip();
        // The page refuses such a name while it is typed (NaamValidator); a client that sends it anyway changes nothing.
        if (labelId == null || !labelId.endsWith(SUFFIX) || StorableText.nameProblem(text).isPresent()) {
            return doNothing();
        }
        ModelEdits edits = edits();
        return edits.element(labelId.substring(0, labelId.length() - SUFFIX.length()), Element.class)
                .filter(e -> !text.equals(e.getNaam()))
                .flatMap(e -> ModelEdits.together("Naam wijzigen",
                        SetCommand.create(edits.domain(), e, BondgenootPackage.Literals.ELEMENT__NAAM, text)));
    }
}

package nl.bondgenoot.diagram.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.representation.tool.ToolItem;

/**
 * A line from a palette entry, drawn from one element to another: a new element of the entry's class
 * with the two ends as its source and target (a sturingsrelatie of a soort, from an actor to an actor or
 * netwerk), or a value added to the entry's reference (a lidmaatschap: the actor joins the netwerk's
 * leden). Ends of the wrong class, an element to itself, or a link that is already there make nothing.
 */
public class CreateEdgeHandler extends NetwerkkaartCreateHandler<CreateEdgeOperation> {

    public CreateEdgeHandler() {
        super(Tool.Kind.LIJN, Tool.Kind.VERBINDING);
    }

    @Override
    public String getLabel() {
        return "Nieuwe verbinding";
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        Optional<ToolItem> item = item(operation);
        ModelEdits edits = edits();
        Optional<Element> source = edits.element(operation.getSourceElementId(), Element.class);
        Optional<Element> target = edits.element(operation.getTargetElementId(), Element.class);
        if (item.isEmpty() || source.isEmpty() || target.isEmpty() || source.get() == target.get()) {
            return doNothing();
        }
        return switch (item.get().tool().soort()) {
            case LIJN -> line(edits, item.get(), source.get(), target.get());
            case VERBINDING -> link(edits, item.get(), source.get(), target.get());
            case KNOOP -> doNothing();
        };
    }

    private Optional<Command> line(ModelEdits edits, ToolItem item, Element source, Element target) {
        Tool tool = item.tool();
        if (!tool.bron().getEReferenceType().isInstance(source) || !tool.doel().getEReferenceType().isInstance(target)) {
            return doNothing();
        }
        Element line = (Element) EcoreUtil.create(tool.klasse());
        line.setId(ModelFiles.newId());
        setValues(line, item);
        line.eSet(tool.bron(), source);
        line.eSet(tool.doel(), target);
        return ModelEdits.together("Nieuw: " + item.naam(), AddCommand.create(edits.domain(), edits.model(), tool.in(), line));
    }

    private Optional<Command> link(ModelEdits edits, ToolItem item, Element source, Element target) {
        Tool tool = item.tool();
        Element owner = tool.naarEigenaar() ? target : source;
        Element value = tool.naarEigenaar() ? source : target;
        if (!tool.klasse().isInstance(owner) || !tool.verwijzing().getEReferenceType().isInstance(value)
                || ((List<?>) owner.eGet(tool.verwijzing())).contains(value)) {
            return doNothing();
        }
        return ModelEdits.together(item.naam() + ": " + value.getNaam() + " bij " + owner.getNaam(),
                AddCommand.create(edits.domain(), owner, tool.verwijzing(), value));
    }
}

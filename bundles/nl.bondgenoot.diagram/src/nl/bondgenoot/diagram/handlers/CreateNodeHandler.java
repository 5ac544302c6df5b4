package nl.bondgenoot.diagram.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;

import nl.bondgenoot.diagram.notation.Bounds;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.representation.tool.Tool;
import nl.bondgenoot.representation.tool.ToolItem;

/**
 * A new element from a palette entry that makes a node (an actor of a soort, a netwerk, a convenant):
 * of the entry's class, in the entry's list of the model, with its fixed values and its name (with a
 * number when the name is taken), placed where the user clicked.
 */
public class CreateNodeHandler extends NetwerkkaartCreateHandler<CreateNodeOperation> {

    public CreateNodeHandler() {
        super(Tool.Kind.KNOOP);
    }

    @Override
    public String getLabel() {
        return "Nieuw element";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Optional<ToolItem> found = item(operation).filter(i -> i.tool().soort() == Tool.Kind.KNOOP);
        if (found.isEmpty()) {
            return doNothing(); // only what the shown view's palette offers
        }
        ToolItem item = found.get();
        Tool tool = item.tool();
        ModelEdits edits = edits();
        Element element = (Element) EcoreUtil.create(tool.klasse());
        element.setId(ModelFiles.newId());
        List<?> list = (List<?>) edits.model().eGet(tool.in());
        element.setNaam(unique(item.naam(), list.stream().map(e -> ((Element) e).getNaam()).toList()));
        setValues(element, item);
        GPoint at = operation.getLocation().orElse(GraphUtil.point(40, 40));
        return ModelEdits.together("Nieuw: " + item.naam(),
                AddCommand.create(edits.domain(), edits.model(), tool.in(), element),
                edits.placeNew(element.getId(), Bounds.at(at.getX(), at.getY())));
    }
}

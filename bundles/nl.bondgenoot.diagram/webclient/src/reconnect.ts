import {
    Action,
    EdgeEditListener,
    EdgeEditTool,
    FeedbackEdgeRouteMovingMouseListener,
    FeedbackEdgeSourceMovingMouseListener,
    FeedbackEdgeTargetMovingMouseListener,
    GModelElement
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Dragging an end of an edge onto another node reconnects it. GLSP's listener forgets the node under
 * the mouse at every move of a drag and learns it again only when the mouse enters another element,
 * so a drag that ends inside a node (as every drag does) was let go over "nothing" and the edge
 * snapped back; only clicking the handle and then clicking the node worked. Here each move of the
 * drag looks at the node under the mouse again (the same check GLSP makes on entering it, with the
 * cursor that says whether the drop is allowed), and takes it only if the edge may end there.
 */
export class DraggableEdgeEditListener extends EdgeEditListener {
    protected override draggingMouseMove(target: GModelElement, event: MouseEvent): Action[] {
        const actions = super.draggingMouseMove(target, event);
        if (this.edge && this.isReconnecting()) {
            actions.push(...this.mouseOver(target, event));
            // GLSP lets go onto any node and leaves the refusal to the server; a node whose kind the
            // type hints rule out (a netwerk as the source of a sturingsrelatie) does not take the drop.
            const role = this.isReconnectingNewSource() ? 'source' : 'target';
            if (this.newConnectable && !this.newConnectable.canConnect(this.edge, role)) {
                this.setNewConnectable(undefined);
            }
        }
        return actions;
    }
}

@injectable()
export class DraggableEdgeEditTool extends EdgeEditTool {
    /** GLSP's enable(), with our listener in place of its own. */
    override enable(): void {
        this.edgeEditListener = new DraggableEdgeEditListener(this);
        this.feedbackEdgeSourceMovingListener = new FeedbackEdgeSourceMovingMouseListener(this.anchorRegistry, this.feedbackDispatcher);
        this.feedbackEdgeTargetMovingListener = new FeedbackEdgeTargetMovingMouseListener(this.anchorRegistry, this.feedbackDispatcher);
        this.feedbackMovingListener = new FeedbackEdgeRouteMovingMouseListener(this.changeBoundsManager, this.edgeRouterRegistry);
        this.toDisposeOnDisable.push(
            this.edgeEditListener,
            this.mouseTool.registerListener(this.edgeEditListener),
            this.feedbackEdgeSourceMovingListener,
            this.feedbackEdgeTargetMovingListener,
            this.feedbackMovingListener,
            this.selectionService.addListener(this.edgeEditListener)
        );
    }
}

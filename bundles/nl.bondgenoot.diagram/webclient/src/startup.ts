import {
    EditorContextService,
    FitToScreenAction,
    GModelRoot,
    IActionDispatcher,
    IDiagramStartup,
    Marker,
    MarkersReason,
    RequestMarkersAction,
    SetMarkersActionHandler,
    TYPES
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/**
 * GLSP's issue markers only keep a marker's description and drop its label. Our label is the
 * rule id (e.g. "NET-1") that people look up in the rule book, so put it in front of the message.
 * The server judges the whole model every time (after each edit and on request), so every set of
 * markers replaces the previous one, whatever its reason: no finding outlives the situation.
 */
@injectable()
export class RuleIdSetMarkersActionHandler extends SetMarkersActionHandler {
    override setMarkers(markers: Marker[], _reason: string | undefined): Promise<void> {
        return super.setMarkers(markers.map(withRuleId), MarkersReason.LIVE);
    }
}

export function withRuleId(marker: Marker): Marker {
    if (!marker.label || marker.description.startsWith(marker.label)) {
        return marker;
    }
    return { ...marker, description: `${marker.label}: ${marker.description}` };
}

/**
 * Once the first model is shown: fit it to the window (the page is the whole editor) and ask the
 * server to validate, so rule violations are visible without pressing the palette's validate button.
 * (The server also judges after each edit: live validation.)
 */
@injectable()
export class NetwerkkaartStartup implements IDiagramStartup {
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    async postModelInitialization(): Promise<void> {
        await this.actionDispatcher.dispatch(fitToNodes(this.editorContext.modelRoot, false));
        const rootId = this.editorContext.modelRoot.id;
        await this.actionDispatcher.dispatch(RequestMarkersAction.create([rootId], { reason: MarkersReason.BATCH }));
    }
}

/**
 * Fit the nodes to the window. Only nodes: an edge label may not be placed yet when the model has
 * just arrived, and its bounds would make the whole viewport NaN.
 */
export function fitToNodes(root: GModelRoot, animate: boolean): FitToScreenAction {
    const nodeIds = [...root.index.all()].filter(e => e.type.startsWith('node:')).map(e => e.id);
    return FitToScreenAction.create(nodeIds, { padding: 40, maxZoom: 1.5, animate });
}

import {
    EditorContextService,
    Action,
    FitToScreenAction,
    GModelRoot,
    GNode,
    isViewport,
    SetViewportAction,
    IActionDispatcher,
    IDiagramStartup,
    Marker,
    MarkersReason,
    ModelInitializationConstraint,
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

/** Fired on the document once the first map is drawn and fitted to the window. */
export const MAP_DRAWN_EVENT = 'netwerkkaart-getekend';

/**
 * As soon as the first model is drawn: fit it to the window (the page is the whole editor) and say
 * so (the page then hides its "connecting" message). GLSP's own start-up first fetches the type hints
 * and the palette from the server, one after the other, before its postModelInitialization: fitting
 * there showed the map unfitted and behind the message for another half second or more.
 * After that, ask the server to validate, so rule violations are visible without pressing the
 * palette's validate button. (The server also judges after each edit: live validation.)
 */
@injectable()
export class NetwerkkaartStartup implements IDiagramStartup {
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(ModelInitializationConstraint) protected initialization!: ModelInitializationConstraint;

    preRequestModel(): void {
        this.initialization.onInitialized(() => void this.firstModelDrawn());
    }

    protected async firstModelDrawn(): Promise<void> {
        await this.actionDispatcher.dispatch(fitToNodes(this.editorContext.modelRoot, false));
        document.dispatchEvent(new Event(MAP_DRAWN_EVENT));
    }

    async postModelInitialization(): Promise<void> {
        const rootId = this.editorContext.modelRoot.id;
        await this.actionDispatcher.dispatch(RequestMarkersAction.create([rootId], { reason: MarkersReason.BATCH }));
    }
}

/** Room kept free on the right for the tool palette when the map is fitted to the window. */
const PALETTE_ROOM = 360;
const PADDING = 40;

/**
 * Fit the nodes into the part of the window that the palette leaves free (only nodes: an edge label
 * may not be placed yet when the model has just arrived, and its bounds would make the viewport NaN).
 */
export function fitToNodes(root: GModelRoot, animate: boolean): Action {
    const nodes = [...root.index.all()].filter((e): e is GNode => e instanceof GNode && e.type.startsWith('node:'));
    if (nodes.length === 0 || !isViewport(root)) {
        return FitToScreenAction.create([], { padding: PADDING, maxZoom: 1.5, animate });
    }
    const left = Math.min(...nodes.map(n => n.bounds.x));
    const top = Math.min(...nodes.map(n => n.bounds.y));
    const width = Math.max(...nodes.map(n => n.bounds.x + n.bounds.width)) - left;
    const height = Math.max(...nodes.map(n => n.bounds.y + n.bounds.height)) - top;
    const canvas = root.canvasBounds;
    const room = canvas.width > 2 * PALETTE_ROOM ? PALETTE_ROOM : 0;
    const freeWidth = Math.max(canvas.width - room - 2 * PADDING, 100);
    const freeHeight = Math.max(canvas.height - 2 * PADDING, 100);
    const zoom = Math.max(0.05, Math.min(1.5, freeWidth / Math.max(width, 1), freeHeight / Math.max(height, 1)));
    const x0 = PADDING + (freeWidth - width * zoom) / 2;
    const y0 = PADDING + (freeHeight - height * zoom) / 2;
    return SetViewportAction.create(root.id, { scroll: { x: left - x0 / zoom, y: top - y0 / zoom }, zoom }, { animate });
}

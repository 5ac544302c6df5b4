import {
    EditorContextService,
    Action,
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
import { fitToNodes } from './fit';

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

import {
    Action,
    Bounds,
    CenterKeyboardListener,
    FitToScreenAction,
    GModelElement,
    GModelRoot,
    GNode,
    IGModelRootListener,
    isViewport,
    Limits,
    matchesKeystroke,
    SetViewportAction,
    Viewport
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** Room kept free on the right for the tool palette when the map is fitted to the window. */
const PALETTE_ROOM = 360;
const PADDING = 40;
/** A small map is fitted up to this zoom, not blown up to fill the window. */
const MAX_FIT_ZOOM = 1.5;
/** GLSP's own zoom limits: a map that fits at 0.1 keeps them. */
const DEFAULT_MIN_ZOOM = 0.1;
const MAX_ZOOM = 20;

/**
 * The box around the map's nodes, in map coordinates. Only nodes: an edge label may not be placed yet
 * when the model has just arrived, and its bounds would make the viewport NaN. Every node of the map
 * is a child of the graph (a netwerk shown as a container is drawn around its members, not holding them).
 */
export function nodeBounds(root: Readonly<GModelRoot>): Bounds | undefined {
    const nodes = root.children.filter((e): e is GNode => e instanceof GNode && e.type.startsWith('node:'));
    if (nodes.length === 0) {
        return undefined;
    }
    const left = Math.min(...nodes.map(n => n.bounds.x));
    const top = Math.min(...nodes.map(n => n.bounds.y));
    const right = Math.max(...nodes.map(n => n.bounds.x + n.bounds.width));
    const bottom = Math.max(...nodes.map(n => n.bounds.y + n.bounds.height));
    return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The viewport that shows every node in the part of the window that the palette leaves free, at most
 * at MAX_FIT_ZOOM, however large the map is (no lower limit: the zoom limits follow this fit).
 */
export function fittedViewport(root: Readonly<GModelRoot>): Viewport | undefined {
    const map = nodeBounds(root);
    if (!map || !isViewport(root)) {
        return undefined;
    }
    const canvas = root.canvasBounds;
    const room = canvas.width > 2 * PALETTE_ROOM ? PALETTE_ROOM : 0;
    const freeWidth = Math.max(canvas.width - room - 2 * PADDING, 100);
    const freeHeight = Math.max(canvas.height - 2 * PADDING, 100);
    const zoom = Math.min(MAX_FIT_ZOOM, freeWidth / Math.max(map.width, 1), freeHeight / Math.max(map.height, 1));
    const x0 = PADDING + (freeWidth - map.width * zoom) / 2;
    const y0 = PADDING + (freeHeight - map.height * zoom) / 2;
    return { scroll: { x: map.x - x0 / zoom, y: map.y - y0 / zoom }, zoom };
}

/** Fit the nodes into the part of the window that the palette leaves free (the palette's button, Ctrl+Shift+F, the first drawing). */
export function fitToNodes(root: Readonly<GModelRoot>, animate: boolean): Action {
    const viewport = fittedViewport(root);
    if (!viewport) {
        return FitToScreenAction.create([], { padding: PADDING, maxZoom: MAX_FIT_ZOOM, animate });
    }
    return SetViewportAction.create(root.id, viewport, { animate });
}

/**
 * Zoom limits that follow the map: GLSP's fixed minimum of 0.1 left a map of 500 actors for the most
 * part outside the window, fitted or not. Here one can zoom out to half the fitted size, and never less
 * far than GLSP's default. Every viewport change reads these limits (wheel, keys, palette, fit): they
 * stand in the viewer options, and read the map's current size and the window's current size each time.
 */
@injectable()
export class MapZoomLimits implements Limits, IGModelRootListener {
    readonly max = MAX_ZOOM;
    protected root?: Readonly<GModelRoot>;

    modelRootChanged(root: Readonly<GModelRoot>): void {
        this.root = root;
    }

    get min(): number {
        const fitted = this.root ? fittedViewport(this.root) : undefined;
        return fitted ? Math.min(DEFAULT_MIN_ZOOM, fitted.zoom / 2) : DEFAULT_MIN_ZOOM;
    }
}

/** GLSP's Ctrl+Shift+F fits every element to the whole window; here it fits like the palette's button. */
@injectable()
export class FitToNodesKeyListener extends CenterKeyboardListener {
    override keyDown(element: GModelElement, event: KeyboardEvent): Action[] {
        if (matchesKeystroke(event, 'KeyF', 'ctrlCmd', 'shift')) {
            return [fitToNodes(element.root, true)];
        }
        return super.keyDown(element, event);
    }
}

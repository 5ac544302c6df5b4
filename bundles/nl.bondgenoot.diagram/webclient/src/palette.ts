import {
    AlignElementsAction,
    Alignment,
    ChangeBoundsOperation,
    Action,
    createIcon,
    GModelRoot,
    GNode,
    isViewport,
    LayoutOperation,
    Operation,
    RedoAction,
    SaveModelAction,
    SetViewportAction,
    ToolPalette,
    TYPES,
    UndoAction,
    ViewerOptions
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { fitToNodes } from './fit';
import { LookArgs, viewStateOperation } from './look';

/** "Indelen" with an ELK algorithm on the server ("lagen" or "stress"); see AutoLayoutOperation.java. */
export interface AutoLayoutOperation extends Operation {
    kind: typeof AutoLayoutOperation.KIND;
    algoritme: 'lagen' | 'stress';
}

export namespace AutoLayoutOperation {
    export const KIND = 'netwerkkaartIndelen';
    export function create(algoritme: 'lagen' | 'stress'): AutoLayoutOperation {
        return { kind: KIND, isOperation: true, algoritme };
    }
}

/** A netwerk as container of its members or as hub; see ShowAsOperation.java. */
export interface ShowAsOperation extends Operation {
    kind: typeof ShowAsOperation.KIND;
    elementIds: string[];
    weergave: 'container' | 'spil';
}

export namespace ShowAsOperation {
    export const KIND = 'netwerkkaartWeergave';
    export function create(elementIds: string[], weergave: 'container' | 'spil'): ShowAsOperation {
        return { kind: KIND, isOperation: true, elementIds, weergave };
    }
}

const ZOOM_STEP = 1.25;

/** Dutch titles for GLSP's own header buttons, by their codicon. */
const DUTCH_TITLES: Record<string, string> = {
    'codicon-inspect': 'Selecteren',
    'codicon-chrome-close': 'Verwijdergereedschap',
    'codicon-screen-full': 'Selectiekader',
    'codicon-pass': 'Regels controleren',
    'codicon-screen-normal': 'Beeld herstellen',
    'codicon-search': 'Zoeken in het palet'
};

/**
 * GLSP's tool palette with Dutch titles, and next to it (top left) the network map's own toolbar:
 * save, undo, redo, automatic layout (layers or stress), a netwerk as container or hub, zoom and fit.
 * Keyboard (GLSP's own key listeners): Ctrl+S, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Shift+L (layers), Delete.
 */
/** Narrower than this, the palette starts folded. */
const NARROW_WINDOW = 900;

@injectable()
export class NetwerkkaartToolPalette extends ToolPalette {
    @inject(TYPES.ViewerOptions) protected viewerOptions!: ViewerOptions;
    protected shownOnce = false;

    protected override createHeaderTools(): HTMLElement {
        const tools = super.createHeaderTools();
        tools.querySelectorAll<HTMLElement>('.codicon').forEach(icon => {
            const known = Object.keys(DUTCH_TITLES).find(c => icon.classList.contains(c));
            if (known) {
                icon.title = DUTCH_TITLES[known];
                icon.ariaLabel = icon.title;
            }
        });
        this.createToolbar();
        return tools;
    }

    /** The toolbar of the map's commands, once per page. */
    protected createToolbar(): void {
        if (document.getElementById('werkbalk')) {
            return;
        }
        const toolbar = document.createElement('div');
        toolbar.id = 'werkbalk';
        toolbar.className = 'werkbalk';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', 'Netwerkkaart');
        // A drawing that is only shown (body.alleen-tonen: an agenda's chain) is never saved and has no netwerken.
        const SAVES_OR_EDITS_THE_MODEL = new Set(['opslaan', 'weergave']);
        const commands: [string, string, string, () => Action[]][] = [
            ['save', 'Opslaan (Ctrl+S)', 'opslaan', () => [SaveModelAction.create()]],
            ['discard', 'Ongedaan maken (Ctrl+Z)', 'ongedaan', () => [UndoAction.create()]],
            ['redo', 'Opnieuw (Ctrl+Shift+Z)', 'opnieuw', () => [RedoAction.create()]],
            ['type-hierarchy-sub', 'Indelen in lagen (ELK, Ctrl+Shift+L)', 'indelen-lagen', () => [AutoLayoutOperation.create('lagen')]],
            ['graph-scatter', 'Indelen op afstand (ELK stress)', 'indelen-stress', () => [AutoLayoutOperation.create('stress')]],
            ['group-by-ref-type', 'Gekozen netwerk als container of als spil', 'weergave', () => this.toggleContainer()],
            ['zoom-in', 'Inzoomen', 'inzoomen', () => this.zoom(ZOOM_STEP)],
            ['zoom-out', 'Uitzoomen', 'uitzoomen', () => this.zoom(1 / ZOOM_STEP)],
            ['screen-full', 'Passend maken', 'passend', () => [fitToNodes(this.editorContext.modelRoot, true)]],
            ['arrow-left', 'Selectie links uitlijnen', 'links', () => [AlignElementsAction.create({ alignment: Alignment.Left })]],
            ['arrow-up', 'Selectie boven uitlijnen', 'boven', () => [AlignElementsAction.create({ alignment: Alignment.Top })]],
            ['split-horizontal', 'Selectie gelijk verdelen (horizontaal)', 'verdeel-horizontaal', () => distribute(this.selectedNodes(), 'x')],
            ['split-vertical', 'Selectie gelijk verdelen (verticaal)', 'verdeel-verticaal', () => distribute(this.selectedNodes(), 'y')],
            ['pin', 'Selectie vastzetten (Indelen laat haar staan) of weer losmaken', 'vastzetten', () => this.togglePinned()]
        ];
        for (const [icon, title, id, actions] of commands) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = SAVES_OR_EDITS_THE_MODEL.has(id) ? 'werkbalk-knop werkbalk-model' : 'werkbalk-knop';
            button.title = title;
            button.setAttribute('aria-label', title);
            button.id = `nk-${id}`;
            button.appendChild(createIcon(icon));
            button.onclick = () => {
                this.actionDispatcher.dispatchAll(actions());
            };
            toolbar.appendChild(button);
        }
        document.body.appendChild(toolbar);
    }

    /** Pins the selected nodes, or loosens them when all of them are pinned already. */
    protected togglePinned(): Action[] {
        const nodes = this.selectedNodes();
        if (nodes.length === 0) {
            return [];
        }
        const allPinned = nodes.every(n => (n as unknown as { args?: Record<string, unknown> }).args?.[LookArgs.PINNED] === true);
        return [viewStateOperation('vast', '', !allPinned, nodes.map(n => n.id)) as unknown as Action];
    }

    protected selectedNodes(): GNode[] {
        return this.editorContext.selectedElements.filter((e): e is GNode => e instanceof GNode);
    }

    /**
     * In a narrow window (the workbench's editor area) the open palette would cover most of the map:
     * there it starts folded, one click away.
     */
    protected override onBeforeShow(containerElement: HTMLElement, root: Readonly<GModelRoot>): void {
        super.onBeforeShow(containerElement, root); // unfolds the palette
        // A drawing that is only shown (an agenda's chain) has nothing to make: no palette at all.
        const nothingToMake = this.paletteItems.length === 0;
        containerElement.style.display = nothingToMake ? 'none' : '';
        const fold = document.querySelector<HTMLElement>('.minimize-palette-button');
        if (fold) {
            fold.style.display = nothingToMake ? 'none' : '';
        }
        if (!this.shownOnce && window.innerWidth < NARROW_WINDOW) {
            document.querySelector<HTMLElement>('.minimize-palette-button .codicon')?.click();
        }
        this.shownOnce = true;
    }

    /** GLSP sets this English tooltip itself each time the palette folds or unfolds. */
    protected override updateMinimizePaletteButtonTooltip(button: HTMLDivElement): void {
        button.title = this.isPaletteMaximized() ? 'Palet inklappen' : 'Palet uitklappen';
        button.ariaLabel = button.title;
    }

    protected override createHeaderSearchField(): HTMLInputElement {
        const field = super.createHeaderSearchField();
        field.placeholder = 'Zoeken\u2026';
        return field;
    }

    protected override createHeaderTitle(): HTMLElement {
        const title = super.createHeaderTitle();
        title.textContent = 'Palet';
        return title;
    }

    /** The selected netwerken as containers of their members, or back to hubs when the first one is a container. */
    protected toggleContainer(): Action[] {
        const netwerken = this.editorContext.selectedElements.filter(e => e.type === 'node:netwerk');
        if (netwerken.length === 0) {
            return [];
        }
        const container = !(netwerken[0].cssClasses ?? []).includes('weergave-container');
        return [ShowAsOperation.create(netwerken.map(n => n.id), container ? 'container' : 'spil')];
    }

    /** Zoom around the middle of the window. */
    protected zoom(factor: number): Action[] {
        const root = this.editorContext.modelRoot;
        if (!isViewport(root)) {
            return [];
        }
        const viewport = root;
        // The lower limit follows the map's size (MapZoomLimits): a large map can always be zoomed out to fit.
        const zoom = Math.min(4, Math.max(this.viewerOptions.zoomLimits.min, viewport.zoom * factor));
        const centre = { x: viewport.canvasBounds.width / 2, y: viewport.canvasBounds.height / 2 };
        const scroll = {
            x: viewport.scroll.x + centre.x / viewport.zoom - centre.x / zoom,
            y: viewport.scroll.y + centre.y / viewport.zoom - centre.y / zoom
        };
        return [SetViewportAction.create(root.id, { scroll, zoom }, { animate: true })];
    }
}

// Keep the import used: GLSP's own layout key (Ctrl+Shift+L) sends this operation; the server lays out in layers.
export const GLSP_LAYOUT_KIND = LayoutOperation.KIND;

/**
 * Spaces three or more nodes evenly along x or y, between the first and the last (which stay), as one
 * ChangeBoundsOperation: one edit, one undo.
 */
export function distribute(nodes: GNode[], axis: 'x' | 'y'): Action[] {
    if (nodes.length < 3) {
        return [];
    }
    const size = (n: GNode) => (axis === 'x' ? n.size.width : n.size.height);
    const sorted = [...nodes].sort((a, b) => a.position[axis] + size(a) / 2 - (b.position[axis] + size(b) / 2));
    const first = sorted[0].position[axis] + size(sorted[0]) / 2;
    const last = sorted[sorted.length - 1].position[axis] + size(sorted[sorted.length - 1]) / 2;
    const step = (last - first) / (sorted.length - 1);
    return [
        ChangeBoundsOperation.create(
            sorted.map((node, i) => ({
                elementId: node.id,
                newSize: node.size,
                newPosition: { ...node.position, [axis]: first + i * step - size(node) / 2 }
            }))
        )
    ];
}

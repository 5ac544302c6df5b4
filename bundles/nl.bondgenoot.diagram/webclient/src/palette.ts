import {
    Action,
    createIcon,
    isViewport,
    LayoutOperation,
    Operation,
    RedoAction,
    SaveModelAction,
    SetViewportAction,
    ToolPalette,
    UndoAction
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { fitToNodes } from './startup';

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
 * GLSP's tool palette with Dutch titles and the network map's own commands in its header: save, undo,
 * redo, automatic layout (layers or stress), fit and zoom. Keyboard (GLSP's own key listeners): Ctrl+S,
 * Ctrl+Z, Ctrl+Shift+Z, Ctrl+Shift+L (layers), Delete.
 */
@injectable()
export class NetwerkkaartToolPalette extends ToolPalette {
    protected override createHeaderTools(): HTMLElement {
        const tools = super.createHeaderTools();
        tools.querySelectorAll<HTMLElement>('.codicon').forEach(icon => {
            const known = Object.keys(DUTCH_TITLES).find(c => icon.classList.contains(c));
            if (known) {
                icon.title = DUTCH_TITLES[known];
                icon.ariaLabel = icon.title;
            }
        });
        const commands: [string, string, string, () => Action[]][] = [
            ['save', 'Opslaan (Ctrl+S)', 'opslaan', () => [SaveModelAction.create()]],
            ['discard', 'Ongedaan maken (Ctrl+Z)', 'ongedaan', () => [UndoAction.create()]],
            ['redo', 'Opnieuw (Ctrl+Shift+Z)', 'opnieuw', () => [RedoAction.create()]],
            ['type-hierarchy-sub', 'Indelen in lagen (ELK, Ctrl+Shift+L)', 'indelen-lagen', () => [AutoLayoutOperation.create('lagen')]],
            ['graph-scatter', 'Indelen op afstand (ELK stress)', 'indelen-stress', () => [AutoLayoutOperation.create('stress')]],
            ['zoom-in', 'Inzoomen', 'inzoomen', () => this.zoom(ZOOM_STEP)],
            ['zoom-out', 'Uitzoomen', 'uitzoomen', () => this.zoom(1 / ZOOM_STEP)],
            ['screen-full', 'Passend maken', 'passend', () => [fitToNodes(this.editorContext.modelRoot, true)]]
        ];
        for (const [icon, title, id, actions] of commands) {
            const button = createIcon(icon);
            button.title = title;
            button.ariaLabel = title;
            button.id = `nk-${id}`;
            button.tabIndex = 1;
            button.onclick = () => {
                this.actionDispatcher.dispatchAll(actions());
            };
            tools.appendChild(button);
        }
        return tools;
    }

    protected override createHeaderTitle(): HTMLElement {
        const title = super.createHeaderTitle();
        title.textContent = 'Palet';
        return title;
    }

    /** Zoom around the middle of the window. */
    protected zoom(factor: number): Action[] {
        const root = this.editorContext.modelRoot;
        if (!isViewport(root)) {
            return [];
        }
        const viewport = root;
        const zoom = Math.min(4, Math.max(0.05, viewport.zoom * factor));
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

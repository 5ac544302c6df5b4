// "Focus op de selectie": the selected elements and everything up to n lines away stay, the rest
// fades. Computed from the drawn model (its lines), so it works for every representation.
import { EditorContextService, GEdge, GModelElement, GNode } from '@eclipse-glsp/client';

const FADED = 'buiten-focus';

/** The ids within `steps` lines of the start ids, and the lines between them. */
export function around(elements: GModelElement[], start: string[], steps: number): Set<string> {
    const edges = elements.filter((e): e is GEdge => e instanceof GEdge);
    const kept = new Set(start);
    for (const edge of edges.filter(e => kept.has(e.id))) {
        kept.add(edge.sourceId); // a selected line brings its two ends
        kept.add(edge.targetId);
    }
    let frontier = [...kept];
    for (let step = 0; step < steps && frontier.length > 0; step++) {
        const next: string[] = [];
        for (const edge of edges) {
            for (const [from, to] of [[edge.sourceId, edge.targetId], [edge.targetId, edge.sourceId]]) {
                if (frontier.includes(from) && !kept.has(to)) {
                    kept.add(to);
                    next.push(to);
                }
            }
        }
        frontier = next;
    }
    for (const edge of edges) {
        if (kept.has(edge.sourceId) && kept.has(edge.targetId)) {
            kept.add(edge.id);
        }
    }
    return kept;
}

function domElement(id: string): HTMLElement | null {
    return document.getElementById(`netwerkkaart_${id}`);
}

/** Fades what is not around the selection; with nothing selected, shows everything again. */
export function focusOnSelection(context: EditorContextService, steps: number): number {
    const all = [...context.modelRoot.index.all()].filter(e => e instanceof GNode || e instanceof GEdge);
    const selected = context.selectedElements.map(e => e.id);
    const kept = selected.length === 0 ? undefined : around(all, selected, steps);
    let faded = 0;
    for (const element of all) {
        const fade = kept !== undefined && !kept.has(element.id);
        domElement(element.id)?.classList.toggle(FADED, fade);
        if (fade && element instanceof GNode) {
            faded++;
        }
    }
    return faded;
}

export function clearFocus(context: EditorContextService): void {
    for (const element of context.modelRoot.index.all()) {
        domElement(element.id)?.classList.remove(FADED);
    }
}

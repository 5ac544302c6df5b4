// The look of every element, as the server resolved it from the representation description and sent
// in the GModel's arguments (LookArgs.java names the same keys). The views only draw it: the map's
// look is data, never code here.

/** One path of a node, in the node's coordinates (Paint.java). */
export interface Paint {
    role: string;
    d: string;
    fill: string;
    fillOpacity: number;
    stroke: string;
    strokeWidth: number;
    dash: string;
}

/** A group region's style (Style.java, the properties a region uses). */
export interface GroupStyle {
    vulling?: string;
    rand?: string;
    randdikte?: number;
    streep?: string;
    dekking?: number;
}

export interface LineLook {
    style: { rand?: string; randdikte?: number; streep?: string; rond?: boolean; pijl?: string };
    label?: unknown;
}

export interface Swatch {
    node?: Paint[];
    icon?: string;
    line?: LineLook;
    group?: GroupStyle;
}

export interface Legend {
    sections: { title: string; rows: { text: string; swatch: Swatch }[] }[];
}

export interface Toggle {
    id: string;
    naam: string;
    aan?: boolean;
    vervaag?: boolean;
}

/** Changes of the shown view's own state, saved with it (ViewStateOperation.java). */
export function viewStateOperation(soort: 'laag' | 'filter' | 'vast', id: string, aan: boolean, elementIds: string[] = []) {
    return { kind: 'netwerkkaartWeergaveStaat', isOperation: true, soort, id, aan, elementIds };
}

export const LookArgs = {
    PAINT: 'verf',
    PAINT_SIZE: 'verfMaat',
    ICON: 'icoon',
    ICON_PLACE: 'icoonPlek',
    GROUP: 'groep',
    GROUP_STYLE: 'groepStijl',
    COLOUR: 'kleur',
    WIDTH: 'dikte',
    DASH: 'streep',
    ROUND: 'rond',
    ARROW: 'pijl',
    FONT_SIZE: 'grootte',
    FONT_WEIGHT: 'gewicht',
    ITALIC: 'cursief',
    HALO: 'halo',
    PILL: 'vlak',
    PINNED: 'vast',
    LAYERS: 'lagen',
    FAILED_FILTERS: 'filtersNiet',
    LEGEND: 'legenda',
    ICONS: 'iconen',
    LAYER_LIST: 'lagenLijst',
    FILTER_LIST: 'filterLijst',
    REPRESENTATION: 'weergave',
    SHOW_ONLY: 'alleenTonen'
} as const;

export type Args = Record<string, unknown> | undefined;

export function argsOf(element: unknown): Args {
    return (element as { args?: Record<string, unknown> }).args;
}

export function text(args: Args, key: string): string {
    const value = args?.[key];
    return value === undefined || value === null ? '' : String(value);
}

export function num(args: Args, key: string, otherwise: number): number {
    const value = args?.[key];
    return typeof value === 'number' ? value : otherwise;
}

const parsed = new Map<string, unknown>();

/** JSON arguments are parsed once per distinct text (many nodes share a look). */
export function json<T>(args: Args, key: string, otherwise: T): T {
    const value = text(args, key);
    if (!value) {
        return otherwise;
    }
    let result = parsed.get(value);
    if (result === undefined) {
        try {
            result = JSON.parse(value);
        } catch {
            result = otherwise;
        }
        if (parsed.size > 5000) {
            parsed.clear();
        }
        parsed.set(value, result);
    }
    return result as T;
}

/** Inline style of a path: inline, so that GLSP's generic node and edge CSS cannot override the description. */
export function paintStyle(p: Paint): Record<string, string> {
    const style: Record<string, string> = { fill: p.fill, stroke: p.stroke, strokeWidth: `${p.strokeWidth}px` };
    if (p.fillOpacity !== 1) {
        style.fillOpacity = String(p.fillOpacity);
    }
    if (p.dash) {
        style.strokeDasharray = p.dash;
    }
    return style;
}

export function groupStyle(g: GroupStyle): Record<string, string> {
    const style: Record<string, string> = {
        fill: g.vulling ?? 'none',
        stroke: g.rand ?? 'none',
        strokeWidth: `${g.randdikte ?? 1}px`
    };
    if (g.dekking !== undefined && g.dekking !== null) {
        style.fillOpacity = String(g.dekking);
    }
    if (g.streep) {
        style.strokeDasharray = g.streep;
    }
    return style;
}

/** A line's colour, width, dashes and caps, as inline style. */
export function lineStyle(colour: string, width: number, dash: string, round: boolean): Record<string, string> {
    const style: Record<string, string> = { stroke: colour, strokeWidth: `${width}px`, fill: 'none' };
    if (dash) {
        style.strokeDasharray = dash;
    }
    if (round) {
        style.strokeLinecap = 'round';
    }
    return style;
}

/** An arrow head: filled and outlined in the line's colour. */
export function arrowStyle(colour: string): Record<string, string> {
    return { fill: colour, stroke: colour, strokeWidth: '1px' };
}

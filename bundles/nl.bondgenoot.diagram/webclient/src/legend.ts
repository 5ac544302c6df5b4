// The legend of the map: the sections and rows the server generated from the representation
// description (LegendBuilder.java), each swatch drawn from the same look as the map, so legend and map
// cannot drift apart. The rule markers' colours are the client's own (the export has no markers).
import { Args, arrowStyle, groupStyle, json, Legend, lineStyle, LookArgs, Paint, paintStyle, Swatch } from './look';
import { foldedPanel } from './panel';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    e.className = className;
    if (text !== undefined) {
        e.textContent = text;
    }
    return e;
}

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(tag: string, attributes: Record<string, string | number>, style: Record<string, string> = {}): SVGElement {
    const e = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
        e.setAttribute(name, String(value));
    }
    Object.assign(e.style, style);
    return e;
}

function paintsAt(paints: Paint[], x: number, y: number): SVGElement {
    const g = svgElement('g', { transform: `translate(${x} ${y})` });
    for (const p of paints) {
        g.appendChild(svgElement('path', { d: p.d, class: p.role === 'vorm' ? 'legenda-vorm' : `legenda-${p.role}` }, paintStyle(p)));
    }
    return g;
}

/** A swatch as the export draws it (export/Legend.java), in a 44 x 22 box. */
function swatchSvg(swatch: Swatch, icons: Record<string, string>): SVGElement {
    const svg = svgElement('svg', { width: 44, height: 22, viewBox: '0 0 44 22' });
    if (swatch.line) {
        const s = swatch.line.style;
        const colour = s.rand ?? '#9aa3ab';
        const arrow = s.pijl === 'driehoek';
        const style = lineStyle(colour, s.randdikte ?? 1.5, s.streep ?? '', s.rond === true);
        svg.appendChild(svgElement('path', { class: 'legenda-lijn', d: arrow ? 'M2,11 L34,11' : 'M2,11 L42,11' }, style));
        if (arrow) {
            svg.appendChild(svgElement('path', { class: 'pijlpunt', d: 'M0,0 L-11,-5 L-11,5 Z', transform: 'translate(42 11)' },
                arrowStyle(colour)));
        }
    } else if (swatch.group) {
        svg.appendChild(svgElement('rect', { class: 'legenda-groep', x: 1, y: 1, rx: 8, ry: 8, width: 42, height: 20 }, groupStyle(swatch.group)));
        svg.appendChild(paintsAt(swatch.node ?? [], 10, 5));
    } else if (swatch.node) {
        svg.appendChild(paintsAt(swatch.node, 1, 2));
        if (swatch.icon && icons[swatch.icon]) {
            svg.appendChild(svgElement('image', { href: icons[swatch.icon], x: 4, y: 5, width: 12, height: 12 }));
        }
    }
    return svg;
}

function row(list: HTMLElement, swatch: Element, label: string): void {
    const item = el('li', 'legenda-regel');
    const holder = el('span', 'legenda-staal');
    holder.appendChild(swatch);
    item.append(holder, el('span', 'legenda-tekst', label));
    list.appendChild(item);
}

function section(title: string, list: HTMLElement): HTMLElement {
    const part = el('section', 'legenda-deel');
    part.append(el('h3', 'legenda-titel', title), list);
    return part;
}

function marker(colour: string): SVGElement {
    const svg = svgElement('svg', { width: 44, height: 22, viewBox: '0 0 44 22' });
    svg.appendChild(svgElement('circle', { cx: 22, cy: 11, r: 7, fill: colour }));
    return svg;
}

/** The legend of the representation whose root arguments are given. */
export function createLegend(rootArgs: Args): HTMLElement {
    const { panel: legend, body } = foldedPanel('legenda', 'Legenda');

    const icons = json<Record<string, string>>(rootArgs, LookArgs.ICONS, {});
    for (const part of json<Legend>(rootArgs, LookArgs.LEGEND, { sections: [] }).sections) {
        const list = el('ul', 'legenda-lijst');
        body.append(section(part.title, list));
        for (const r of part.rows) {
            row(list, swatchSvg(r.swatch, icons), r.text);
        }
    }
    const markers = el('ul', 'legenda-lijst');
    body.append(section('Regels', markers));
    row(markers, marker('var(--glsp-error-foreground)'), 'FOUT (regel-id en bron bij de muis)');
    row(markers, marker('var(--glsp-warning-foreground)'), 'WAARSCHUWING');
    row(markers, marker('var(--glsp-info-foreground)'), 'INFO');
    return legend;
}

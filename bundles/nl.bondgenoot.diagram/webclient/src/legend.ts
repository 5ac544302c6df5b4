// The legend of the network map: what shapes, colours, lines and badges mean. Its swatches are small
// SVGs with the same CSS classes as the diagram, so legend and map cannot drift apart.
import { CATEGORY_ICONS, CATEGORY_LABELS } from './icons';

const RELATIONS: [string, string][] = [
    ['soort-hierarchisch familie-hierarchisch', 'hiërarchisch, toezicht'],
    ['soort-subsidie familie-financieel', 'subsidie (en prestatiesubsidie, BCF, subsidieovereenkomst)'],
    ['soort-contract familie-markt', 'contract'],
    ['soort-aanbesteding familie-markt', 'aanbesteding, uitbesteding'],
    ['soort-convenant familie-samenwerking', 'convenant'],
    ['soort-samenwerking familie-samenwerking', 'samenwerking, gemeentelijke samenwerking'],
    ['soort-regie_taakverdeling familie-samenwerking', 'regie / taakverdeling'],
    ['soort-advies familie-invloed', 'advies'],
    ['soort-verantwoording familie-invloed', 'verantwoording'],
    ['soort-overtuigen_verleiden familie-invloed', 'overtuigen / verleiden']
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    e.className = className;
    if (text !== undefined) {
        e.textContent = text;
    }
    return e;
}

/** A value that may contain quotes (an SVG data URL), safe inside a double-quoted attribute. */
function attribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function swatch(svg: string): HTMLElement {
    const span = el('span', 'legenda-staal');
    span.innerHTML = `<svg width="44" height="22" viewBox="0 0 44 22">${svg}</svg>`;
    return span;
}

function row(list: HTMLElement, svg: string, label: string): void {
    const item = el('li', 'legenda-regel');
    item.append(swatch(svg), el('span', 'legenda-tekst', label));
    list.appendChild(item);
}

function section(title: string, list: HTMLElement): HTMLElement {
    const part = el('section', 'legenda-deel');
    part.append(el('h3', 'legenda-titel', title), list);
    return part;
}

export function createLegend(): HTMLElement {
    const legend = el('aside', 'legenda');
    legend.id = 'legenda';
    legend.setAttribute('aria-label', 'Legenda');
    const header = el('button', 'legenda-kop', 'Legenda');
    header.type = 'button';
    const body = el('div', 'legenda-inhoud');
    // Folded at first, so it does not cover the map; one click shows it.
    body.hidden = true;
    header.setAttribute('aria-expanded', 'false');
    header.onclick = () => {
        body.hidden = !body.hidden;
        header.setAttribute('aria-expanded', String(!body.hidden));
    };
    legend.append(header, body);

    const actors = el('ul', 'legenda-lijst');
    body.append(section('Actoren', actors));
    for (const [category, label] of Object.entries(CATEGORY_LABELS)) {
        const rx = category === 'professional' || category === 'burger' ? 9 : category === 'overheid' ? 0 : 5;
        row(actors,
            `<g class="actor categorie-${category}"><rect class="actor-shape" x="1" y="2" rx="${rx}" width="42" height="18"/>` +
                `<image href="${attribute(CATEGORY_ICONS[category])}" x="4" y="5" width="12" height="12"/></g>`,
            label);
    }
    row(actors, '<g class="actor regisseur"><rect class="actor-shape" x="2" y="3" rx="5" width="40" height="16"/></g>', 'NAO-netwerkregisseur (badge)');
    row(actors, '<g class="actor leidend"><rect class="actor-shape" x="2" y="3" rx="5" width="40" height="16"/></g>', 'leidende organisatie (badge)');
    row(actors, '<g class="actor gemeente categorie-overheid"><rect class="actor-shape" x="2" y="3" width="40" height="16"/></g>', 'gemeente (met haar rollen)');

    const groups = el('ul', 'legenda-lijst');
    body.append(section('Netwerken en convenanten', groups));
    row(groups, '<g class="netwerk"><polygon class="netwerk-shape" points="8,2 36,2 43,11 36,20 8,20 1,11"/></g>', 'netwerk');
    row(groups, '<g class="lidmaatschap"><path class="sprotty-edge" d="M2,11 L42,11"/></g>', 'lid van een netwerk');
    row(groups, '<g class="netwerk"><rect class="netwerk-groep" x="1" y="1" rx="8" width="42" height="20"/><polygon class="netwerk-shape" points="12,6 32,6 35,11 32,16 12,16 9,11"/></g>', 'netwerk als container van zijn leden');
    row(groups, '<g class="convenant"><rect class="convenant-groep" x="1" y="1" rx="8" width="42" height="20"/><path class="convenant-shape" d="M12,5 L28,5 L32,9 L32,17 L12,17 Z"/></g>', 'convenant met zijn partners');

    const relations = el('ul', 'legenda-lijst');
    body.append(section('Sturingsrelaties (label: fase · doorzettingsmacht)', relations));
    for (const [classes, label] of RELATIONS) {
        row(relations, `<g class="sturingsrelatie ${classes}"><path class="sprotty-edge" d="M2,11 L34,11"/><path class="sprotty-edge pijlpunt" d="M42,11 L32,6 L32,16 Z"/></g>`, label);
    }

    const markers = el('ul', 'legenda-lijst');
    body.append(section('Regels', markers));
    row(markers, '<circle cx="22" cy="11" r="7" fill="var(--glsp-error-foreground)"/>', 'FOUT (regel-id en bron bij de muis)');
    row(markers, '<circle cx="22" cy="11" r="7" fill="var(--glsp-warning-foreground)"/>', 'WAARSCHUWING');
    row(markers, '<circle cx="22" cy="11" r="7" fill="var(--glsp-info-foreground)"/>', 'INFO');
    return legend;
}

// The panel "Lagen en filters": the layers and filters of the representation description, each a
// check box. A layer that is off hides the elements on it; a filter that is on hides or fades the
// elements that do not pass it. Both are one class on the page and one generated CSS rule each, so a
// toggle costs one style recalculation, not a redraw.
import { Args, json, LookArgs, Toggle } from './look';

const ID = /^[a-z][a-z0-9_-]*$/; // the description reader allows no other ids

function rules(layers: Toggle[], filters: Toggle[]): string {
    const css: string[] = [];
    for (const layer of layers.filter(l => ID.test(l.id))) {
        css.push(`body.laag-uit-${layer.id} [data-lagen~="${layer.id}"] { display: none; }`);
    }
    for (const filter of filters.filter(f => ID.test(f.id))) {
        css.push(`body.filter-${filter.id} [data-filters-niet~="${filter.id}"] { ${filter.vervaag ? 'opacity: 0.15;' : 'display: none;'} }`);
    }
    return css.join('\n');
}

function checkbox(list: HTMLElement, id: string, label: string, checked: boolean, change: (on: boolean) => void): void {
    const item = document.createElement('li');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = id;
    input.checked = checked;
    input.onchange = () => change(input.checked);
    const text = document.createElement('label');
    text.htmlFor = id;
    text.textContent = label;
    item.append(input, text);
    list.appendChild(item);
}

/** The panel, or nothing when the description has no layers and no filters. */
export function createLayerPanel(rootArgs: Args): HTMLElement | undefined {
    const layers = json<Toggle[]>(rootArgs, LookArgs.LAYER_LIST, []);
    const filters = json<Toggle[]>(rootArgs, LookArgs.FILTER_LIST, []);
    if (layers.length === 0 && filters.length === 0) {
        return undefined;
    }
    const style = document.createElement('style');
    style.id = 'lagen-stijl';
    style.textContent = rules(layers, filters);
    document.head.appendChild(style);

    const panel = document.createElement('aside');
    panel.className = 'lagen';
    panel.id = 'lagen';
    panel.setAttribute('aria-label', 'Lagen en filters');
    const header = document.createElement('button');
    header.type = 'button';
    header.className = 'lagen-kop';
    header.textContent = 'Lagen en filters';
    const body = document.createElement('div');
    body.className = 'lagen-inhoud';
    body.hidden = true;
    header.setAttribute('aria-expanded', 'false');
    header.onclick = () => {
        body.hidden = !body.hidden;
        header.setAttribute('aria-expanded', String(!body.hidden));
    };
    panel.append(header, body);
    if (layers.length > 0) {
        const title = document.createElement('h3');
        title.textContent = 'Lagen';
        const list = document.createElement('ul');
        for (const layer of layers) {
            const on = layer.aan !== false;
            document.body.classList.toggle(`laag-uit-${layer.id}`, !on);
            checkbox(list, `laag-${layer.id}`, layer.naam, on, checked => document.body.classList.toggle(`laag-uit-${layer.id}`, !checked));
        }
        body.append(title, list);
    }
    if (filters.length > 0) {
        const title = document.createElement('h3');
        title.textContent = 'Filters';
        const list = document.createElement('ul');
        for (const filter of filters) {
            checkbox(list, `filter-${filter.id}`, filter.naam + (filter.vervaag ? ' (vervaagt de rest)' : ''), false, checked =>
                document.body.classList.toggle(`filter-${filter.id}`, checked)
            );
        }
        body.append(title, list);
    }
    return panel;
}

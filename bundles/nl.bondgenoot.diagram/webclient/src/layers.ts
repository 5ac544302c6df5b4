// The panel "Lagen en filters": the layers and filters of the representation description, each a
// check box. A layer that is off hides the elements on it; a filter that is on hides or fades the
// elements that do not pass it. Both are one class on the page and one generated CSS rule each, so a
// toggle costs one style recalculation, not a redraw.
import { Action, EditorContextService } from '@eclipse-glsp/client';
import { clearFocus, focusOnSelection } from './focus';
import { Args, json, LookArgs, Toggle, viewStateOperation } from './look';
import { foldedPanel } from './panel';

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

/** The panel: the description's layers and filters, and the focus on the selection. */
export function createLayerPanel(rootArgs: Args, context: EditorContextService, dispatch: (action: Action) => void): HTMLElement {
    const layers = json<Toggle[]>(rootArgs, LookArgs.LAYER_LIST, []);
    const filters = json<Toggle[]>(rootArgs, LookArgs.FILTER_LIST, []);
    const style = document.createElement('style');
    style.id = 'lagen-stijl';
    style.textContent = rules(layers, filters);
    document.head.appendChild(style);

    const { panel, body } = foldedPanel('lagen', 'Lagen, filters en focus');
    // A layer that is off gets "laag-uit-ID" on the page, a filter that is on "filter-ID"; both saved with the view.
    toggles(body, 'Lagen', layers, 'laag', layer => layer.aan !== false, layer => layer.naam, (id, on) => {
        document.body.classList.toggle(`laag-uit-${id}`, !on);
    }, dispatch);
    toggles(body, 'Filters', filters, 'filter', filter => filter.aan === true,
        filter => filter.naam + (filter.vervaag ? ' (vervaagt de rest)' : ''), (id, on) => {
            document.body.classList.toggle(`filter-${id}`, on);
        }, dispatch);
    body.append(focusSection(context));
    return panel;
}

/** A titled list of check boxes, one per layer or filter, applied at once and on every change. */
function toggles(body: HTMLElement, title: string, items: Toggle[], soort: 'laag' | 'filter', initially: (t: Toggle) => boolean,
    label: (t: Toggle) => string, apply: (id: string, on: boolean) => void, dispatch: (action: Action) => void): void {
    if (items.length === 0) {
        return;
    }
    const heading = document.createElement('h3');
    heading.textContent = title;
    const list = document.createElement('ul');
    for (const item of items) {
        apply(item.id, initially(item));
        checkbox(list, `${soort}-${item.id}`, label(item), initially(item), checked => {
            apply(item.id, checked);
            dispatch(viewStateOperation(soort, item.id, checked) as unknown as Action);
        });
    }
    body.append(heading, list);
}

/** "Focus op de selectie": n steps around the selected elements stay, the rest fades. */
function focusSection(context: EditorContextService): HTMLElement {
    const part = document.createElement('div');
    const title = document.createElement('h3');
    title.textContent = 'Focus';
    const steps = document.createElement('input');
    steps.type = 'number';
    steps.id = 'focus-stappen';
    steps.min = '0';
    steps.max = '9';
    steps.value = '1';
    steps.className = 'focus-stappen';
    const label = document.createElement('label');
    label.htmlFor = steps.id;
    label.textContent = ' stappen rond de selectie';
    const focus = document.createElement('button');
    focus.type = 'button';
    focus.textContent = 'Focus op de selectie';
    const status = document.createElement('p');
    status.className = 'focus-status';
    focus.onclick = () => {
        const faded = focusOnSelection(context, Math.max(0, Math.min(9, Number(steps.value) || 0)));
        status.textContent = context.selectedElements.length === 0 ? 'Selecteer eerst een of meer elementen.' : `${faded} knopen vervaagd.`;
    };
    const all = document.createElement('button');
    all.type = 'button';
    all.textContent = 'Alles tonen';
    all.onclick = () => {
        clearFocus(context);
        status.textContent = '';
    };
    const row = document.createElement('p');
    row.append(steps, label);
    part.append(title, row, focus, all, status);
    return part;
}

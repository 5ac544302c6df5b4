// The panel "Tabel": a table representation of the served model (the description's columns, the
// model's rows), sortable by a click on a header, filtered by a text, editable per cell. A cell edit
// is a GLSP operation whose server handler runs the same EMF command as the workbench's table, on the
// model's one command stack: the map follows, and the page's undo (Ctrl+Z, the palette's button)
// undoes it. With several rows selected an edit sets them all at once (one undo). "Kopiëren" copies the
// selected rows (or all shown) as tab-separated text for a spreadsheet, made by the server (TabSeparated).
import {
    Action,
    bindAsService,
    configureActionHandler,
    FeatureModule,
    GModelRoot,
    IActionDispatcher,
    IActionHandler,
    IGModelRootListener,
    RedoAction,
    TYPES,
    UndoAction
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { foldedPanel } from './panel';

/** The server's answer (TableAction.java): the tables there are and the rows of the one asked for. */
export interface TableAnswer extends Action {
    kind: typeof TABLE_KIND;
    tabellen: { id: string; naam: string }[];
    tabel: string;
    kolommen: { kop: string; breedte: number; bewerkbaar: boolean; keuzes?: [string, string][] | null }[];
    kopregel: string;
    rijen: { id: string; cellen: string[]; waarden: (string | null)[]; regel: string }[];
    problemen?: string[];
}

export const TABLE_KIND = 'netwerkkaartTabel';

/** Asks the server for the tables and the rows of one (TableRequestAction.java). */
export function tableRequest(tabel: string): Action {
    return { kind: 'netwerkkaartTabelVragen', tabel, requestId: '' } as Action;
}

/** A cell edit on these rows (TableEditOperation.java): a choice's key or the typed text. */
export function tableEdit(tabel: string, kolom: number, rijen: string[], waarde: string): Action {
    return { kind: 'netwerkkaartTabelWijzigen', isOperation: true, tabel, kolom, rijen, waarde } as Action;
}

@injectable()
export class TablePanel implements IActionHandler, IGModelRootListener {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    protected answer?: TableAnswer;
    protected shown = ''; // the id of the table shown, '' for none
    protected sortColumn = -1;
    protected sortDown = false;
    protected filter = '';
    protected readonly selected = new Set<string>();
    protected panel?: HTMLElement;
    protected body?: HTMLElement;
    protected choice?: HTMLSelectElement;
    protected holder?: HTMLElement; // the table itself, redrawn on every answer, sort and filter

    /** The panel, made once; asks the server for the list of tables. */
    element(): HTMLElement {
        if (!this.panel) {
            const { panel, body } = foldedPanel('tabel', 'Tabel');
            this.panel = panel;
            this.body = body;
            this.holder = document.createElement('div');
            this.body.append(this.toolbar(), this.holder);
            this.body.addEventListener('keydown', event => this.undoKeys(event));
            void this.dispatcher.dispatch(tableRequest(''));
        }
        return this.panel;
    }

    /** Opens a table (as choosing it in the panel does). */
    open(id: string): void {
        this.shown = id;
        this.sortColumn = -1;
        this.selected.clear();
        void this.dispatcher.dispatch(tableRequest(id));
    }

    handle(action: Action): void {
        const answer = action as TableAnswer;
        if (answer.tabel !== this.shown && !(answer.tabel === '' && !this.answer)) {
            return; // an answer for a table no longer shown
        }
        this.answer = answer;
        this.render();
    }

    /** The model changed (an edit here or on the map, an undo): show the rows as they are now. */
    modelRootChanged(_root: Readonly<GModelRoot>): void {
        if (this.shown) {
            void this.dispatcher.dispatch(tableRequest(this.shown));
        }
    }

    /** Ctrl+Z and Ctrl+Y in the panel undo and redo as on the map (outside a text being typed, which has its own). */
    protected undoKeys(event: KeyboardEvent): void {
        const typing = event.target instanceof HTMLInputElement && (event.target.type === 'text' || event.target.type === 'search');
        if (typing || !(event.ctrlKey || event.metaKey)) {
            return;
        }
        const key = event.key.toLowerCase();
        if (key === 'z' && !event.shiftKey) {
            void this.dispatcher.dispatch(UndoAction.create());
        } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
            void this.dispatcher.dispatch(RedoAction.create());
        } else {
            return;
        }
        event.preventDefault();
    }

    protected render(): void {
        const answer = this.answer;
        if (!this.body || !this.holder || !answer) {
            return;
        }
        this.updateChoice(answer);
        this.updateProblems(answer.problemen ?? []);
        const focused = document.activeElement?.id;
        this.holder.replaceChildren(...(this.shown && answer.tabel === this.shown ? [this.table(answer)] : []));
        const again = focused ? document.getElementById(focused) : null;
        if (again && this.holder.contains(again)) {
            (again as HTMLElement).focus();
        }
    }

    /** Contributed descriptions left out (file:line: message): why a table may be missing. */
    protected updateProblems(problems: string[]): void {
        let list = document.getElementById('tabel-problemen');
        if (problems.length === 0) {
            list?.remove();
            return;
        }
        if (!list) {
            list = document.createElement('details');
            list.id = 'tabel-problemen';
            list.className = 'tabel-problemen';
            this.holder?.before(list);
        }
        const summary = document.createElement('summary');
        summary.textContent = `Beschrijvingen met fouten, niet gebruikt (${problems.length})`;
        const lines = document.createElement('pre');
        lines.textContent = problems.join('\n');
        list.replaceChildren(summary, lines);
    }

    /** The list of tables, kept in step with the server's. */
    protected updateChoice(answer: TableAnswer): void {
        const choice = this.choice;
        if (!choice) {
            return;
        }
        const wanted = ['', ...answer.tabellen.map(t => t.id)].join('\n');
        if ([...choice.options].map(o => o.value).join('\n') !== wanted) {
            choice.replaceChildren(new Option('Kies een tabel…', ''), ...answer.tabellen.map(t => new Option(t.naam, t.id)));
        }
        choice.value = this.shown;
    }

    protected toolbar(): HTMLElement {
        const bar = document.createElement('div');
        bar.className = 'tabel-balk';
        const choice = document.createElement('select');
        choice.id = 'tabel-keuze';
        choice.setAttribute('aria-label', 'Tabel van het model');
        choice.append(new Option('Kies een tabel…', ''));
        choice.onchange = () => this.open(choice.value);
        this.choice = choice;
        const filter = document.createElement('input');
        filter.type = 'search';
        filter.id = 'tabel-filter';
        filter.placeholder = 'Filter';
        filter.setAttribute('aria-label', 'Rijen filteren');
        filter.value = this.filter;
        filter.oninput = () => {
            this.filter = filter.value;
            this.render();
        };
        const copy = document.createElement('button');
        copy.type = 'button';
        copy.id = 'tabel-kopieer';
        copy.textContent = 'Kopiëren';
        copy.title = 'De geselecteerde rijen (of alle getoonde) als tekst met tabs, voor een spreadsheet';
        copy.onclick = () => void this.copy(copy);
        bar.append(choice, filter, copy);
        return bar;
    }

    /** The rows that pass the filter, in the chosen order. */
    protected rows(answer: TableAnswer): TableAnswer['rijen'] {
        const words = this.filter.trim().toLowerCase();
        const rows = answer.rijen.filter(row => words === '' || row.cellen.some(cell => cell.toLowerCase().includes(words)));
        if (this.sortColumn >= 0) {
            const column = this.sortColumn;
            const order = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
            rows.sort((a, b) => (this.sortDown ? -1 : 1) * order.compare(a.cellen[column] ?? '', b.cellen[column] ?? ''));
        }
        return rows;
    }

    protected table(answer: TableAnswer): HTMLElement {
        const table = document.createElement('table');
        table.className = 'tabel-rijen';
        const head = table.createTHead().insertRow();
        head.append(document.createElement('th')); // the selection column
        answer.kolommen.forEach((column, index) => {
            const th = document.createElement('th');
            th.style.minWidth = `${Math.round(column.breedte * 0.6)}px`;
            const sort = document.createElement('button');
            sort.type = 'button';
            sort.textContent = column.kop + (this.sortColumn === index ? (this.sortDown ? ' ▼' : ' ▲') : '');
            sort.title = 'Sorteren op ' + column.kop;
            // As in the workbench: up, down, then the model's order again.
            sort.onclick = () => {
                if (this.sortColumn !== index) {
                    this.sortColumn = index;
                    this.sortDown = false;
                } else if (!this.sortDown) {
                    this.sortDown = true;
                } else {
                    this.sortColumn = -1;
                }
                this.render();
            };
            th.setAttribute('aria-sort', this.sortColumn !== index ? 'none' : this.sortDown ? 'descending' : 'ascending');
            th.append(sort);
            head.append(th);
        });
        const rows = table.createTBody();
        for (const row of this.rows(answer)) {
            const tr = rows.insertRow();
            tr.dataset.id = row.id;
            tr.classList.toggle('gekozen', this.selected.has(row.id));
            const pick = document.createElement('input');
            pick.type = 'checkbox';
            pick.checked = this.selected.has(row.id);
            pick.setAttribute('aria-label', 'Rij selecteren: ' + row.cellen[0]);
            pick.onchange = () => {
                if (pick.checked) {
                    this.selected.add(row.id);
                } else {
                    this.selected.delete(row.id);
                }
                tr.classList.toggle('gekozen', pick.checked);
            };
            tr.insertCell().append(pick);
            answer.kolommen.forEach((column, index) => {
                const td = tr.insertCell();
                td.dataset.kolom = column.kop;
                if (!column.bewerkbaar) {
                    td.textContent = row.cellen[index];
                } else {
                    td.append(this.editor(answer, row, index));
                }
            });
        }
        return table;
    }

    /** A select with the Dutch choices, or a text field; a change is sent at once (a text on Enter or leaving it). */
    protected editor(answer: TableAnswer, row: TableAnswer['rijen'][number], index: number): HTMLElement {
        const column = answer.kolommen[index];
        const id = `tabel-cel-${row.id}-${index}`;
        const current = row.waarden[index] ?? '';
        const send = (value: string) => {
            if (value !== current) {
                const rows = this.selected.has(row.id) ? [...this.selected] : [row.id];
                void this.dispatcher.dispatch(tableEdit(answer.tabel, index, rows, value));
            }
        };
        if (column.keuzes) {
            const select = document.createElement('select');
            select.id = id;
            select.setAttribute('aria-label', `${column.kop} van ${row.cellen[0]}`);
            for (const [key, text] of column.keuzes) {
                select.append(new Option(text === '' ? '(geen)' : text, key, false, key === current));
            }
            select.onchange = () => send(select.value);
            return select;
        }
        const input = document.createElement('input');
        input.type = 'text';
        input.id = id;
        input.value = current;
        input.setAttribute('aria-label', `${column.kop} van ${row.cellen[0]}`);
        input.onkeydown = event => {
            if (event.key === 'Enter') {
                send(input.value);
            } else if (event.key === 'Escape') {
                input.value = current;
            }
        };
        input.onblur = () => send(input.value);
        return input;
    }

    protected async copy(button: HTMLButtonElement): Promise<void> {
        const answer = this.answer;
        if (!answer || answer.tabel === '') {
            return;
        }
        const shown = this.rows(answer);
        const chosen = shown.filter(row => this.selected.has(row.id));
        const text = [answer.kopregel, ...(chosen.length > 0 ? chosen : shown).map(row => row.regel)].join('');
        this.panel?.setAttribute('data-gekopieerd', text);
        try {
            await navigator.clipboard.writeText(text);
            button.textContent = `Gekopieerd (${chosen.length > 0 ? chosen.length : shown.length} rijen)`;
        } catch {
            button.textContent = 'Kopiëren lukte niet';
        }
        setTimeout(() => (button.textContent = 'Kopiëren'), 2000);
    }
}

/** The panel, its answers from the server and its refresh on every model change. */
export const tableModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindAsService(context, TYPES.IGModelRootListener, TablePanel); // also binds the panel itself, once
        configureActionHandler(context, TABLE_KIND, TablePanel);
    },
    { featureId: Symbol('tabel') }
);

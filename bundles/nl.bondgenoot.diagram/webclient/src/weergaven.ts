// The views of the model (several named maps, each with its own selection and layout): which one
// this page shows, and a list to switch to another. The page's address names the view
// (?weergave=NAAM, after the server's token); without it the page shows the model's first view.

/** The option of the model request that names the view; the server reads the same word. */
export const VIEW_OPTION = 'weergave';

/** The view this page shows, or undefined for the model's default view. */
export function viewOfPage(): string | undefined {
    const asked = new URLSearchParams(location.search).get(VIEW_OPTION);
    return asked && asked.trim() !== '' ? asked : undefined;
}

interface ViewList {
    weergaven: { naam: string; adres: string }[];
}

/**
 * A list of the model's views at the top of the map (only when it has more than one); choosing one
 * opens its address in this tab. The list comes from the server, relative to the page (token included).
 */
export async function createViewSwitcher(): Promise<HTMLElement | undefined> {
    const answer = await fetch(new URL('weergaven.json', location.href).href, { cache: 'no-store' });
    if (!answer.ok) {
        return undefined;
    }
    const list = (await answer.json()) as ViewList;
    if (list.weergaven.length < 2) {
        return undefined;
    }
    const shown = viewOfPage()?.toLowerCase() ?? list.weergaven[0].naam.toLowerCase();
    const box = document.createElement('label');
    box.id = 'weergaven';
    box.className = 'weergaven';
    box.append('Weergave ');
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'Weergave van het model');
    for (const view of list.weergaven) {
        const option = document.createElement('option');
        option.value = new URL(view.adres, location.href).href;
        option.textContent = view.naam;
        option.selected = view.naam.toLowerCase() === shown;
        select.append(option);
    }
    select.addEventListener('change', () => location.assign(select.value));
    box.append(select);
    return box;
}

// The map's side panels (the legend, the layers and filters): a heading that folds the panel, folded
// at first so that it does not cover the map; one click shows it.

/** The panel and the body to fill; classes `${name}`, `${name}-kop`, `${name}-inhoud`. */
export function foldedPanel(name: string, title: string): { panel: HTMLElement; body: HTMLElement } {
    const panel = document.createElement('aside');
    panel.className = name;
    panel.id = name;
    panel.setAttribute('aria-label', title);
    const header = document.createElement('button');
    header.type = 'button';
    header.className = `${name}-kop`;
    header.textContent = title;
    const body = document.createElement('div');
    body.className = `${name}-inhoud`;
    body.hidden = true;
    header.setAttribute('aria-expanded', 'false');
    header.onclick = () => {
        body.hidden = !body.hidden;
        header.setAttribute('aria-expanded', String(!body.hidden));
    };
    panel.append(header, body);
    return { panel, body };
}

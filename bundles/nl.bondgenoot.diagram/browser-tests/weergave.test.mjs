// The look is one description (netwerkkaart.weergave.json): the browser and the SVG export both draw
// it. For every example network this test draws the map in Chromium, exports it with the product's
// command line, and compares per element the shape (outline path), fill, border, dashes, arrow head
// and icon, and the legend's rows. And the map's layers and filters do what the panel says.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIAGRAM, chromiumForTheseTests, copyExample, nodeNamed, openPage, RENDER_TIMEOUT_MS, REPO_ROOT, screenshot, serveCommand, settled, timeUntilSettled, withServer } from './harness.mjs';

const run = promisify(execFile);

/** Everything the look decides, read from a rendered map (styles as computed) or an export (attributes). */
function lookOf(root, computed) {
    const colour = value => {
        if (!value || value === 'none') {
            return 'none';
        }
        const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
        return m ? `rgb(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)})` : value;
    };
    const numbers = value => (value && value !== 'none' ? value.match(/[\d.]+/g).map(Number).join(' ') : '');
    const style = element => {
        if (computed) {
            const s = getComputedStyle(element);
            return { fill: s.fill, stroke: s.stroke, width: parseFloat(s.strokeWidth), dash: numbers(s.strokeDasharray) };
        }
        return {
            fill: colour(element.getAttribute('fill')),
            stroke: colour(element.getAttribute('stroke')),
            width: parseFloat(element.getAttribute('stroke-width') ?? '1'),
            dash: numbers(element.getAttribute('stroke-dasharray'))
        };
    };
    const result = {};
    for (const node of root.querySelectorAll('g.actor, g.netwerk, g.convenant')) {
        const id = computed ? node.id.substring(node.id.indexOf('_') + 1) : node.getAttribute('data-id');
        const kind = ['actor', 'netwerk', 'convenant'].find(k => node.classList.contains(k));
        const outline = node.querySelector(`:scope path.${kind}-shape, :scope > g > path.${kind}-shape`);
        result[id] = {
            kind,
            shape: outline.getAttribute('d'),
            ...style(outline),
            decorations: [...node.querySelectorAll(`path[class^="${kind}-"]:not(.${kind}-shape)`)].map(p => p.getAttribute('class')).sort().join(' '),
            icon: node.querySelector('image, svg.icoon') !== null
        };
    }
    for (const edge of root.querySelectorAll('g.sturingsrelatie, g.lidmaatschap, g.convenantpartner, g.financieringsstroom')) {
        const id = computed ? edge.id.substring(edge.id.indexOf('_') + 1) : edge.getAttribute('data-id');
        const line = edge.querySelector(':scope > path:not(.pijlpunt)');
        const arrow = edge.querySelector(':scope > path.pijlpunt');
        result[id] = { kind: [...edge.classList].find(c => ['sturingsrelatie', 'lidmaatschap', 'convenantpartner', 'financieringsstroom'].includes(c)), ...style(line), fill: 'line', arrow: arrow ? arrow.getAttribute('d').replace(/\s+/g, ' ') : '' };
    }
    return result;
}

describe('one description, two renderers', () => {
    const browser = chromiumForTheseTests();

    test('every example network: the browser and the export draw the same shapes, colours, dashes, arrows, icons and legend', async () => {
        const folder = await mkdtemp(join(tmpdir(), 'bondgenoot-weergave-'));
        try {
            const examples = (await readdir(join(REPO_ROOT, 'examples/netwerken'))).filter(f => f.endsWith('.bondgenoot'));
            const seen = new Set();
            assert.ok(examples.length >= 8, examples.join(', '));
            for (const example of examples) {
                const file = `examples/netwerken/${example}`;
                const svgFile = join(folder, example.replace('.bondgenoot', '.svg'));
                // The same launch as the server's (BONDGENOOT_SERVE_CMD), with the export command.
                const exportCommand = `${serveCommand(file).replace(/ serve /, ' export ')} --format svg --uit '${svgFile}'`;
                await run('sh', ['-c', exportCommand], { cwd: REPO_ROOT });
                const exported = await readFile(svgFile, 'utf8');
                await withServer(file, async ({ url }) => {
                    const { page, problems } = await openPage(browser.context, url);
                    try {
                        await page.locator(`${DIAGRAM} g.actor`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                        await settled(page);
                        const [inBrowser, inExport] = await page.evaluate(
                            ([svgText, lookSource]) => {
                                const look = new Function(`return (${lookSource})`)();
                                const exportedDoc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
                                return [look(document.querySelector('#netwerkkaart'), true), look(exportedDoc, false)];
                            },
                            [exported, lookOf.toString()]
                        );
                        assert.deepEqual(Object.keys(inBrowser).sort(), Object.keys(inExport).sort(), `${example}: the same elements`);
                        // what is compared is real: every node has an outline and a fill, every line a colour
                        for (const look of Object.values(inBrowser)) {
                            assert.ok(look.kind && look.stroke.startsWith('rgb') && (look.fill === 'line' || (look.shape.length > 10 && look.fill.startsWith('rgb'))), JSON.stringify(look));
                        }
                        Object.values(inBrowser).forEach(look => seen.add(`${look.kind} ${look.fill} ${look.stroke} ${look.dash}`));
                        for (const id of Object.keys(inBrowser)) {
                            assert.deepEqual(inBrowser[id], inExport[id], `${example}: element ${id}`);
                        }
                        // The legend: the same rows in the same sections (the browser adds the rule markers).
                        await page.locator('.legenda-kop').click();
                        const browserRows = await page.locator('.legenda-tekst').allTextContents();
                        const exportRows = await page.evaluate(svgText => {
                            const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
                            return [...doc.querySelectorAll('g.legenda-regel > text')].map(t => t.textContent);
                        }, exported);
                        assert.deepEqual(browserRows.slice(0, exportRows.length), exportRows, `${example}: legend rows`);
                        assert.deepEqual(problems, []);
                    } finally {
                        await page.close();
                    }
                });
            }
            assert.ok(seen.size >= 10, `the examples show many different looks (${seen.size})`);
        } finally {
            await rm(folder, { recursive: true, force: true });
        }
    });

    test('a layer switched off hides its elements, a filter hides or fades what does not pass it', async () => {
        await withServer('examples/netwerken/sleutelteam-berflo-es.bondgenoot', async ({ url }) => {
            const { page, problems } = await openPage(browser.context, url);
            try {
                await page.locator(`${DIAGRAM} g.lidmaatschap`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                const visible = selector => page.locator(`${DIAGRAM} ${selector}`).evaluateAll(
                    elements => elements.filter(e => getComputedStyle(e).display !== 'none').length);
                const memberships = await visible('g.lidmaatschap');
                assert.ok(memberships > 0);
                await page.locator('.lagen-kop').click();
                await page.getByLabel('Lidmaatschappen').uncheck();
                assert.equal(await visible('g.lidmaatschap'), 0, 'the layer is off');
                await page.getByLabel('Lidmaatschappen').check();
                assert.equal(await visible('g.lidmaatschap'), memberships, 'and on again');

                const relations = await page.locator(`${DIAGRAM} g.sturingsrelatie`).count();
                const financial = await page.locator(`${DIAGRAM} g.sturingsrelatie:not([data-filters-niet~="alleen-financiering"])`).count();
                assert.ok(financial > 0 && financial < relations, `${financial} of ${relations} relations are financial`);
                await page.getByLabel('Alleen financiering').check();
                assert.equal(await visible('g.sturingsrelatie'), financial, 'only the financing is shown');
                await screenshot(page, 'weergave-alleen-financiering.png');
                await page.getByLabel('Alleen financiering').uncheck();
                assert.equal(await visible('g.sturingsrelatie'), relations);

                // the financieringsstromen (issue 14) on their own layer: off hides them and nothing else
                const stromen = await visible('g.financieringsstroom');
                assert.equal(stromen, 3, 'Berflo Es: three instellingen financed from the regular subsidiebudget');
                await page.getByLabel('Financiering', { exact: true }).uncheck();
                assert.equal(await visible('g.financieringsstroom'), 0, 'the layer Financiering is off');
                assert.equal(await visible('g.sturingsrelatie'), relations, 'the sturingsrelaties stay');
                await screenshot(page, 'weergave-zonder-financiering.png');
                await page.getByLabel('Financiering', { exact: true }).check();
                assert.equal(await visible('g.financieringsstroom'), stromen, 'and on again');
                await screenshot(page, 'weergave-financiering.png');
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });

    test('a filter that hides or fades actors hides or fades the lines to them too', async () => {
        await withServer('examples/netwerken/sleutelteam-berflo-es.bondgenoot', async ({ url }) => {
            const { page, problems } = await openPage(browser.context, url);
            try {
                await page.locator(`${DIAGRAM} g.lidmaatschap`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                // per line: is it shown, are its ends shown, how opaque are it and its ends
                const lines = () => page.evaluate(() => {
                    const shown = e => e !== null && getComputedStyle(e).display !== 'none';
                    const opacity = e => Number(getComputedStyle(e).opacity);
                    return [...document.querySelectorAll('#netwerkkaart g.lidmaatschap, #netwerkkaart g.sturingsrelatie, #netwerkkaart g.convenantpartner')]
                        .map(line => {
                            const ends = ['data-bron', 'data-doel'].map(a => document.getElementById(`netwerkkaart_${line.getAttribute(a)}`));
                            return { shown: shown(line), endsShown: ends.every(shown), faded: opacity(line) < 1, endFaded: ends.some(e => opacity(e) < 1) };
                        });
                });
                const before = await lines();
                assert.ok(before.length > 0 && before.every(l => l.shown && l.endsShown), 'everything is drawn at first');
                await page.locator('.lagen-kop').click();
                await page.getByLabel('Alleen actoren met sturingsrelaties').check();
                const filtered = await lines();
                const hiddenEnds = filtered.filter(l => !l.endsShown);
                assert.ok(hiddenEnds.length > 0, 'the filter hides actors that have lines (memberships)');
                assert.deepEqual(filtered.filter(l => l.shown && !l.endsShown), [], 'no line is drawn to a hidden actor');
                assert.ok(filtered.some(l => l.shown), 'the lines between shown actors stay');
                await screenshot(page, 'weergave-alleen-met-relaties.png');
                await page.getByLabel('Alleen actoren met sturingsrelaties').uncheck();
                assert.ok((await lines()).every(l => l.shown), 'and all come back');

                await page.getByLabel('Accent op de gemeente (vervaagt de rest)').check();
                const accent = await lines();
                assert.ok(accent.some(l => l.endFaded), 'actors other than the gemeente fade');
                assert.deepEqual(accent.filter(l => l.endFaded && !l.faded), [], 'a line to a faded actor fades with it');
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });

    test('focus on the selection: n steps around it stay, the rest fades, and everything comes back', async () => {
        await withServer('examples/netwerken/sleutelteam-berflo-es.bondgenoot', async ({ url }) => {
            const { page, problems } = await openPage(browser.context, url);
            try {
                const gemeente = nodeNamed(page, 'Gemeente Hengelo');
                await gemeente.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                const total = await page.locator(`${DIAGRAM} g.actor, ${DIAGRAM} g.netwerk`).count();
                const faded = () => page.locator(`${DIAGRAM} .buiten-focus.actor, ${DIAGRAM} .buiten-focus.netwerk`).count();
                await gemeente.locator('.actor-shape').click();
                await page.locator('.lagen-kop').click();
                await page.locator('#focus-stappen').fill('0');
                await page.getByRole('button', { name: 'Focus op de selectie' }).click();
                assert.equal(await faded(), total - 1, 'zero steps: only the selection stays');
                await page.locator('#focus-stappen').fill('1');
                await page.getByRole('button', { name: 'Focus op de selectie' }).click();
                const oneStep = await faded();
                assert.ok(oneStep > 0 && oneStep < total - 4, `one step keeps the gemeente's partners (${oneStep} of ${total} faded)`);
                assert.equal(await gemeente.evaluate(g => g.classList.contains('buiten-focus')), false, 'the selection itself stays');
                assert.equal(await page.locator('.focus-status').textContent(), `${oneStep} knopen vervaagd.`);
                await screenshot(page, 'weergave-focus.png');
                await page.getByRole('button', { name: 'Alles tonen' }).click();
                assert.equal(await faded(), 0);
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });

    test('align and distribute the selection, one undo each', async () => {
        await withServer('examples/skelet/kamperpoort-kern.bondgenoot', async ({ url }) => {
            const { page, problems } = await openPage(browser.context, url);
            try {
                const names = ['Gemeente Zwolle', 'Travers', 'De Kern'];
                await nodeNamed(page, names[0]).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                // where each node is, in model coordinates (the translate of its group) and its width
                const places = () => Promise.all(names.map(name => nodeNamed(page, name).evaluate(g => {
                    const [x, y] = g.getAttribute('transform').match(/-?[\d.]+/g).map(Number);
                    return { x, y, width: g.querySelector('.actor-shape').getBBox().width };
                })));
                const before = await places();
                await nodeNamed(page, names[0]).locator('.actor-shape').click();
                for (const name of names.slice(1)) {
                    await nodeNamed(page, name).locator('.actor-shape').click({ modifiers: ['Control'] });
                }
                await page.locator('#nk-links').click();
                await settled(page);
                const aligned = await places();
                assert.equal(new Set(aligned.map(p => Math.round(p.x))).size, 1, `one left edge: ${JSON.stringify(aligned)}`);
                assert.equal(Math.round(aligned[0].x), Math.round(Math.min(...before.map(p => p.x))), 'the leftmost one stays');
                await page.locator('#nk-ongedaan').click();
                await settled(page);
                assert.deepEqual((await places()).map(p => Math.round(p.x)), before.map(p => Math.round(p.x)), 'undone in one step');

                await page.locator('#nk-verdeel-horizontaal').click();
                await settled(page);
                const spread = (await places()).map(p => p.x + p.width / 2).sort((a, b) => a - b);
                assert.ok(Math.abs((spread[1] - spread[0]) - (spread[2] - spread[1])) < 2, `evenly spaced centres: ${spread}`);
                await screenshot(page, 'weergave-verdeeld.png');
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });

    test('a layer switched off is saved with the view; a pinned node stays where it is when the map is laid out', async () => {
        const copy = await copyExample('examples/skelet/kamperpoort-kern.bondgenoot', 'kern.bondgenoot');
        try {
            await withServer(copy.model, async ({ url }) => {
                const { page, problems } = await openPage(browser.context, url);
                try {
                    const travers = nodeNamed(page, 'Travers');
                    await travers.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    const place = () => travers.evaluate(g => g.getAttribute('transform'));
                    await travers.locator('.actor-shape').click();
                    await page.locator('#nk-vastzetten').click();
                    await page.locator(`${DIAGRAM} g.actor.vast .vast-teken`).waitFor({ timeout: RENDER_TIMEOUT_MS });
                    const pinnedAt = await place();
                    await page.locator('#nk-indelen-lagen').click();
                    await settled(page);
                    assert.equal(await place(), pinnedAt, 'Indelen leaves the pinned node where it is');

                    await page.locator('.lagen-kop').click();
                    // the page hides the layer by itself; the server saves the switch and sends no map back
                    const redrawn = await timeUntilSettled(page, () => page.getByLabel('Lidmaatschappen').uncheck(), { stillIfNoChangeWithin: 2000 });
                    assert.equal(redrawn, 0, 'switching a layer does not redraw the map');
                    await page.locator('#nk-opslaan').click();
                    await settled(page);
                    const notation = await readFile(copy.notation, 'utf8');
                    assert.match(notation, /"lidmaatschappen":\s*false/, 'the layer is saved with the view');
                    assert.match(notation, /"vast":\s*true/, 'and the pin');
                    await page.reload();
                    await travers.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    await page.locator('.lagen-kop').click();
                    assert.equal(await page.getByLabel('Lidmaatschappen').isChecked(), false, 'off again after reloading');
                    const visible = await page.locator(`${DIAGRAM} g.lidmaatschap`).evaluateAll(
                        elements => elements.filter(e => getComputedStyle(e).display !== 'none').length);
                    assert.equal(visible, 0, 'and the memberships are hidden');
                    assert.deepEqual(problems, []);
                } finally {
                    await page.close();
                }
            });
        } finally {
            await copy.remove();
        }
    });
});

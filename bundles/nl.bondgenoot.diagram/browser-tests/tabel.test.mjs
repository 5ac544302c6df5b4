// Browser test of the table panel: a table representation (the built-in "Sturingsrelaties", read
// from its description in the weergave format) beside the map, sortable, filterable and editable. A
// changed soort is an EMF command on the model's one command stack: the edge on the map takes the
// look the netwerkkaart description gives that soort (dash, colour, label), and the page's undo
// (Ctrl+Z) brings the old look back in the map and the table. Several rows are changed at once in
// one undo, and the chosen rows copy as tab-separated text.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumForTheseTests, copyExample, DIAGRAM, openPage, pressOnMap, RENDER_TIMEOUT_MS, screenshot, settled, waitFor, withServer } from './harness.mjs';

// sociaal-makelaarschap: the gemeente (Sittard-Geleen) subsidises three organisations.
const PORTES = '22467bb6-4d82-4769-a542-eafd9927be9e';
const TWEEDE = '9417f7e6-a5dc-466c-9b2f-c8d81527632c';
// The netwerkkaart description: subsidie is financieel (#2e7d32), solid; contract is markt (#c25e00), dashed "8 4".
const SUBSIDIE = { stroke: 'rgb(46, 125, 50)', dash: '' };
const CONTRACT = { stroke: 'rgb(194, 94, 0)', dash: '8 4' };
const MARKT = [194, 94, 0];

/** The drawn look of a sturingsrelatie: its line's colour and dash as computed, and its label. */
const edgeLook = (page, id) =>
    page.evaluate(([diagram, id]) => {
        const edge = [...document.querySelectorAll(`${diagram} g.sturingsrelatie`)].find(g => g.id.endsWith(`_${id}`));
        if (!edge) {
            return null;
        }
        const style = getComputedStyle(edge.querySelector(':scope > path:not(.pijlpunt)'));
        const dash = style.strokeDasharray && style.strokeDasharray !== 'none' ? style.strokeDasharray.match(/[\d.]+/g).map(Number).join(' ') : '';
        return { stroke: style.stroke, dash, label: edge.querySelector('text')?.textContent ?? '' };
    }, [DIAGRAM, id]);

async function lookBecomes(page, id, expected, label) {
    await waitFor(async () => {
        const look = await edgeLook(page, id);
        return look && look.stroke === expected.stroke && look.dash === expected.dash && look.label.startsWith(label);
    }, `the edge drawn as ${label} ${JSON.stringify(expected)}; it is ${JSON.stringify(await edgeLook(page, id))}`, RENDER_TIMEOUT_MS);
}

const soortCell = (page, id) => page.locator(`.tabel-rijen tr[data-id="${id}"] td[data-kolom="Soort"] select`);
const column = (page, header) =>
    page.evaluate(header => {
        const index = [...document.querySelectorAll('.tabel-rijen thead th')].findIndex(th => th.textContent.startsWith(header));
        return [...document.querySelectorAll('.tabel-rijen tbody tr')].map(tr => {
            const cell = tr.cells[index];
            const select = cell.querySelector('select');
            return select ? select.selectedOptions[0].textContent : cell.querySelector('input')?.value ?? cell.textContent;
        });
    }, header);

/** Width, height and the number of pixels near a colour of a screenshot, decoded by the browser from its bytes. */
function pictureOf(page, bytes, [r, g, b]) {
    return page.evaluate(async ([data, r, g, b]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let near = 0;
        for (let i = 0; i < pixels.length; i += 4) {
            if (Math.abs(pixels[i] - r) < 30 && Math.abs(pixels[i + 1] - g) < 30 && Math.abs(pixels[i + 2] - b) < 30) {
                near++;
            }
        }
        return { width: image.width, height: image.height, near };
    }, [bytes.toString('base64'), r, g, b]);
}

describe('the table panel', () => {
    const chromium = chromiumForTheseTests();

    test('change a soort in the Sturingsrelaties table, see the edge take its look, undo it; sort, filter, several rows, copy', async () => {
        const project = await copyExample('examples/netwerken/sociaal-makelaarschap.bondgenoot', 'makelaarschap.bondgenoot');
        try {
            await withServer(project.model, async server => {
                const { page, problems } = await openPage(chromium.context, server.url);
                await page.setViewportSize({ width: 1400, height: 900 });
                await page.locator(`${DIAGRAM} g.sturingsrelatie`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                await lookBecomes(page, PORTES, SUBSIDIE, 'subsidie');

                // Open the panel and the table: every sturingsrelatie of the model is a row.
                await page.locator('.tabel-kop').click();
                assert.deepEqual(await page.locator('#tabel-keuze option').allTextContents(), ['Kies een tabel…', 'Sturingsrelaties', 'Actoren']);
                await page.locator('#tabel-keuze').selectOption({ label: 'Sturingsrelaties' });
                const relations = await page.locator(`${DIAGRAM} g.sturingsrelatie`).count();
                await waitFor(async () => (await page.locator('.tabel-rijen tbody tr').count()) === relations, `${relations} rows`);
                assert.deepEqual(await page.locator('.tabel-rijen thead th').allTextContents(), ['', 'Van', 'Naar', 'Soort', 'Fase', 'Doorzettingsmacht', 'Label']);
                const soortOptions = await soortCell(page, PORTES).locator('option').allTextContents();
                assert.ok(soortOptions.includes('contract') && soortOptions.includes('subsidie'), `Dutch literals: ${soortOptions}`);

                // Sort by a click on a header, the other way round with a second click, the model's order with a third.
                await page.locator('.tabel-rijen thead th button', { hasText: 'Soort' }).click();
                const up = await column(page, 'Soort');
                assert.deepEqual(up, [...up].sort((a, b) => a.localeCompare(b, 'nl')));
                await page.locator('.tabel-rijen thead th button', { hasText: 'Soort' }).click();
                assert.deepEqual(await column(page, 'Soort'), [...up].reverse());
                assert.equal(await page.locator('.tabel-rijen thead th[aria-sort="descending"]').count(), 1);
                await page.locator('.tabel-rijen thead th button', { hasText: 'Soort' }).click();
                assert.equal(await page.locator('.tabel-rijen thead th[aria-sort="none"]').count(), 6, 'the third click: the model\'s order');

                // Filter: only the rows with the text in a cell.
                await page.locator('#tabel-filter').fill('subsidie');
                await waitFor(async () => (await page.locator('.tabel-rijen tbody tr').count()) === 3, 'the three subsidies');
                await page.locator('#tabel-filter').fill('');

                // Change one soort: the map draws the edge as a contract (the description's dash and colour, and its label).
                await settled(page);
                const before = await pictureOf(page, await screenshot(page, 'tabel-voor.png'), MARKT);
                await soortCell(page, PORTES).selectOption({ label: 'contract' });
                await lookBecomes(page, PORTES, CONTRACT, 'contract');
                await waitFor(async () => (await soortCell(page, PORTES).inputValue()) === 'CONTRACT', 'the table shows the new soort');
                assert.deepEqual(await edgeLook(page, TWEEDE).then(l => ({ stroke: l.stroke, dash: l.dash })), SUBSIDIE, 'only that edge');
                await settled(page);
                // The screenshot, read back: the window's size, and a line in the markt colour that was not there before.
                const changed = await pictureOf(page, await screenshot(page, 'tabel-soort-gewijzigd.png'), MARKT);
                assert.deepEqual([changed.width, changed.height], [1400, 900]);
                // The edge is short and since issue 14 runs beside the gemeente's financieringsstroom to Portes: some 35 pixels.
                assert.ok(changed.near > before.near + 25, `pixels in the contract's colour: ${before.near} before, ${changed.near} after`);

                // The page's undo: the edge and the table are back.
                await pressOnMap(page, 'Control+z');
                await lookBecomes(page, PORTES, SUBSIDIE, 'subsidie');
                await waitFor(async () => (await soortCell(page, PORTES).inputValue()) === 'SUBSIDIE', 'the table shows the old soort again');

                // Several rows at once: one change, one undo.
                await page.locator(`.tabel-rijen tr[data-id="${PORTES}"] input[type=checkbox]`).check();
                await page.locator(`.tabel-rijen tr[data-id="${TWEEDE}"] input[type=checkbox]`).check();
                await soortCell(page, TWEEDE).selectOption({ label: 'contract' });
                await lookBecomes(page, PORTES, CONTRACT, 'contract');
                await lookBecomes(page, TWEEDE, CONTRACT, 'contract');
                await pressOnMap(page, 'Control+z');
                await lookBecomes(page, PORTES, SUBSIDIE, 'subsidie');
                await lookBecomes(page, TWEEDE, SUBSIDIE, 'subsidie');

                // Copy the chosen rows as tab-separated text, a header line first.
                await page.locator('#tabel-kopieer').click();
                const copied = await page.locator('#tabel').getAttribute('data-gekopieerd');
                const lines = copied.trimEnd().split('\n');
                assert.equal(lines[0], 'Van\tNaar\tSoort\tFase\tDoorzettingsmacht\tLabel');
                assert.equal(lines.length, 3, copied);
                assert.ok(lines.slice(1).every(line => line.split('\t')[2] === 'subsidie'), copied);
                assert.deepEqual(problems, []);
                await page.close();
            });
        } finally {
            await project.remove();
        }
    });
});

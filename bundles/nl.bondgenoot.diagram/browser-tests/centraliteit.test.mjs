// The view Centraliteit (representations/centraliteit.weergave.json): the network metrics of
// nl.bondgenoot.analysis as derived features size the actors by betweenness and give a cut vertex a
// heavy red border, in Chromium as in the description. Sleutelteam Berflo Es: the gemeente steers five
// organisations, so it is the one cut vertex and the only actor with betweenness above 0.
import { writeFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIAGRAM, chromiumForTheseTests, copyExample, nodeNamed, openPage, RENDER_TIMEOUT_MS, screenshot, settled, overlapsOnThePage, startServer } from './harness.mjs';

describe('the view Centraliteit', () => {
    const browser = chromiumForTheseTests();

    test('actors grow with their betweenness and the cut vertex has a red border', async () => {
        const copy = await copyExample('examples/netwerken/sleutelteam-berflo-es.bondgenoot');
        await writeFile(copy.notation, JSON.stringify({
            formaat: 'bondgenoot-netwerkkaart', versie: 2,
            weergaven: [{ naam: 'Centraliteit', weergave: 'centraliteit', selectie: { soort: 'alles' }, lagen: {}, filters: [], elementen: [] }]
        }));
        const server = await startServer(copy.model);
        try {
            const { page, problems } = await openPage(browser.context, `${server.url}?weergave=Centraliteit`);
            await page.locator(`${DIAGRAM} g.actor`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
            await settled(page);
            const outline = async name => nodeNamed(page, name).locator('path.actor-shape').first().evaluate(p => {
                const box = p.getBBox();
                return { width: box.width, height: box.height, stroke: getComputedStyle(p).stroke, strokeWidth: parseFloat(getComputedStyle(p).strokeWidth) };
            });
            const gemeente = await outline('Gemeente Hengelo');
            const welbions = await outline('Welbions');
            const zinia = await outline('Zinia');
            assert.equal(gemeente.stroke, 'rgb(198, 40, 40)', 'the cut vertex: snijpunt colour');
            assert.equal(gemeente.strokeWidth, 5);
            assert.notEqual(welbions.stroke, 'rgb(198, 40, 40)');
            // The scale: betweenness 0 to 0.25 gives a height of 64 to 120 pixels, at least what the labels need.
            // Zinia and Welbions: 0, so their three lines decide (the same height); the gemeente: 10 of the
            // 105 pairs of the model's other actors, 64 + 0.38 * 56 = 85 at the outline's centre line, more
            // than its four lines need.
            const all = JSON.stringify({ gemeente, welbions, zinia });
            assert.equal(zinia.height, welbions.height, all);
            assert.ok(zinia.height < 70, all);
            assert.ok(gemeente.height > 82 && gemeente.height < 87, all);
            assert.match(await nodeNamed(page, 'Gemeente Hengelo').textContent(), /betweenness 0,10 · graad 5/);
            assert.deepEqual((await page.evaluate(overlapsOnThePage, DIAGRAM)).problems, [], 'no node or label overlaps another');
            await screenshot(page, 'centraliteit-berflo-es.png');
            assert.deepEqual(problems, []);
            await page.close();
        } finally {
            await server.stop();
            await copy.remove();
        }
    });
});

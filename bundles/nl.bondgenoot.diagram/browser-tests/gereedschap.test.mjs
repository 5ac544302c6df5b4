// Browser test of a palette written in a description: the test fragment's Wijkteamkaart (a plug-in
// with a description file and no Java) declares the tool "Wijkteam". Its view of an example shows only
// the fragment's palette; the tool makes an actor that is drawn with the fragment's look (a purple
// diamond: a professional) and saved in the model with the tool's fixed values. The fragment's broken
// description (a tool the server cannot carry out) is reported by serve with file and line.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { readFile, writeFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    chromiumForTheseTests,
    copyExample,
    DIAGRAM,
    emptySpot,
    nodeNamed,
    openPage,
    RENDER_TIMEOUT_MS,
    saveWithKeys,
    screenshot,
    settled,
    startServer
} from './harness.mjs';

/** `serve` with the test fragment on the class path, so that its Wijkteamkaart is installed. */
const SERVE_WITH_FRAGMENT =
    'bash bundles/nl.bondgenoot.diagram/browser-tests/serve-with-plugin.sh bundles/nl.bondgenoot.diagram.tests {bestand}';

const VIEWS = {
    formaat: 'bondgenoot-netwerkkaart',
    versie: 2,
    weergaven: [
        { naam: 'Netwerkkaart', weergave: 'netwerkkaart', selectie: { soort: 'alles' }, elementen: [] },
        { naam: 'Wijkteam', weergave: 'wijkteamkaart', selectie: { soort: 'alles' }, elementen: [] }
    ]
};

describe('a palette from a description', () => {
    const chromium = chromiumForTheseTests();

    test("the Wijkteamkaart's tool makes an actor drawn with the fragment's look and saved with its values", async () => {
        const project = await copyExample('examples/netwerken/activerend-huisbezoek.bondgenoot', 'huisbezoek.bondgenoot');
        await writeFile(project.notation, JSON.stringify(VIEWS, null, 2));
        const server = await startServer(project.model, SERVE_WITH_FRAGMENT);
        try {
            const { page, problems } = await openPage(chromium.context, `${server.url}?weergave=Wijkteam`);
            const actors = page.locator(`${DIAGRAM} g.actor`);
            await actors.first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
            await settled(page);
            const before = await actors.count();

            // Only what the fragment's description declares: one group, its two tools.
            const groups = page.locator('.tool-palette .group-header');
            await groups.first().waitFor({ timeout: RENDER_TIMEOUT_MS });
            assert.deepEqual((await groups.allTextContents()).map(t => t.trim()), ['Wijkteam']);
            assert.deepEqual((await page.locator('.tool-palette .tool-button').allTextContents()).map(t => t.trim()),
                ['Wijkteam', 'Subsidie']);

            await page.locator('.tool-palette .tool-button', { hasText: /^Wijkteam$/ }).click();
            await page.locator('.tool-palette .tool-button.clicked', { hasText: /^Wijkteam$/ }).waitFor();
            const spot = await emptySpot(page);
            await page.mouse.click(spot.x, spot.y);
            const created = nodeNamed(page, 'Wijkteam');
            await created.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
            assert.equal(await actors.count(), before + 1, 'one actor more');
            await page.keyboard.press('Escape');
            await settled(page);

            // The fragment's look of a professional: a diamond (four corners, no arcs) in purple.
            const look = await created.locator('.actor-shape').evaluate(shape => ({
                fill: getComputedStyle(shape).fill,
                stroke: getComputedStyle(shape).stroke,
                d: shape.getAttribute('d')
            }));
            assert.equal(look.fill, 'rgb(243, 229, 245)', JSON.stringify(look));
            assert.equal(look.stroke, 'rgb(142, 36, 170)', JSON.stringify(look));
            assert.equal(look.d.split('L').length, 4, `a diamond: ${look.d}`);
            assert.ok(!look.d.includes('A'), `no arcs: ${look.d}`);
            await screenshot(page, 'gereedschap-wijkteam.png');

            await saveWithKeys(page, project.notation);
            const saved = await readFile(project.model, 'utf8');
            const element = saved.match(/<actoren id="([^"]+)" naam="Wijkteam"([^>]*)\/?>/);
            assert.ok(element, `the new actor is in the saved model:\n${saved}`);
            assert.match(element[2], /categorie="PROFESSIONAL"/);
            assert.match(element[2], /soort="sociaal werker"/);
            assert.match(element[2], /houding="BELIEVER"/);
            const notation = JSON.parse(await readFile(project.notation, 'utf8'));
            const wijkteam = notation.weergaven.find(v => v.naam === 'Wijkteam');
            assert.ok(wijkteam.elementen.some(e => e.id === element[1]), 'placed in the view it was made in');
            assert.deepEqual(problems, []);
            // The fragment's broken description is left out and its author told why, on standard error.
            assert.match(server.output(), /kapot\.weergave\.json:11: gereedschap 'lid': de server kan 'Netwerk\.regisseur' niet verbinden/);
        } finally {
            await server.stop();
            await project.remove();
        }
    });
});

// Browser test of editing the network map: in a copy of an example, create an actor from the palette,
// connect it with a sturingsrelatie, see the rule marker that the new situation causes, undo, save,
// reload and find the saved state. Screenshots of each step go to target/screenshots/ and are checked.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    clickVisiblePart,
    copyExample,
    DIAGRAM,
    emptySpot,
    launchBrowser,
    nodeNamed,
    openPage,
    pngSize,
    RENDER_TIMEOUT_MS,
    SCREENSHOT_DIR,
    screenshot,
    settled,
    translation,
    waitFor,
    withServer
} from './harness.mjs';

const GEMEENTE = 'Gemeente Zwolle';
const NEW_ACTOR = 'Welzijnsorganisatie'; // the palette entry and the name a new actor of that soort gets

describe('editing the netwerkkaart in the browser', () => {
    let browser;
    let project;
    let model;

    before(async () => {
        browser = await launchBrowser();
        project = await copyExample('examples/skelet/kamperpoort-kern.bondgenoot', 'kern.bondgenoot');
        model = project.model;
    });

    after(async () => {
        await browser?.close();
        await project?.remove();
    });

    const paletteEntry = (page, label) => page.locator('.tool-palette .tool-button', { hasText: new RegExp(`^${label}$`) });
    /** Chooses a palette entry and waits until its tool is the active one. */
    const choose = async (page, label) => {
        await paletteEntry(page, label).click();
        await page.locator('.tool-palette .tool-button.clicked', { hasText: new RegExp(`^${label}$`) }).waitFor();
    };
    const markerTexts = page => page.locator(`${DIAGRAM} .sprotty-issue`).allTextContents();
    const shot = screenshot;

    test('create an actor and a sturingsrelatie, see GOV-14, undo, save, reload', async () => {
        await withServer(model, async ({ url }) => {
            const { page, problems } = await openPage(browser.context, url);
            try {
                await nodeNamed(page, GEMEENTE).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                assert.equal(await page.locator(`${DIAGRAM} g.actor`).count(), 5, 'actors of the example');
                // The legend: folded at first, one click shows what shapes, colours and lines mean.
                assert.equal(await page.locator('#legenda').isVisible(), true, 'the legend is there');
                await page.locator('#legenda .legenda-kop').click();
                for (const meaning of ['Overheid', 'netwerkregisseur (badge NAO-regisseur of Netwerkregisseur)', 'netwerk als container van zijn leden', 'aanbesteding, uitbesteding']) {
                    assert.equal(await page.locator('#legenda li', { hasText: meaning }).first().isVisible(), true, meaning);
                }
                await shot(page, 'legenda.png');
                await page.locator('#legenda .legenda-kop').click();
                assert.equal(await page.locator('#legenda li').first().isVisible(), false, 'folded again');
                const before = await markerTexts(page);
                assert.ok(!before.some(t => t.includes('GOV-14')), `no GOV-14 before: ${JSON.stringify(before)}`);

                // 1. An actor from the palette, dropped on an empty spot of the map.
                await choose(page, NEW_ACTOR);
                const spot = await emptySpot(page);
                await page.mouse.click(spot.x, spot.y);
                const created = nodeNamed(page, NEW_ACTOR);
                await created.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                assert.equal(await page.locator(`${DIAGRAM} g.actor`).count(), 6, 'one actor more');
                assert.match(await created.getAttribute('class'), /categorie-maatschappelijke_organisatie/);
                await page.keyboard.press('Escape');
                await settled(page); // the markers of the new situation have arrived; nothing moves under the mouse

                // 2. An aanbesteding from the gemeente to the new actor.
                await choose(page, 'Aanbesteding');
                await clickVisiblePart(page, nodeNamed(page, GEMEENTE));
                await page.waitForTimeout(300); // a person's pause between the two ends
                await clickVisiblePart(page, created);
                const relation = page.locator(`${DIAGRAM} g.sturingsrelatie.soort-aanbesteding`);
                await relation.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                assert.equal(await relation.locator('text.label-relatie').textContent(), 'aanbesteding');
                await page.keyboard.press('Escape');

                // 3. The rule engine judges the new situation: GOV-14, an aanbesteding needs two inschrijvers.
                const gov14 = page.locator(`${DIAGRAM} .sprotty-issue`, { hasText: 'GOV-14' });
                await gov14.waitFor({ state: 'attached', timeout: RENDER_TIMEOUT_MS });
                const tooltip = await gov14.first().textContent();
                assert.match(tooltip, /GOV-14: .*aanbesteding met 0 inschrijvers.*\(S3:515\)/s, tooltip);
                const withMarker = await shot(page, 'bewerken-1-gov14.png');

                // 4. Undo (Ctrl+Z on the map): the relation and its marker go, the actor stays.
                await page.locator('#nk-ongedaan').click();
                await relation.waitFor({ state: 'detached', timeout: RENDER_TIMEOUT_MS });
                await gov14.first().waitFor({ state: 'detached', timeout: RENDER_TIMEOUT_MS });
                assert.equal(await page.locator(`${DIAGRAM} g.actor`).count(), 6, 'the actor is still there after one undo');

                // 5. Save (Ctrl+S): model and notation file, both written.
                const background = await emptySpot(page);
                await page.mouse.click(background.x, background.y); // the keys go to the map
                await page.keyboard.press('Control+s');
                const notationFile = model.replace(/\.bondgenoot$/, '.netwerkkaart');
                await waitFor(async () => (await stat(notationFile).catch(() => null)) !== null, 'the notation file is written');
                const saved = await readFile(model, 'utf8');
                const element = saved.match(new RegExp(`<actoren id="([^"]+)" naam="${NEW_ACTOR}"([^>]*)/>`));
                assert.ok(element, `the new actor is in the saved model:\n${saved}`);
                assert.match(element[2], /categorie="MAATSCHAPPELIJKE_ORGANISATIE"/);
                assert.match(element[2], /soort="welzijn"/);
                assert.doesNotMatch(saved, /AANBESTEDING/, 'the undone relation is not saved');
                assert.doesNotMatch(saved, /"x"|breedte/, 'no layout in the semantic model');
                const newId = element[1];
                const notation = JSON.parse(await readFile(notationFile, 'utf8'));
                assert.equal(notation.formaat, 'bondgenoot-netwerkkaart');
                assert.deepEqual(notation.weergaven.map(v => v.naam), ['Netwerkkaart'], 'one view: the default one');
                const layout = notation.weergaven[0].elementen;
                assert.ok(layout.some(e => e.id === newId), 'the new actor has a place in the notation');
                assert.equal(layout.length, 7, 'five actors, the netwerk and the new actor');
                const afterUndo = await shot(page, 'bewerken-2-na-ongedaan.png');

                // 6. Reload: the saved state, in the saved place.
                const placeBefore = await created.getAttribute('transform');
                await page.reload();
                await nodeNamed(page, NEW_ACTOR).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                assert.equal(await page.locator(`${DIAGRAM} g.actor`).count(), 6);
                assert.equal(await page.locator(`${DIAGRAM} g.sturingsrelatie.soort-aanbesteding`).count(), 0);
                const placeAfter = await nodeNamed(page, NEW_ACTOR).getAttribute('transform');
                const [x0, y0] = translation(placeBefore);
                const [x1, y1] = translation(placeAfter);
                assert.ok(Math.abs(x1 - x0) <= 0.1 && Math.abs(y1 - y0) <= 0.1, `same place after reload: ${placeBefore} / ${placeAfter}`);
                await page.waitForTimeout(500);
                const reloaded = await shot(page, 'bewerken-3-herladen.png');

                // The screenshots: the window's size, and the marker step differs from the undone one.
                for (const png of [withMarker, afterUndo, reloaded]) {
                    assert.deepEqual(pngSize(png), { width: 1280, height: 800 });
                    assert.ok(png.length > 20_000, `a drawn map, not an empty page (${png.length} bytes)`);
                }
                assert.notDeepEqual(withMarker, afterUndo, 'the undo changed what is drawn');
                assert.deepEqual(problems.filter(p => p.startsWith('uncaught')), [], problems.join('\n'));
            } catch (error) {
                await page.screenshot({ path: join(SCREENSHOT_DIR, 'bewerken-mislukt.png') }).catch(() => {});
                throw error;
            } finally {
                await page.close();
            }
        });
    });

    test('a netwerk drawn as the container of its members, and back as a hub', async () => {
        await withServer(model, async ({ url }) => {
            const { page } = await openPage(browser.context, url);
            try {
                const netwerk = page.locator(`${DIAGRAM} g.netwerk`);
                await netwerk.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                assert.equal(await page.locator(`${DIAGRAM} g.lidmaatschap`).count(), 3, 'a hub with lines to its three members');
                await clickVisiblePart(page, netwerk);
                await page.locator('#nk-weergave').click();
                const region = page.locator(`${DIAGRAM} rect.netwerk-groep`);
                await region.waitFor({ state: 'attached', timeout: RENDER_TIMEOUT_MS });
                // No lines: the members are inside (removed edges fade out first).
                await page.waitForFunction(diagram => document.querySelectorAll(`${diagram} g.lidmaatschap`).length === 0, DIAGRAM,
                    { timeout: 10_000 });
                await settled(page);
                // The region holds the three members (their boxes lie within it).
                const inside = await page.evaluate(diagram => {
                    const r = document.querySelector(`${diagram} rect.netwerk-groep`).getBoundingClientRect();
                    return ['Gemeente Zwolle', 'Travers', 'De Kern'].map(name => {
                        const g = [...document.querySelectorAll(`${diagram} g.actor`)].find(a => a.querySelector('text.label-naam')?.textContent === name);
                        const b = g.getBoundingClientRect();
                        return b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom;
                    });
                }, DIAGRAM);
                assert.deepEqual(inside, [true, true, true]);
                const png = await shot(page, 'bewerken-4-container.png');
                assert.deepEqual(pngSize(png), { width: 1280, height: 800 });

                await page.locator('#nk-ongedaan').click();
                await region.waitFor({ state: 'detached', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                assert.equal(await page.locator(`${DIAGRAM} g.lidmaatschap`).count(), 3, 'undone: a hub again');
            } finally {
                await page.close();
            }
        });
    });

    test('rename in place, delete with the Delete key, and undo both', async () => {
        await withServer(model, async ({ url }) => {
            const { page } = await openPage(browser.context, url);
            try {
                const deKern = nodeNamed(page, 'De Kern');
                await deKern.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);

                // Rename: a double-click on the name opens an editor in place; Enter applies it.
                await deKern.locator('text.label-naam').dblclick();
                const editor = page.locator('.label-edit input');
                await editor.waitFor({ state: 'visible', timeout: 10_000 });
                await editor.fill('De Kern Zwolle');
                await editor.press('Enter');
                const renamed = nodeNamed(page, 'De Kern Zwolle');
                await renamed.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);

                // Delete: select Travers and press Delete; its membership goes with it.
                const travers = nodeNamed(page, 'Travers');
                await clickVisiblePart(page, travers);
                await page.keyboard.press('Delete');
                await travers.waitFor({ state: 'detached', timeout: RENDER_TIMEOUT_MS });
                await page.waitForFunction(diagram => document.querySelectorAll(`${diagram} g.lidmaatschap`).length === 2, DIAGRAM,
                    { timeout: 10_000 });
                await settled(page);
                // Two organisations left in the netwerk: the rule engine says NET-1 at once.
                const net1 = page.locator(`${DIAGRAM} .sprotty-issue`, { hasText: 'NET-1' });
                await net1.first().waitFor({ state: 'attached', timeout: RENDER_TIMEOUT_MS });
                assert.match(await net1.first().textContent(), /NET-1: Netwerk 'OK-team Kamperpoort' heeft 2 organisaties/);
                await shot(page, 'bewerken-5-hernoemd-verwijderd.png');

                // One undo history: the delete and then the rename are undone.
                await page.locator('#nk-ongedaan').click();
                await nodeNamed(page, 'Travers').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await net1.first().waitFor({ state: 'detached', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                await page.locator('#nk-ongedaan').click();
                await nodeNamed(page, 'De Kern').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                assert.equal(await page.locator(`${DIAGRAM} g.lidmaatschap`).count(), 3);
            } finally {
                await page.close();
            }
        });
    });
});

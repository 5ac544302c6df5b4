// The compare map (`bondgenoot serve NIEUW --vergelijk OUD`): two versions of one model, the second made
// in this test by real edits on the map (an actor renamed, one deleted, one created from the palette, saved),
// drawn as their union with the added, removed and changed elements marked, at the newer version's places.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
    DIAGRAM,
    REPO_ROOT,
    RENDER_TIMEOUT_MS,
    chromiumForTheseTests,
    clickVisiblePart,
    copyExample,
    emptySpot,
    nodeNamed,
    openPage,
    screenshot,
    settled,
    startServer,
    translation,
    waitFor,
    withServer
} from './harness.mjs';

const NEW_ACTOR = 'Welzijnsorganisatie'; // the palette entry and the name a new actor of that soort gets

describe('two versions compared on the map', () => {
    const browser = chromiumForTheseTests();
    let project;
    let older;
    let newer;

    before(async () => {
        project = await copyExample('examples/skelet/kamperpoort-kern.bondgenoot', 'oud.bondgenoot');
        older = project.model;
        newer = join(project.folder, 'nieuw.bondgenoot');
    });

    after(async () => {
        await project?.remove();
    });

    /** Saves the map with Ctrl+S and waits until the notation file has been (re)written. */
    const save = async (page, notationFile) => {
        const before = (await stat(notationFile).catch(() => null))?.mtimeMs ?? 0;
        const background = await emptySpot(page);
        await page.mouse.click(background.x, background.y); // the keys go to the map
        await page.keyboard.press('Control+s');
        await waitFor(async () => ((await stat(notationFile).catch(() => null))?.mtimeMs ?? 0) > before, `${notationFile} is written`);
    };

    const places = async file => {
        const notation = JSON.parse(await readFile(file.replace(/\.bondgenoot$/, '.netwerkkaart'), 'utf8'));
        return new Map(notation.weergaven[0].elementen.map(e => [e.id, [e.x, e.y]]));
    };

    const idOf = (saved, name) => saved.match(new RegExp(`<actoren id="([^"]+)" naam="${name}"`))?.[1];

    test('added, removed and changed are marked, at the newer version\'s places', async () => {
        // The older version: the example with the layout the map gives it, saved.
        await withServer(older, async ({ url }) => {
            const { page } = await openPage(browser.context, url);
            try {
                await nodeNamed(page, 'Travers').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                await save(page, older.replace(/\.bondgenoot$/, '.netwerkkaart'));
            } finally {
                await page.close();
            }
        });
        await copyFile(older, newer);
        await copyFile(older.replace(/\.bondgenoot$/, '.netwerkkaart'), newer.replace(/\.bondgenoot$/, '.netwerkkaart'));
        const oldModel = await readFile(older, 'utf8');
        const travers = idOf(oldModel, 'Travers');
        const deKern = idOf(oldModel, 'De Kern');
        assert.ok(travers && deKern, 'the example has Travers and De Kern');

        // The newer version, edited as a person edits it: rename De Kern, delete Travers, add an actor, save.
        await withServer(newer, async ({ url }) => {
            const { page } = await openPage(browser.context, url);
            try {
                const kern = nodeNamed(page, 'De Kern');
                await kern.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                await kern.locator('text.label-naam').dblclick();
                const editor = page.locator('.label-edit input');
                await editor.waitFor({ state: 'visible', timeout: 10_000 });
                await editor.fill('De Kern Zwolle');
                await editor.press('Enter');
                await nodeNamed(page, 'De Kern Zwolle').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                await clickVisiblePart(page, nodeNamed(page, 'Travers'));
                await page.keyboard.press('Delete');
                await nodeNamed(page, 'Travers').waitFor({ state: 'detached', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                await page.locator('.tool-palette .tool-button', { hasText: new RegExp(`^${NEW_ACTOR}$`) }).click();
                const spot = await emptySpot(page);
                await page.mouse.click(spot.x, spot.y);
                await nodeNamed(page, NEW_ACTOR).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await page.keyboard.press('Escape');
                await settled(page);
                await save(page, newer.replace(/\.bondgenoot$/, '.netwerkkaart'));
            } finally {
                await page.close();
            }
        });
        const newModel = await readFile(newer, 'utf8');
        const added = idOf(newModel, NEW_ACTOR);
        assert.ok(added, 'the new actor is saved');
        assert.equal(idOf(newModel, 'Travers'), undefined, 'Travers is deleted');
        const newerPlaces = await places(newer);
        const olderPlaces = await places(older);

        // The compare map.
        const server = await startServer(`${newer} --vergelijk ${older}`);
        try {
            assert.match(server.output(), /Vergelijking met oud\.bondgenoot: 1 toegevoegd, 1 verwijderd, \d+ gewijzigd/);
            const { page, problems } = await openPage(browser.context, server.url);
            try {
                const node = id => page.locator(`${DIAGRAM} [id="netwerkkaart_${id}"]`);
                await node(travers).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                const classes = async id => (await node(id).getAttribute('class')).split(/\s+/);
                const badges = async id => node(id).locator('g.badge text').allTextContents();
                const opacity = id => page.evaluate(id => Number(getComputedStyle(document.getElementById(`netwerkkaart_${id}`)).opacity), id);

                assert.ok((await classes(added)).includes('vergelijk-toegevoegd'), 'the new actor carries the added mark');
                assert.ok((await badges(added)).includes('nieuw'), `badge of the new actor: ${await badges(added)}`);
                assert.equal(await opacity(added), 1);

                assert.ok((await classes(travers)).includes('vergelijk-verwijderd'), 'Travers carries the removed mark');
                assert.ok((await badges(travers)).includes('verwijderd'));
                assert.ok(await opacity(travers) < 0.5, 'what was removed is faded');
                const removedLine = page.locator(`${DIAGRAM} g.lidmaatschap.vergelijk-verwijderd`);
                assert.equal(await removedLine.count(), 1, 'its membership line is drawn, marked removed');

                assert.ok((await classes(deKern)).includes('vergelijk-gewijzigd'), 'De Kern carries the changed mark');
                assert.ok((await badges(deKern)).some(b => /^gewijzigd: .*naam/.test(b)), `the badge names the feature: ${await badges(deKern)}`);
                assert.equal(await node(deKern).locator('text.label-naam').textContent(), 'De Kern Zwolle', 'the newer name is shown');

                // The marks are drawn, not only named: a border in the mark's colour (CompareMark) around each.
                const strokes = id => node(id).evaluate(g => [...g.querySelectorAll(':scope > path, :scope > g > path')].map(p => p.style.stroke));
                assert.ok((await strokes(added)).includes('rgb(27, 127, 59)'), `green border: ${await strokes(added)}`);
                assert.ok((await strokes(travers)).includes('rgb(179, 38, 30)'), `red border: ${await strokes(travers)}`);
                assert.ok((await strokes(deKern)).includes('rgb(143, 74, 0)'), `brown border: ${await strokes(deKern)}`);

                // Stable layout: every element of the newer version where the newer version has it, Travers where the older had it.
                for (const [id, [x, y]] of newerPlaces) {
                    const at = translation(await node(id).getAttribute('transform'));
                    assert.deepEqual(at.map(Math.round), [Math.round(x), Math.round(y)], `element ${id} at the newer version's place`);
                }
                const traversAt = translation(await node(travers).getAttribute('transform'));
                assert.deepEqual(traversAt.map(Math.round), olderPlaces.get(travers).map(Math.round), 'Travers where the older version had it');

                // Only shown: nothing to save, nothing to create; the legend explains the marks.
                assert.equal(await page.locator('#nk-opslaan').isVisible(), false, 'a comparison is not saved');
                assert.equal(await page.locator('.tool-palette .tool-button', { hasText: NEW_ACTOR }).count(), 0, 'no palette tools');
                assert.equal(await page.locator(`${DIAGRAM} .sprotty-issue`).count(), 0, 'the union is not judged: no rule markers');
                const png = await screenshot(page, 'vergelijken.png'); // the map itself, the legend folded
                assert.ok(png.length > 10_000 && png.subarray(1, 4).toString() === 'PNG', 'the screenshot was written');
                await page.locator('#legenda .legenda-kop').click();
                for (const meaning of ['toegevoegd: alleen in de nieuwe versie', 'verwijderd: alleen in de oude versie (vervaagd)']) {
                    assert.equal(await page.locator('#legenda li', { hasText: meaning }).first().isVisible(), true, meaning);
                }
                // the user guide (and the README, which points at the guide's picture) show what this test saw
                await copyFile(join(REPO_ROOT, 'bundles/nl.bondgenoot.diagram/target/screenshots/vergelijken.png'),
                    join(REPO_ROOT, 'bundles/nl.bondgenoot.help/guide/vergelijken.png'));
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        } finally {
            await server.stop();
        }
    });

    test('an older version that cannot be read is refused before anything listens', async () => {
        await assert.rejects(startServer(`${older} --vergelijk ${join(REPO_ROOT, 'README.md')}`), /stopped \(code 2/);
    });
});

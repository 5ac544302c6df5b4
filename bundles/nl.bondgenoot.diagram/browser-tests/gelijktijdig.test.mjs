// Browser test of two `bondgenoot serve` processes on one model file, each with a page open: the
// first save wins, the second is refused with a message the person at the map sees, and the file
// keeps the first save. Never a silent overwrite. Screenshot: target/screenshots/gelijktijdig-geweigerd.png.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    copyExample,
    drag,
    chromiumForTheseTests,
    nodeNamed,
    openPage,
    pressOnMap,
    RENDER_TIMEOUT_MS,
    saveWithKeys,
    screenshot,
    settled,
    waitFor,
    withServer
} from './harness.mjs';

const EXAMPLE = 'examples/skelet/kamperpoort-kern.bondgenoot';
const DE_KERN = '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103';
const TRAVERS = '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102';

async function placeOf(notationFile, id) {
    return JSON.parse(await readFile(notationFile, 'utf8')).weergaven[0].elementen.find(e => e.id === id); // the default view
}

/** Drags the actor 100 px to the right, grabbing it at its centre. */
async function moveRight(page, name) {
    const node = nodeNamed(page, name);
    await node.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
    await settled(page);
    const box = await node.boundingBox();
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await drag(page, from, { x: from.x + 100, y: from.y });
    await settled(page);
}

describe('two servers on one model file', () => {
    const browser = chromiumForTheseTests();

    test('the second save is refused with a message on the page, the first is kept', async () => {
        const project = await copyExample(EXAMPLE, 'samen.bondgenoot');
        try {
            await withServer(project.model, async first =>
                withServer(project.model, async second => {
                    const a = await openPage(browser.context, first.url);
                    const b = await openPage(browser.context, second.url);
                    try {
                        await moveRight(a.page, 'De Kern');
                        await saveWithKeys(a.page, project.notation);
                        const savedByA = await readFile(project.model, 'utf8');
                        const deKern = await placeOf(project.notation, DE_KERN);
                        const travers = await placeOf(project.notation, TRAVERS);

                        await moveRight(b.page, 'Travers');
                        await pressOnMap(b.page, 'Control+s');
                        const banner = b.page.locator('#melding');
                        await waitFor(async () => (await banner.count()) > 0 && /Niet opgeslagen/.test(await banner.textContent()),
                            'a message on the second page');
                        const said = await banner.textContent();
                        // the first save wrote the map's layout (and the model, byte for byte as it was): the
                        // second is refused on the first file it finds changed since it was read
                        assert.match(said, /samen\.(bondgenoot: is na het openen gewijzigd|netwerkkaart: bestaat intussen al)/);
                        assert.match(said, /Herlaad/);
                        await screenshot(b.page, 'gelijktijdig-geweigerd.png');
                        await b.page.waitForTimeout(500);

                        assert.equal(await readFile(project.model, 'utf8'), savedByA, 'the model is as the first server saved it');
                        assert.deepEqual(await placeOf(project.notation, DE_KERN), deKern, 'the first move is kept');
                        assert.deepEqual(await placeOf(project.notation, TRAVERS), travers, 'the refused move is not written');
                        assert.match(second.output(), /Niet opgeslagen: .*samen\.(bondgenoot: is na het openen gewijzigd|netwerkkaart: bestaat intussen al)/,
                            'the second server says it on standard error too');
                        assert.deepEqual(a.problems, []);
                    } finally {
                        await a.page.close();
                        await b.page.close();
                    }
                })
            );
        } finally {
            await project.remove();
        }
    });
});

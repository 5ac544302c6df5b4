// A large map is usable: a generated network of 500 actors (510 nodes) opens fitted to the window with
// every node drawn and inside it, no node on another; zoomed in, the fit button and Ctrl+Shift+F bring
// the whole map back; the wheel zooms out beyond the fit (the zoom limits follow the map's size).
// Before, GLSP's fixed minimum zoom of 0.1 left most of the map outside: 118 of 510 nodes drawn.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    chromiumForTheseTests,
    DIAGRAM,
    generatedNetwork,
    mapInWindow,
    nodesInModel,
    openPage,
    overlapsOnThePage,
    screenshot,
    settled,
    startServer,
    waitFor,
    waitForCompleteMap
} from './harness.mjs';

const ACTORS = 500;

describe(`a generated network of ${ACTORS} actors`, () => {
    const browser = chromiumForTheseTests();
    let network;
    let server;
    let nodes;

    before(async () => {
        network = await generatedNetwork(ACTORS);
        nodes = await nodesInModel(network.model);
        server = await startServer(network.model);
    });

    after(async () => {
        await server?.stop();
        await network?.remove();
    });

    /** The page with the map completely drawn and still (fitted, markers in). */
    async function openedMap() {
        const opened = await openPage(browser.context, server.url);
        await waitForCompleteMap(opened.page, nodes);
        await settled(opened.page);
        return opened;
    }

    const inWindow = page => page.evaluate(mapInWindow, DIAGRAM);

    test('opens fitted: every node drawn, inside the window, none on another', async () => {
        const { page, problems } = await openedMap();
        try {
            assert.equal(nodes, ACTORS + ACTORS / 50, 'actors and netwerken in the generated model');
            const map = await inWindow(page);
            assert.equal(map.drawn, nodes, 'every node of the map is in the DOM');
            assert.deepEqual(map.outside, [], 'no node (partly) outside the window');
            assert.ok(map.zoom < 0.1, `fitted below GLSP's old minimum zoom of 0.1 (zoom ${map.zoom})`);
            await screenshot(page, 'groot-netwerk-500.png');
            const drawn = await page.evaluate(overlapsOnThePage, DIAGRAM);
            assert.equal(drawn.nodes, nodes);
            assert.deepEqual(drawn.problems.filter(p => p.startsWith('node')), [], 'no node on another');
            assert.deepEqual(problems.filter(p => p.startsWith('uncaught')), []);
        } finally {
            await page.close();
        }
    });

    test('zoomed in, the fit button and Ctrl+Shift+F show the whole map again', async () => {
        const { page } = await openedMap();
        try {
            const fitted = (await inWindow(page)).zoom;
            const zoomIn = async () => {
                for (let i = 0; i < 4; i++) {
                    await page.locator('#nk-inzoomen').click();
                }
                await waitFor(async () => (await inWindow(page)).drawn < nodes, 'zoomed in, part of the map is out of the window');
            };

            await zoomIn();
            await page.locator('#nk-passend').click();
            await waitForCompleteMap(page, nodes);
            await settled(page); // the fit is animated
            assert.ok(Math.abs((await inWindow(page)).zoom - fitted) < 1e-6, 'the fit button fits as the first drawing');

            await zoomIn();
            await page.locator(`${DIAGRAM} svg.sprotty-graph`).focus();
            await page.keyboard.press('Control+Shift+F');
            await waitForCompleteMap(page, nodes);
            await settled(page);
            assert.ok(Math.abs((await inWindow(page)).zoom - fitted) < 1e-6, 'Ctrl+Shift+F fits as the fit button');
        } finally {
            await page.close();
        }
    });

    test('the wheel zooms out beyond the fitted map, to half its size', async () => {
        const { page } = await openedMap();
        try {
            const fitted = (await inWindow(page)).zoom;
            await page.mouse.move(300, 400);
            for (let i = 0; i < 30; i++) {
                await page.mouse.wheel(0, 200);
            }
            await settled(page);
            const map = await inWindow(page);
            assert.ok(map.zoom < fitted * 0.75, `zoomed out beyond the fit (${map.zoom} against ${fitted})`);
            assert.ok(map.zoom > fitted * 0.5 * 0.99, `not beyond half the fit (${map.zoom} against ${fitted})`);
            assert.equal(map.drawn, nodes, 'the whole map is still drawn');
        } finally {
            await page.close();
        }
    });
});

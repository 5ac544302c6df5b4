// Browser test of what the mouse does on the network map: move an actor, resize it, and drag an end of
// a sturingsrelatie onto another actor (reconnect), each saved with Ctrl+S, reloaded and undone with
// Ctrl+Z (and Ctrl+Shift+Z), in a copy of an example. Screenshots of each step go to target/screenshots/ (slepen-*.png).
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    centreOf,
    clickVisiblePart,
    copyExample,
    DIAGRAM,
    drag,
    chromiumForTheseTests,
    nodeNamed,
    openPage,
    pressOnMap,
    RENDER_TIMEOUT_MS,
    saveWithKeys,
    screenshot,
    settled,
    translation,
    waitFor,
    withServer
} from './harness.mjs';

const EXAMPLE = 'examples/skelet/kamperpoort-kern.bondgenoot';
const DE_KERN = '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103';
const ADVIES = '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1401'; // "Advies over het Wmo-beleid": Wmo-raad Zwolle -> Gemeente Zwolle
const ids = {
    'Gemeente Zwolle': '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101',
    Travers: '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102',
    'Wmo-raad Zwolle': '6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1104'
};

/** The notation's entry of one element ({ id, x, y, breedte?, hoogte? }). */
async function placeOf(notationFile, id) {
    const notation = JSON.parse(await readFile(notationFile, 'utf8'));
    return notation.weergaven[0].elementen.find(e => e.id === id); // the default view
}

/** van and naar of a sturingsrelatie in the saved model file. */
async function savedEnds(modelFile, id) {
    const saved = await readFile(modelFile, 'utf8');
    const element = saved.match(new RegExp(`<sturingsrelaties id="${id}"[^>]*>`));
    assert.ok(element, `sturingsrelatie ${id} in the saved model`);
    return { van: element[0].match(/ van="([^"]+)"/)[1], naar: element[0].match(/ naar="([^"]+)"/)[1] };
}

/** The position (translate) and size of a node's shape in diagram coordinates, from the DOM. */
async function boundsOf(node) {
    const [x, y] = translation(await node.getAttribute('transform'));
    const { width, height } = await node.locator('.actor-shape').evaluate(shape => {
        const box = shape.getBBox();
        return { width: box.width, height: box.height };
    });
    return { x, y, width, height };
}

/** The map's zoom: the scale of the viewport's group. */
async function zoomOf(page) {
    const transform = await page.locator(`${DIAGRAM} svg.sprotty-graph > g`).getAttribute('transform');
    const match = /scale\(\s*([\d.]+)/.exec(transform ?? '');
    return match ? Number(match[1]) : 1;
}

/**
 * Which nodes the two ends of a drawn edge touch: the names of the actor or netwerk whose box (a few
 * pixels wider) holds the first and the last point of the edge's line.
 */
async function drawnEnds(edge) {
    return edge.evaluate((g, diagram) => {
        const path = g.querySelector(':scope > path:not(.pijlpunt)');
        const matrix = path.getScreenCTM();
        const onScreen = p => new DOMPoint(p.x, p.y).matrixTransform(matrix);
        const nameAt = point => {
            const hits = [...document.querySelectorAll(`${diagram} g.actor, ${diagram} g.netwerk`)].filter(node => {
                const r = node.getBoundingClientRect();
                return point.x >= r.left - 4 && point.x <= r.right + 4 && point.y >= r.top - 4 && point.y <= r.bottom + 4;
            });
            return hits.map(node => node.querySelector('text.label-naam')?.textContent).join(' + ');
        };
        return {
            van: nameAt(onScreen(path.getPointAtLength(0))),
            naar: nameAt(onScreen(path.getPointAtLength(path.getTotalLength())))
        };
    }, DIAGRAM);
}

/**
 * A point on an edge's line, near its middle, where the line itself is under the mouse (not a gap
 * of a dotted line): where a person clicks to select it. In window coordinates.
 */
async function pointOnLine(edge) {
    const point = await edge.evaluate(g => {
        const path = g.querySelector(':scope > path:not(.pijlpunt)');
        const length = path.getTotalLength();
        for (let i = 0; i <= 40; i++) {
            const f = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.01; // 0.5, 0.49, 0.51, ...
            const p = path.getPointAtLength(length * f);
            const q = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM());
            if (g.contains(document.elementFromPoint(q.x, q.y))) {
                return { x: q.x, y: q.y };
            }
        }
        return null;
    });
    assert.ok(point, 'the edge can be clicked somewhere near its middle');
    return point;
}

/** A point inside a node, near its centre, that no other element covers (where a person would grab it). */
async function visiblePoint(node) {
    const point = await node.evaluate(g => {
        const r = g.getBoundingClientRect();
        for (const [fx, fy] of [[0.5, 0.5], [0.5, 0.7], [0.3, 0.6], [0.7, 0.6], [0.5, 0.3], [0.2, 0.5], [0.8, 0.5]]) {
            const x = r.left + r.width * fx;
            const y = r.top + r.height * fy;
            if (x > 0 && y > 0 && x < innerWidth && y < innerHeight && g.contains(document.elementFromPoint(x, y))) {
                return { x, y };
            }
        }
        return null;
    });
    assert.ok(point, 'the node is visible somewhere');
    return point;
}

describe('dragging on the netwerkkaart with the mouse', () => {
    const browser = chromiumForTheseTests();

    test('move and resize an actor: kept in the notation after save and reload, the model file untouched', async () => {
        const project = await copyExample(EXAMPLE, 'kern.bondgenoot');
        try {
            await withServer(project.model, async ({ url }) => {
                const { page, problems } = await openPage(browser.context, url);
                try {
                    const deKern = nodeNamed(page, 'De Kern');
                    await deKern.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    // The first save writes the model as the product writes it; from then on, a save
                    // after moving and resizing must leave it byte for byte as it is.
                    await saveWithKeys(page, project.notation);
                    const modelBefore = await readFile(project.model);
                    const zoom = await zoomOf(page);
                    const start = await boundsOf(deKern);

                    // 1. Move: press on the actor and drag it 120 px right and 60 px down.
                    const grip = await visiblePoint(deKern);
                    await drag(page, grip, { x: grip.x + 120, y: grip.y + 60 });
                    await waitFor(async () => (await boundsOf(deKern)).x !== start.x, 'the actor moved');
                    await settled(page);
                    const moved = await boundsOf(deKern);
                    assert.ok(Math.abs(moved.x - start.x - 120 / zoom) <= 12 && Math.abs(moved.y - start.y - 60 / zoom) <= 12,
                        `moved by the drag (zoom ${zoom}): ${JSON.stringify(start)} -> ${JSON.stringify(moved)}`);
                    assert.ok(Math.abs(moved.width - start.width) < 0.5 && Math.abs(moved.height - start.height) < 0.5,
                        `a move keeps the size: ${JSON.stringify(start)} -> ${JSON.stringify(moved)}`);
                    await screenshot(page, 'slepen-1-verplaatst.png');

                    // 2. Resize: select it, and drag the handle at its bottom right corner outwards.
                    await clickVisiblePart(page, deKern);
                    const handle = deKern.locator('circle.sprotty-resize-handle[data-kind="bottom-right"]');
                    await handle.waitFor({ state: 'visible', timeout: 10_000 });
                    await screenshot(page, 'slepen-2-grepen.png');
                    const corner = await centreOf(handle);
                    await drag(page, corner, { x: corner.x + 90, y: corner.y + 45 });
                    await waitFor(async () => (await boundsOf(deKern)).width > moved.width + 20, 'the actor grew');
                    await settled(page);
                    const resized = await boundsOf(deKern);
                    assert.ok(Math.abs(resized.width - moved.width - 90 / zoom) <= 12, `wider by the drag: ${moved.width} -> ${resized.width}`);
                    assert.ok(Math.abs(resized.height - moved.height - 45 / zoom) <= 12, `higher by the drag: ${moved.height} -> ${resized.height}`);
                    assert.ok(Math.abs(resized.x - moved.x) <= 1 && Math.abs(resized.y - moved.y) <= 1, 'the top left corner stays');
                    await screenshot(page, 'slepen-3-groter.png');

                    // 3. Ctrl+Z: the size goes back, Ctrl+Z again: the place; Ctrl+Shift+Z twice: both come back.
                    await pressOnMap(page, 'Control+z');
                    await waitFor(async () => Math.abs((await boundsOf(deKern)).width - start.width) < 0.5, 'the size is undone');
                    assert.ok(Math.abs((await boundsOf(deKern)).x - moved.x) < 0.5, 'the place stays');
                    await pressOnMap(page, 'Control+z');
                    await waitFor(async () => Math.abs((await boundsOf(deKern)).x - start.x) < 0.5, 'the move is undone');
                    const undone = await boundsOf(deKern);
                    assert.ok(Math.abs(undone.y - start.y) < 0.5 && Math.abs(undone.height - start.height) < 0.5, JSON.stringify(undone));
                    await pressOnMap(page, 'Control+Shift+z');
                    await pressOnMap(page, 'Control+Shift+z');
                    await waitFor(async () => Math.abs((await boundsOf(deKern)).width - resized.width) < 0.5, 'both are redone');
                    await settled(page);

                    // 4. Ctrl+S: the notation holds place and size, the model file is the same bytes.
                    await saveWithKeys(page, project.notation);
                    const place = await placeOf(project.notation, DE_KERN);
                    assert.ok(Math.abs(place.x - resized.x) <= 1 && Math.abs(place.y - resized.y) <= 1, `saved place ${JSON.stringify(place)}`);
                    assert.ok(Math.abs(place.breedte - resized.width) <= 1 && Math.abs(place.hoogte - resized.height) <= 1,
                        `saved size ${JSON.stringify(place)} for ${JSON.stringify(resized)}`);
                    assert.deepEqual(await readFile(project.model), modelBefore, 'moving and resizing leave the model file as it was');

                    // 5. Reload (the page opens the saved files anew): the same place and size.
                    await page.reload();
                    await deKern.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    const reloaded = await boundsOf(deKern);
                    for (const key of ['x', 'y', 'width', 'height']) {
                        assert.ok(Math.abs(reloaded[key] - resized[key]) <= 0.5, `${key} after reload: ${JSON.stringify(reloaded)} / ${JSON.stringify(resized)}`);
                    }
                    await screenshot(page, 'slepen-4-herladen.png');
                    assert.deepEqual(problems.filter(p => p.startsWith('uncaught')), [], problems.join('\n'));
                } catch (error) {
                    await screenshot(page, 'slepen-mislukt.png').catch(() => {});
                    throw error;
                } finally {
                    await page.close();
                }
            });
        } finally {
            await project.remove();
        }
    });

    test('reconnect a sturingsrelatie by dragging its end onto another actor; refused where it makes no sense; undo', async () => {
        const project = await copyExample(EXAMPLE, 'kern.bondgenoot');
        try {
            await withServer(project.model, async ({ url }) => {
                const { page, problems } = await openPage(browser.context, url);
                try {
                    // What the map asks of the server: the reconnect operations it sends over the websocket.
                    const reconnects = [];
                    page.on('websocket', socket => socket.on('framesent', frame => {
                        const action = JSON.parse(String(frame.payload)).params?.action;
                        if (action?.kind === 'reconnectEdge') {
                            reconnects.push(action);
                        }
                    }));
                    await page.reload(); // the listener sees the websocket from the start
                    const advies = page.locator(`${DIAGRAM} g.sturingsrelatie.soort-advies`);
                    await advies.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    assert.deepEqual(await drawnEnds(advies), { van: 'Wmo-raad Zwolle', naar: 'Gemeente Zwolle' });

                    /** Clicks the edge, waits for its end's handle and drags that onto a node. */
                    const dragEnd = async (kind, onto) => {
                        const onLine = await pointOnLine(advies);
                        await page.mouse.click(onLine.x, onLine.y);
                        const handle = advies.locator(`circle.sprotty-routing-handle[data-kind="${kind}"]`);
                        await handle.waitFor({ state: 'visible', timeout: 10_000 });
                        await drag(page, await centreOf(handle), await visiblePoint(onto));
                    };

                    // 1. The target end (the arrow at Gemeente Zwolle) onto Travers.
                    await dragEnd('target', nodeNamed(page, 'Travers'));
                    await waitFor(async () => (await drawnEnds(advies)).naar === 'Travers', 'the edge ends at Travers');
                    assert.deepEqual(reconnects.map(r => [r.sourceElementId, r.targetElementId]), [[ids['Wmo-raad Zwolle'], ids.Travers]]);
                    await settled(page);
                    assert.deepEqual(await drawnEnds(advies), { van: 'Wmo-raad Zwolle', naar: 'Travers' });
                    await screenshot(page, 'slepen-5-verlegd.png');
                    // The server's model changed: Ctrl+S writes the new naar.
                    await saveWithKeys(page, project.notation);
                    assert.deepEqual(await savedEnds(project.model, ADVIES), { van: ids['Wmo-raad Zwolle'], naar: ids.Travers });

                    // 2. Refused: the source of a sturingsrelatie is an actor, never a netwerk (the map does not take
                    // the drop), and an actor does not steer itself (the server refuses it).
                    const afterSave = await readFile(project.model);
                    await dragEnd('source', page.locator(`${DIAGRAM} g.netwerk`));
                    await settled(page);
                    assert.deepEqual(await drawnEnds(advies), { van: 'Wmo-raad Zwolle', naar: 'Travers' }, 'not onto a netwerk');
                    assert.equal(reconnects.length, 1, 'the map does not even ask the server');
                    await dragEnd('target', nodeNamed(page, 'Wmo-raad Zwolle'));
                    await waitFor(async () => reconnects.length === 2, 'the map asks the server');
                    await page.waitForTimeout(1000); // time for a server that would accept it to answer
                    await settled(page);
                    assert.deepEqual(await drawnEnds(advies), { van: 'Wmo-raad Zwolle', naar: 'Travers' }, 'the server refuses a self-loop');
                    await screenshot(page, 'slepen-6-geweigerd.png');
                    await saveWithKeys(page, project.notation);
                    assert.deepEqual(await readFile(project.model), afterSave, 'the refused drags changed nothing');

                    // 3. Ctrl+Z: the arrow points at Gemeente Zwolle again, in the map and in the saved model.
                    await pressOnMap(page, 'Control+z');
                    await waitFor(async () => (await drawnEnds(advies)).naar === 'Gemeente Zwolle', 'the reconnect is undone');
                    await settled(page);
                    await screenshot(page, 'slepen-7-ongedaan.png');
                    await saveWithKeys(page, project.notation);
                    assert.deepEqual(await savedEnds(project.model, ADVIES), { van: ids['Wmo-raad Zwolle'], naar: ids['Gemeente Zwolle'] });

                    // 4. The source end too: from Wmo-raad Zwolle onto Travers, and after a reload it is still there.
                    await dragEnd('source', nodeNamed(page, 'Travers'));
                    await waitFor(async () => (await drawnEnds(advies)).van === 'Travers', 'the edge starts at Travers');
                    await saveWithKeys(page, project.notation);
                    assert.deepEqual(await savedEnds(project.model, ADVIES), { van: ids.Travers, naar: ids['Gemeente Zwolle'] });
                    await page.reload();
                    await advies.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    assert.deepEqual(await drawnEnds(advies), { van: 'Travers', naar: 'Gemeente Zwolle' }, 'after reload');
                    await screenshot(page, 'slepen-8-bron-verlegd-herladen.png');
                    assert.deepEqual(problems.filter(p => p.startsWith('uncaught')), [], problems.join('\n'));
                } catch (error) {
                    await screenshot(page, 'slepen-mislukt.png').catch(() => {});
                    throw error;
                } finally {
                    await page.close();
                }
            });
        } finally {
            await project.remove();
        }
    });
});

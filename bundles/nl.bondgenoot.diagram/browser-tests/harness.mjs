// Shared by the browser tests: start `./bondgenoot serve FILE`, find the URL it prints, launch
// Debian's Chromium through playwright-core, and stop everything again.
//
// Environment:
//   BONDGENOOT_SERVE_CMD  shell command that starts the server, run from the repository root.
//                         "{bestand}" is replaced by the example file; without it the file is
//                         appended. Default: ./bondgenoot serve {bestand}
//   BONDGENOOT_CHROMIUM   browser executable, default /usr/bin/chromium
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '../../..');
export const SCREENSHOT_DIR = resolve(HERE, '../target/screenshots');
const SERVE_CMD = process.env.BONDGENOOT_SERVE_CMD || './bondgenoot serve {bestand}';
const CHROMIUM = process.env.BONDGENOOT_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];
const URL_PATTERN = /https?:\/\/127\.0\.0\.1:\d+\/\S*/;
const SERVER_START_TIMEOUT_MS = 60_000;
export const RENDER_TIMEOUT_MS = 30_000;

// The visible diagram only: Sprotty also renders a hidden copy (#netwerkkaart_hidden) to measure text.
export const DIAGRAM = '#netwerkkaart';

const runningServers = new Set();
// Last resort if the runner dies between start and stop: never leave a server behind.
process.on('exit', () => runningServers.forEach(killGroup));

function killGroup(child, signal = 'SIGTERM') {
    try {
        process.kill(-child.pid, signal); // negative pid: the whole process group (shell, launcher, JVM)
    } catch {
        // already gone
    }
}

/** The shell command that serves this file (see BONDGENOOT_SERVE_CMD above). */
export function serveCommand(file, template = SERVE_CMD) {
    return template.includes('{bestand}') ? template.replaceAll('{bestand}', file) : `${template} ${file}`;
}

/**
 * Starts the server for one example file; resolves with the URL it prints and a stop function.
 * `serve` is another command than BONDGENOOT_SERVE_CMD's, with the same "{bestand}" convention.
 */
export async function startServer(exampleFile, serve = SERVE_CMD) {
    const command = serveCommand(exampleFile, serve);
    const child = spawn('sh', ['-c', command], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    runningServers.add(child);
    let output = '';
    const exited = new Promise(resolveExit => child.once('exit', (code, signal) => resolveExit({ code, signal })));

    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) {
            killGroup(child, 'SIGTERM');
            const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
            await exited;
            clearTimeout(timer);
        }
        killGroup(child, 'SIGKILL'); // children that ignored SIGTERM or outlived the shell
        runningServers.delete(child);
    };

    try {
        const url = await new Promise((resolveUrl, rejectUrl) => {
            const timer = setTimeout(
                () => rejectUrl(new Error(`no URL from \`${command}\` within ${SERVER_START_TIMEOUT_MS / 1000} s; output:\n${output}`)),
                SERVER_START_TIMEOUT_MS
            );
            const onData = chunk => {
                output += chunk;
                const match = output.match(URL_PATTERN);
                if (match) {
                    clearTimeout(timer);
                    resolveUrl(match[0]);
                }
            };
            child.stdout.setEncoding('utf8').on('data', onData);
            child.stderr.setEncoding('utf8').on('data', chunk => (output += chunk));
            exited.then(({ code, signal }) => {
                clearTimeout(timer);
                rejectUrl(new Error(`\`${command}\` stopped (code ${code}, signal ${signal}) before printing a URL; output:\n${output}`));
            });
        });
        return { url, stop, output: () => output };
    } catch (error) {
        await stop();
        throw error;
    }
}

/** Runs `body` against a freshly started server, and always stops that server afterwards. */
export async function withServer(exampleFile, body) {
    const server = await startServer(exampleFile);
    try {
        await body(server);
    } finally {
        await server.stop();
    }
}

/** A persistent Chromium context with the flags that work on these machines; close() removes its profile. */
export async function launchBrowser() {
    const userDataDir = await mkdtemp(join(tmpdir(), 'bondgenoot-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 800 }
    });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    return {
        context,
        close: async () => {
            await context.close();
            await rm(userDataDir, { recursive: true, force: true });
        }
    };
}

/**
 * One Chromium for the tests of a describe block, launched before them and closed after them; call it
 * inside the describe and use `.context` in the tests.
 */
export function chromiumForTheseTests() {
    const shared = {};
    before(async () => {
        Object.assign(shared, await launchBrowser());
    });
    after(async () => {
        await shared.close?.();
    });
    return shared;
}

/** Opens the page and records uncaught errors, which would mean a broken client. */
export async function openPage(context, url) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(`uncaught: ${error.message}`));
    page.on('console', message => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    const response = await page.goto(url);
    assert.equal(response?.status(), 200, `GET ${url}`);
    return { page, problems };
}

/**
 * A copy of an example in a temporary folder of its own, so that a test may edit and save it (never
 * the file under examples/). `notation` is where its map is saved; remove() deletes the folder.
 */
export async function copyExample(example, name = basename(example)) {
    const folder = await mkdtemp(join(tmpdir(), 'bondgenoot-test-'));
    const model = join(folder, name);
    await copyFile(join(REPO_ROOT, example), model);
    return {
        folder,
        model,
        notation: model.replace(/\.bondgenoot$/, '.netwerkkaart'),
        remove: () => rm(folder, { recursive: true, force: true })
    };
}

/** A screenshot of the window into SCREENSHOT_DIR; resolves with the PNG's bytes. */
export async function screenshot(page, name) {
    const path = join(SCREENSHOT_DIR, name);
    await page.screenshot({ path });
    return readFile(path);
}

// What the tests do on the map, as a person would: find, wait, click, drag, type.

/** The actor node whose name label reads exactly `name`. */
export const nodeNamed = (page, name) =>
    page.locator(`${DIAGRAM} g.actor`).filter({ has: page.locator('text.label-naam', { hasText: new RegExp(`^${name}$`) }) });

/** Waits until the map stands still: the viewport (fit to the window) and the markers have arrived. */
export async function settled(page) {
    let last = '';
    let still = 0;
    const end = Date.now() + 15_000;
    while (still < 3 && Date.now() < end) {
        await page.waitForTimeout(150);
        const now = await page.evaluate(diagram => {
            const viewport = document.querySelector(`${diagram} svg.sprotty-graph > g`)?.getAttribute('transform') ?? '';
            return `${viewport}|${document.querySelectorAll(`${diagram} .sprotty-issue`).length}`;
        }, DIAGRAM);
        still = now === last ? still + 1 : 0;
        last = now;
    }
}

/** Clicks a node where it is not covered by the palette or the legend (as a person would). */
export async function clickVisiblePart(page, node) {
    const handle = await node.elementHandle();
    const point = await handle.evaluate(g => {
        const r = g.getBoundingClientRect();
        for (let fy = 0.5; fy < 0.95; fy += 0.1) {
            for (let fx = 0.1; fx < 0.95; fx += 0.1) {
                const x = r.left + r.width * fx;
                const y = r.top + r.height * fy;
                if (x > 0 && y > 0 && x < innerWidth && y < innerHeight && g.contains(document.elementFromPoint(x, y))) {
                    return { x, y };
                }
            }
        }
        return null;
    });
    assert.ok(point, 'the node is visible somewhere');
    await page.mouse.click(point.x, point.y);
}

/** A point of the window where neither the map's nodes and edges nor the palette or legend are. */
export async function emptySpot(page) {
    const spot = await page.evaluate(diagram => {
        const taken = [...document.querySelectorAll(`${diagram} g.actor, ${diagram} g.netwerk, ${diagram} g.convenant, ${diagram} g.sturingsrelatie, ${diagram} g.lidmaatschap, .tool-palette, #legenda, #melding`)]
            .map(e => e.getBoundingClientRect());
        const margin = 110;
        for (let y = 80; y < innerHeight - 40; y += 20) {
            for (let x = 60; x < innerWidth - 60; x += 20) {
                const free = taken.every(r => x < r.left - margin || x > r.right + margin || y < r.top - margin / 2 || y > r.bottom + margin / 2);
                // Only the map's own background: no overlay (status, palette, legend) above it.
                if (free && document.elementFromPoint(x, y)?.matches(`${diagram} svg.sprotty-graph`)) {
                    return { x, y };
                }
            }
        }
        return null;
    }, DIAGRAM);
    assert.ok(spot, 'an empty spot on the map');
    return spot;
}

/** x and y of an SVG "translate(x, y)". */
export function translation(transform) {
    const match = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*\)/.exec(transform ?? '');
    assert.ok(match, `a translation: ${transform}`);
    return [Number(match[1]), Number(match[2])];
}

export async function waitFor(condition, what, timeoutMs = 15_000) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
        if (await condition()) {
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    assert.fail(`timed out: ${what}`);
}

/** Drags with the mouse from one point of the window to another, in small steps as a hand does. */
export async function drag(page, from, to, steps = 15) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + Math.sign(to.x - from.x) * 3, from.y + Math.sign(to.y - from.y) * 3, { steps: 2 });
    await page.mouse.move(to.x, to.y, { steps });
    await page.waitForTimeout(100); // the feedback follows the last move before the button is let go
    await page.mouse.up();
}

/** The centre of an element (an SVG shape or handle) in window coordinates. */
export async function centreOf(locator) {
    const box = await locator.boundingBox();
    assert.ok(box, 'the element is drawn');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses a key on the map as a person does after clicking its empty background (so the keys go to the map). */
export async function pressOnMap(page, key) {
    const spot = await emptySpot(page);
    await page.mouse.click(spot.x, spot.y);
    await page.keyboard.press(key);
}

/** Ctrl+S on the map; resolves when the server has written the notation file (it writes it after the model). */
export async function saveWithKeys(page, notationFile) {
    const before = (await stat(notationFile).catch(() => null))?.mtimeMs;
    await pressOnMap(page, 'Control+s');
    await waitFor(async () => {
        const now = (await stat(notationFile).catch(() => null))?.mtimeMs;
        return now !== undefined && now !== before;
    }, `${notationFile} is written`);
    await page.waitForTimeout(200); // the rename of the atomic write is done
}

/**
 * Boxes in window coordinates, named, and the overlaps a reader sees (half a pixel of rounding allowed):
 * node on node, edge label on node or label, a convenant's region around other nodes than its partners.
 * Runs in the page: page.evaluate(overlapsOnThePage, DIAGRAM).
 */
export function overlapsOnThePage(diagram) {
    const prefix = `${diagram.substring(1)}_`;
    const box = element => {
        const r = element.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const SLACK = 0.5;
    const intersect = (a, b) =>
        a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
    const inside = (outer, inner) =>
        inner.left >= outer.left - SLACK && inner.top >= outer.top - SLACK && inner.right <= outer.right + SLACK && inner.bottom <= outer.bottom + SLACK;
    const root = document.querySelector(diagram);
    const nodes = [...root.querySelectorAll('g.actor, g.netwerk, g.convenant')]
        .filter(g => g.id.startsWith(prefix))
        .map(g => ({
            id: g.id.substring(prefix.length),
            name: g.querySelector('text.label-naam')?.textContent ?? g.id,
            box: box(g.querySelector(':scope > .actor-shape, :scope > .netwerk-shape, :scope > .convenant-shape'))
        }));
    const labels = [...root.querySelectorAll('g.sturingsrelatie text.label-relatie')].map(t => ({ text: t.textContent, box: box(t) }));
    const partners = {};
    for (const edge of root.querySelectorAll('g.convenantpartner')) {
        const [owner, actor] = edge.id.substring(prefix.length).split('/partner/');
        (partners[owner] ??= []).push(actor);
    }
    const regions = nodes
        .map(node => ({ node, element: root.querySelector(`[id="${prefix}${node.id}"] rect.convenant-groep`) }))
        .filter(r => r.element)
        .map(r => ({ owner: r.node, box: box(r.element) }));

    const problems = [];
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            if (intersect(nodes[i].box, nodes[j].box)) {
                problems.push(`node '${nodes[i].name}' overlaps node '${nodes[j].name}'`);
            }
        }
    }
    for (let i = 0; i < labels.length; i++) {
        for (const node of nodes) {
            if (intersect(labels[i].box, node.box)) {
                problems.push(`label '${labels[i].text}' lies on node '${node.name}'`);
            }
        }
        for (let j = i + 1; j < labels.length; j++) {
            if (intersect(labels[i].box, labels[j].box)) {
                problems.push(`label '${labels[i].text}' lies on label '${labels[j].text}'`);
            }
        }
    }
    for (const region of regions) {
        const members = new Set([region.owner.id, ...(partners[region.owner.id] ?? [])]);
        for (const node of nodes) {
            if (members.has(node.id) && !inside(region.box, node.box)) {
                problems.push(`region of '${region.owner.name}' does not hold its partner '${node.name}'`);
            } else if (!members.has(node.id) && intersect(region.box, node.box)) {
                problems.push(`region of '${region.owner.name}' holds '${node.name}', who is no partner`);
            }
        }
    }
    return { nodes: nodes.length, labels: labels.length, regions: regions.length, problems };
}

// Large maps: a generated network, and a map that is complete only when every node is drawn in the window.

/** How many nodes the map of a model file has: one per actor, netwerk and convenant (the server draws them all). */
export async function nodesInModel(file) {
    const text = await readFile(resolve(REPO_ROOT, file), 'utf8');
    return (text.match(/<(actoren|netwerken|convenanten)[\s/>]/g) ?? []).length;
}

/**
 * A generated network of `actors` actors in netwerken of 50 and 1.5 sturingsrelaties per actor, written
 * by the benchmarks' generator (releng/scripts/generated-network.sh) into a folder of its own.
 */
export async function generatedNetwork(actors) {
    const folder = await mkdtemp(join(tmpdir(), 'bondgenoot-gegenereerd-'));
    const model = join(folder, `netwerk-${actors}.bondgenoot`);
    await new Promise((resolveRun, rejectRun) => {
        const child = spawn('bash', ['releng/scripts/generated-network.sh', String(actors), String(Math.floor(actors * 3 / 2)), model], {
            cwd: REPO_ROOT,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        let errors = '';
        child.stderr.setEncoding('utf8').on('data', chunk => (errors += chunk));
        child.once('exit', code => (code === 0 ? resolveRun() : rejectRun(new Error(`generated-network.sh ${actors}: exit ${code}\n${errors}`))));
    });
    return { model, remove: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * Runs in the page: the map's nodes (by GLSP's model type, whatever they look like) as the window shows
 * them: how many are in the DOM, which of the shown ones lie (partly) outside the window, the zoom, and whether the
 * "connecting" message still covers the map. Sprotty leaves out of the DOM what lies outside the window.
 */
export function mapInWindow(diagram) {
    const nodes = [...document.querySelectorAll(`${diagram} g[data-svg-metadata-type^="node:"]`)];
    // A node that a layer or filter hides (display: none) is as the view wants it, wherever it is.
    const outside = nodes.filter(g => g.checkVisibility()).filter(g => {
        const r = g.getBoundingClientRect();
        return r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight || r.width === 0;
    });
    const transform = document.querySelector(`${diagram} svg.sprotty-graph > g`)?.getAttribute('transform') ?? '';
    return {
        drawn: nodes.length,
        outside: outside.map(g => g.id),
        zoom: Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? 1),
        status: !document.getElementById('status')?.hidden
    };
}

/** Runs in the page (waitForFunction): every one of `count` nodes is in the DOM and inside the window, nothing covers the map. */
export function mapComplete([diagram, count]) {
    if (!document.getElementById('status')?.hidden) {
        return false;
    }
    const nodes = document.querySelectorAll(`${diagram} g[data-svg-metadata-type^="node:"]`);
    if (nodes.length !== count) {
        return false;
    }
    for (const g of nodes) {
        if (!g.checkVisibility()) {
            continue; // hidden by a layer or filter
        }
        const r = g.getBoundingClientRect();
        if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight || r.width === 0) {
            return false;
        }
    }
    return true;
}

/** Waits until the map of `count` nodes is completely drawn in the window (see mapComplete), checking at every frame. */
export async function waitForCompleteMap(page, count, timeout = RENDER_TIMEOUT_MS) {
    try {
        await page.waitForFunction(mapComplete, [DIAGRAM, count], { timeout, polling: 'raf' });
    } catch (error) {
        const map = await page.evaluate(mapInWindow, DIAGRAM).catch(() => null);
        assert.fail(`the map of ${count} nodes is not completely drawn in the window within ${timeout} ms: ` +
            (map ? `${map.drawn} nodes in the DOM, ${map.outside.length} of them (partly) outside, zoom ${map.zoom}` +
                (map.status ? ', the status message covers it' : '') : error.message));
    }
}

/**
 * The time from `action` (an async function) until the map's DOM has changed and then not changed for
 * `quietMs`: the time of the last change, so the quiet period itself is not counted (nor a wait for a
 * server before the first change). For timings of actions on a map that is already drawn (a layout, and
 * later a layer toggled). An action that changes nothing within `timeout` fails.
 */
export async function timeUntilSettled(page, action, { quietMs = 500, timeout = 60_000, stillIfNoChangeWithin = undefined } = {}) {
    await page.evaluate(diagram => {
        const state = (window.__bondgenootChanges = { last: performance.now() });
        state.observer = new MutationObserver(() => (state.last = performance.now()));
        state.observer.observe(document.querySelector(diagram), { subtree: true, childList: true, attributes: true, characterData: true });
    }, DIAGRAM);
    const start = await page.evaluate(() => (window.__bondgenootChanges.start = performance.now()));
    await action();
    try {
        await page.waitForFunction(() => window.__bondgenootChanges.last > window.__bondgenootChanges.start, null,
            { timeout: stillIfNoChangeWithin ?? timeout, polling: 50 });
    } catch (error) {
        if (stillIfNoChangeWithin === undefined) {
            throw error;
        }
        // nothing on the map changed at all (the server had nothing to send back): still from the start
        await page.evaluate(() => window.__bondgenootChanges.observer.disconnect());
        return 0;
    }
    await page.waitForFunction(
        quiet => performance.now() - window.__bondgenootChanges.last >= quiet,
        quietMs,
        { timeout, polling: 50 }
    );
    return page.evaluate(startedAt => {
        const state = window.__bondgenootChanges;
        state.observer.disconnect();
        return Math.max(0, state.last - startedAt);
    }, start);
}

/** The width and height of a PNG, from its header (a screenshot read back). */
export function pngSize(buffer) {
    assert.equal(buffer.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
    return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

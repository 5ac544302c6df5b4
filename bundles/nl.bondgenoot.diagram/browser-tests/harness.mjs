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
export function serveCommand(file) {
    return SERVE_CMD.includes('{bestand}') ? SERVE_CMD.replaceAll('{bestand}', file) : `${SERVE_CMD} ${file}`;
}

/** Starts the server for one example file; resolves with the URL it prints and a stop function. */
export async function startServer(exampleFile) {
    const command = serveCommand(exampleFile);
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

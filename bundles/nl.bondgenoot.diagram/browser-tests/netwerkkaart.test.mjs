// Browser test of the netwerkkaart page: starts the Bondgenoot server, opens the URL it prints in
// Debian's headless Chromium (playwright-core, no downloaded browser) and checks what a person sees.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
// (after `npm ci` in this folder, and `npm ci && npm run build` in ../webclient).
//
// Environment:
//   BONDGENOOT_SERVE_CMD  shell command that starts the server, run from the repository root.
//                         "{bestand}" is replaced by the example file; without it the file is
//                         appended. Default: ./bondgenoot serve {bestand}
//   BONDGENOOT_CHROMIUM   browser executable, default /usr/bin/chromium
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../../..');
const SCREENSHOT_DIR = resolve(HERE, '../target/screenshots');
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
const RENDER_TIMEOUT_MS = 30_000;

// The visible diagram only: Sprotty also renders a hidden copy (#netwerkkaart_hidden) to measure text.
const DIAGRAM = '#netwerkkaart';

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

/** Starts the server for one example file; resolves with the URL it prints and a stop function. */
async function startServer(exampleFile) {
    const command = SERVE_CMD.includes('{bestand}') ? SERVE_CMD.replaceAll('{bestand}', exampleFile) : `${SERVE_CMD} ${exampleFile}`;
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
async function withServer(exampleFile, body) {
    const server = await startServer(exampleFile);
    try {
        await body(server);
    } finally {
        await server.stop();
    }
}

describe('netwerkkaart in the browser', () => {
    let context;
    let userDataDir;

    before(async () => {
        userDataDir = await mkdtemp(join(tmpdir(), 'bondgenoot-chromium-'));
        context = await chromium.launchPersistentContext(userDataDir, {
            executablePath: CHROMIUM,
            headless: true,
            args: CHROMIUM_ARGS,
            viewport: { width: 1280, height: 800 }
        });
        await mkdir(SCREENSHOT_DIR, { recursive: true });
    });

    after(async () => {
        await context?.close();
        if (userDataDir) {
            await rm(userDataDir, { recursive: true, force: true });
        }
    });

    /** Opens the page and records uncaught errors, which would mean a broken client. */
    async function openPage(url) {
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', error => problems.push(`uncaught: ${error.message}`));
        page.on('console', message => message.type() === 'error' && problems.push(`console: ${message.text()}`));
        const response = await page.goto(url);
        assert.equal(response?.status(), 200, `GET ${url}`);
        return { page, problems };
    }

    const countIn = (page, selector) => page.locator(`${DIAGRAM} ${selector}`).count();

    test('kamperpoort-kern: shows the three actors, the network and the memberships', async () => {
        await withServer('examples/skelet/kamperpoort-kern.bondgenoot', async ({ url }) => {
            const { page, problems } = await openPage(url);
            try {
                assert.equal(await page.title(), 'Bondgenoot — Netwerkkaart');
                await page.locator(`${DIAGRAM} g.actor`).nth(2).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });

                // By CSS class (what the styling relies on) and by model type (GLSP's SVG metadata).
                assert.equal(await countIn(page, 'g.actor'), 5, 'actor nodes');
                assert.equal(await countIn(page, 'g.netwerk'), 1, 'netwerk nodes');
                assert.equal(await countIn(page, 'g.lidmaatschap'), 3, 'membership edges');
                assert.equal(await countIn(page, 'g[data-svg-metadata-type="node:actor"]'), 5, 'elements of type node:actor');
                assert.equal(await countIn(page, 'g[data-svg-metadata-type="node:netwerk"]'), 1, 'elements of type node:netwerk');
                assert.equal(await countIn(page, 'g[data-svg-metadata-type="edge:lidmaatschap"]'), 3, 'elements of type edge:lidmaatschap');
                for (const name of ['Gemeente Zwolle', 'Travers', 'De Kern', 'Wmo-raad Zwolle', 'Inwoners Kamperpoort']) {
                    const label = page.locator(`${DIAGRAM} text`, { hasText: name }).first();
                    await label.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                }
                // Every actor carries one of the seven categories, which gives it its colour.
                const categories = await page
                    .locator(`${DIAGRAM} g.actor`)
                    .evaluateAll(nodes => nodes.map(node => [...node.classList].find(c => c.startsWith('categorie-')) ?? ''));
                for (const category of categories) {
                    assert.match(category, /^categorie-(overheid|maatschappelijke_organisatie|marktpartij|vertegenwoordigend_orgaan|clientorganisatie|professional|burger)$/);
                }
                assert.equal(await page.locator('#status').isVisible(), false, 'no connection message once the diagram is shown');

                await page.waitForTimeout(500); // let the fit-to-screen settle for a stable screenshot
                await page.screenshot({ path: join(SCREENSHOT_DIR, 'netwerkkaart.png') });
                assert.deepEqual(problems.filter(p => p.startsWith('uncaught')), [], problems.join('\n'));
            } finally {
                await page.close();
            }
        });
    });

    test('kamperpoort-te-klein: shows the NET-1 marker', async () => {
        await withServer('examples/skelet/kamperpoort-te-klein.bondgenoot', async ({ url }) => {
            const { page } = await openPage(url);
            try {
                const marker = page.locator(`${DIAGRAM} .sprotty-issue`).first();
                await marker.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                // The marker's tooltip (<title>) holds "<rule id>: <message>".
                const markerTexts = await page.locator(`${DIAGRAM} .sprotty-issue`).allTextContents();
                assert.ok(markerTexts.some(text => text.includes('NET-1')), `marker texts: ${JSON.stringify(markerTexts)}`);

                // Hovering opens GLSP's popup with the same message.
                await marker.hover();
                const popup = page.locator('.sprotty-popup', { hasText: 'NET-1' });
                await popup.waitFor({ state: 'visible', timeout: 10_000 });
                // In Dutch, with the rule id and the seed source, as the command line prints it.
                assert.match(await popup.innerText(), /FOUT: NET-1: Netwerk 'OK-team Kamperpoort' heeft 2 organisaties.*\(S2:2258-2260\)/s);
                await page.screenshot({ path: join(SCREENSHOT_DIR, 'netwerkkaart-te-klein.png') });
            } finally {
                await page.close();
            }
        });
    });

    test('the project profile beside the model applies, as in the command line', async () => {
        // A copy of the too-small example in a project whose bondgenoot.profiel re-grades NET-1.
        const project = await mkdtemp(join(tmpdir(), 'bondgenoot-profiel-'));
        try {
            const model = join(project, 'klein.bondgenoot');
            await copyFile(join(REPO_ROOT, 'examples/skelet/kamperpoort-te-klein.bondgenoot'), model);
            await writeFile(join(project, 'bondgenoot.profiel'), 'NET-1 = WAARSCHUWING\n');
            await withServer(model, async ({ url }) => {
                const { page } = await openPage(url);
                try {
                    const marker = page.locator(`${DIAGRAM} .sprotty-issue`).first();
                    await marker.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await marker.hover();
                    const popup = page.locator('.sprotty-popup', { hasText: 'NET-1' });
                    await popup.waitFor({ state: 'visible', timeout: 10_000 });
                    assert.match(await popup.innerText(), /WAARSCHUWING: NET-1: /);
                } finally {
                    await page.close();
                }
            });
        } finally {
            await rm(project, { recursive: true, force: true });
        }
    });

    test('without the token the page and the websocket are refused', async () => {
        await withServer('examples/skelet/kamperpoort-kern.bondgenoot', async ({ url }) => {
            const withoutToken = new URL(url);
            withoutToken.searchParams.delete('token');
            assert.equal((await fetch(withoutToken)).status, 403, `GET ${withoutToken}`);

            const wrongToken = new URL(url);
            wrongToken.searchParams.set('token', 'fout');
            assert.equal((await fetch(wrongToken)).status, 403, `GET ${wrongToken}`);

            // A page that knows the server's address but not the token must not get a GLSP session.
            const { page } = await openPage(url);
            try {
                const outcome = await page.evaluate(
                    () =>
                        new Promise(done => {
                            const socket = new WebSocket(`ws://${location.host}/glsp`);
                            socket.onopen = () => {
                                socket.close();
                                done('open');
                            };
                            socket.onclose = () => done('refused');
                        })
                );
                assert.equal(outcome, 'refused', 'websocket without token');
            } finally {
                await page.close();
            }
        });
    });
});

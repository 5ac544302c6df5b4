// Browser test of what the diagram server shares and with whom: the token stays with its server (a
// second HTTP service on another port of 127.0.0.1 receives nothing of it, and its pages cannot open
// the map's websocket), the page forbids foreign scripts, two tabs on one server edit one model, and a
// model too large for the map is refused with a Dutch message instead of a page that keeps loading.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    copyExample,
    chromiumForTheseTests,
    nodeNamed,
    openPage,
    RENDER_TIMEOUT_MS,
    REPO_ROOT,
    saveWithKeys,
    serveCommand,
    settled,
    waitFor,
    withServer
} from './harness.mjs';

/** An ordinary web service on another port of 127.0.0.1 that records everything it receives. */
async function startOtherService() {
    const received = [];
    const server = createServer((request, response) => {
        received.push(`${request.method} ${request.url}\n${JSON.stringify(request.headers)}`);
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Andere dienst</title><p>Een andere dienst op deze computer.</p>');
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}/`,
        received,
        close: () => new Promise(resolve => server.close(resolve))
    };
}

/** Tries a websocket from inside a page; resolves with 'open' or 'refused'. */
const tryWebsocket = (page, address) =>
    page.evaluate(
        target =>
            new Promise(done => {
                const socket = new WebSocket(target);
                socket.onopen = () => {
                    socket.close();
                    done('open');
                };
                socket.onerror = () => done('refused');
                socket.onclose = () => done('refused');
            }),
        address
    );

/** A double-click on the name, the new name typed, Enter: drawn under the new name. */
async function renameInPlace(page, from, to) {
    await nodeNamed(page, from).locator('text.label-naam').dblclick();
    const editor = page.locator('.label-edit input');
    await editor.waitFor({ state: 'visible', timeout: 10_000 });
    await editor.fill(to);
    await editor.press('Enter');
    await nodeNamed(page, to).waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
}

describe('the diagram server and who it trusts', () => {
    const browser = chromiumForTheseTests();

    test('the token stays with its server: another service on 127.0.0.1 receives none and cannot open the websocket', async () => {
        const other = await startOtherService();
        try {
            await withServer('examples/skelet/kamperpoort-kern.bondgenoot', async ({ url }) => {
                const token = new URL(url).pathname.split('/')[1];
                assert.match(token, /^[A-Za-z0-9_-]{32}$/, `the token is the first segment of the path: ${url}`);
                const { page, problems } = await openPage(browser.context, url);
                try {
                    await nodeNamed(page, 'Travers').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    assert.deepEqual(problems, [], 'the page runs under its own Content-Security-Policy without complaint');

                    // The browser has been to the map: now it visits the other service, as a person would in another tab.
                    const elsewhere = await browser.context.newPage();
                    try {
                        await elsewhere.goto(other.url);
                        await elsewhere.evaluate(() => fetch('/plaatje.png').catch(() => null));
                        // Even a page that knew the whole address gets no session: its origin is not the map's.
                        const wsAddress = url.replace(/^http:/, 'ws:') + 'glsp';
                        assert.equal(await tryWebsocket(elsewhere, wsAddress), 'refused', 'a websocket from another origin');
                    } finally {
                        await elsewhere.close();
                    }
                    assert.ok(other.received.length >= 2, `the other service was visited: ${other.received.length}`);
                    for (const request of other.received) {
                        assert.ok(!request.includes(token), `the other service received the token:\n${request}`);
                        assert.ok(!/bondgenoot/i.test(request), `the other service received a cookie of Bondgenoot:\n${request}`);
                    }

                    // The map's own page may open it; the page of the map cannot be framed.
                    assert.equal(await tryWebsocket(page, url.replace(/^http:/, 'ws:') + 'glsp'), 'open');
                    const headers = (await fetch(url)).headers;
                    assert.equal(headers.get('x-frame-options'), 'DENY');
                    assert.match(headers.get('content-security-policy') ?? '', /script-src 'self'/);
                    assert.equal(headers.get('server'), null, 'no Server header');
                    assert.equal(headers.get('set-cookie'), null, 'no cookie at all');
                } finally {
                    await page.close();
                }
            });
        } finally {
            await other.close();
        }
    });

    test('two tabs on one server edit one model: each sees the other\'s edits, undo is shared, a save keeps both', async () => {
        const project = await copyExample('examples/skelet/kamperpoort-kern.bondgenoot', 'kern.bondgenoot');
        try {
            await withServer(project.model, async ({ url }) => {
                const first = (await openPage(browser.context, url)).page;
                const second = (await openPage(browser.context, url)).page;
                try {
                    for (const page of [first, second]) {
                        await nodeNamed(page, 'De Kern').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                        await settled(page);
                    }
                    // Tab 1 renames De Kern in place.
                    await renameInPlace(first, 'De Kern', 'De Kern Zwolle');
                    // Tab 2 draws it without being reloaded.
                    await nodeNamed(second, 'De Kern Zwolle').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(second);

                    // Tab 2 renames Travers; tab 1 sees it.
                    await renameInPlace(second, 'Travers', 'Travers Welzijn');
                    await nodeNamed(first, 'Travers Welzijn').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(first);

                    // One undo history: undo in tab 1 takes back tab 2's rename, in both tabs.
                    await first.locator('#nk-ongedaan').click();
                    await nodeNamed(second, 'Travers').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await nodeNamed(first, 'Travers').waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(first);
                    await settled(second);

                    // Tab 2 saves: tab 1's rename is in the file (before, tab 2 wrote its own model over it).
                    await saveWithKeys(second, project.notation);
                    await waitFor(async () => (await readFile(project.model, 'utf8')).includes('naam="De Kern Zwolle"'),
                        'the model file has tab 1\'s rename after tab 2 saved');
                    const saved = await readFile(project.model, 'utf8');
                    assert.ok(!saved.includes('Travers Welzijn'), 'the undone rename is not saved');
                } finally {
                    await first.close();
                    await second.close();
                }
            });
        } finally {
            await project.remove();
        }
    });

    test('serve of a model too large for the map (200,000 actors) says so in Dutch on standard error, in bounded time', async () => {
        const project = await copyExample('examples/skelet/kamperpoort-kern.bondgenoot', 'groot.bondgenoot');
        try {
            const actors = [];
            for (let i = 0; i < 200_000; i++) {
                const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
                actors.push(`  <actoren id="${id}" naam="Actor ${i}" categorie="MAATSCHAPPELIJKE_ORGANISATIE" soort="welzijn"/>`);
            }
            const original = await readFile(project.model, 'utf8');
            await writeFile(project.model, original.replace('  <netwerken ', `${actors.join('\n')}\n  <netwerken `));
            const child = spawn('sh', ['-c', serveCommand(project.model)], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
            let stdout = '';
            let stderr = '';
            child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk));
            child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk));
            // Bounded: a server that would keep "loading" is stopped (its whole process group) after two minutes.
            const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 120_000);
            const code = await new Promise(resolve => child.once('exit', resolve));
            clearTimeout(timer);
            assert.equal(code, 2, `exit code; stdout:\n${stdout}\nstderr:\n${stderr}`);
            assert.ok(!/https?:\/\/127/.test(stdout), `no address is printed for a map that cannot be drawn:\n${stdout}`);
            assert.match(stderr, /groot\.bondgenoot: te groot voor de netwerkkaart: 200\.00\d actoren, netwerken en convenanten/);
            assert.match(stderr, /eigen, kleiner model/);
        } finally {
            await project.remove();
        }
    });
});

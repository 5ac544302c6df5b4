// Shared by the browser tests: start `./bondgenoot serve FILE`, find the URL it prints, launch
// Debian's Chromium through playwright-core, and stop everything again.
//
// Environment:
//   BONDGENOOT_SERVE_CMD  shell command that starts the server, run from the repository root.
//                         "{bestand}" is replaced by the example file; without it the file is
//                         appended. Default: ./bondgenoot serve {bestand}
//   BONDGENOOT_CHROMIUM   browser executable, default /usr/bin/chromium
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
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

/** Starts the server for one example file; resolves with the URL it prints and a stop function. */
export async function startServer(exampleFile) {
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

// Browser test of the netwerkkaart page: starts the Bondgenoot server, opens the URL it prints in
// Debian's headless Chromium (playwright-core, no downloaded browser) and checks what a person sees.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
// (after `npm ci` in this folder, and the product build; see harness.mjs for the environment).
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
    DIAGRAM,
    chromiumForTheseTests,
    openPage as openBrowserPage,
    RENDER_TIMEOUT_MS,
    REPO_ROOT,
    SCREENSHOT_DIR,
    withServer
} from './harness.mjs';

describe('netwerkkaart in the browser', () => {
    const browser = chromiumForTheseTests();

    const openPage = url => openBrowserPage(browser.context, url);

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

                // The page speaks Dutch: none of GLSP's own English tooltips or placeholders (the palette's
                // fold button sits outside the palette element, so the whole page is read). The palette
                // comes after the map (GLSP asks for it once the model is there): wait for it.
                await page.locator('[title="Palet inklappen"]').waitFor({ state: 'attached', timeout: RENDER_TIMEOUT_MS });
                const paletteTexts = await page
                    .locator('[title], input[placeholder]')
                    .evaluateAll(nodes => nodes.map(node => node.getAttribute('title') ?? node.getAttribute('placeholder')));
                assert.ok(paletteTexts.includes('Palet inklappen'), paletteTexts.join(' | '));
                for (const english of ['Minimize palette', 'Maximize palette', 'Search...', 'Enable selection tool', 'Validate model']) {
                    assert.ok(!paletteTexts.includes(english), `English in the palette: ${english}`);
                }

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
            const withoutToken = new URL('/', url);
            assert.equal((await fetch(withoutToken)).status, 403, `GET ${withoutToken}`);
            assert.equal((await fetch(new URL('/bundle.js', url))).status, 403, 'the scripts without the token');

            const wrongToken = new URL('/fout/', url);
            assert.equal((await fetch(wrongToken)).status, 403, `GET ${wrongToken}`);

            // A page that knows the server's address but not the token must not get a GLSP session.
            const { page } = await openPage(url);
            try {
                const outcome = await page.evaluate(
                    () =>
                        new Promise(done => {
                            const socket = new WebSocket(`ws://${location.host}/glsp`); // the token left out
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

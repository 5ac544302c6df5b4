// Browser test of the Agendaketen: serve a copy of an example agenda (with the model file of its
// actors), see the chain drawn from left to right and read-only; then change the agenda on disk as an
// editor would: a syntax error keeps the last chain and says where the problem is, a new opgave with
// `volgt uit` appears with its line from the effect. Screenshots go to target/screenshots/.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyExample, DIAGRAM, launchBrowser, openPage, pngSize, REPO_ROOT, RENDER_TIMEOUT_MS, screenshot, settled, waitFor, withServer } from './harness.mjs';

const KINDS = { agenda: 1, effect: 3, opgave: 1, opdrachtrelatie: 1, uitvoeringsagenda: 1 };
const BEFORE_UITVOERING = 'uitvoeringsagenda "Zelfredzaamheid in de wijk"';

describe('the Agendaketen in the browser', () => {
    let browser;
    let project;

    before(async () => {
        browser = await launchBrowser();
        project = await copyExample('examples/agendas/zelfredzaamheid.agenda');
        await copyFile(join(REPO_ROOT, 'examples/agendas/partijen.bondgenoot'), join(project.folder, 'partijen.bondgenoot'));
    });

    after(async () => {
        await browser?.close();
        await project?.remove();
    });

    const count = (page, kind) => page.locator(`${DIAGRAM} g.${kind}`).count();
    const opgaveNamed = (page, name) =>
        page.locator(`${DIAGRAM} g.opgave`).filter({ has: page.locator('text', { hasText: new RegExp(`^${name}$`) }) });
    /** The x of the left edge of the first node of a kind on the page. */
    const leftOf = (page, kind) => page.locator(`${DIAGRAM} g.${kind}`).first().evaluate(g => g.getBoundingClientRect().left);

    test('drawn left to right, read-only, and following the file when it changes', async () => {
        const agenda = project.model;
        const text = await readFile(agenda, 'utf8');
        await withServer(agenda, async ({ url, output }) => {
            assert.match(output(), /^Agendaketen van /m, output());
            const { page, problems } = await openPage(browser.context, url);
            try {
                await page.locator(`${DIAGRAM} g.opgave`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                for (const [kind, n] of Object.entries(KINDS)) {
                    assert.equal(await count(page, kind), n, kind);
                }
                assert.equal(await count(page, 'volgt-uit'), 3, 'the opgave follows from three effects');
                assert.ok(await leftOf(page, 'agenda') < await leftOf(page, 'effect'), 'agenda left of its effects');
                assert.ok(await leftOf(page, 'effect') < await leftOf(page, 'opgave'), 'effects left of the opgave');
                assert.ok(await leftOf(page, 'opgave') < await leftOf(page, 'opdrachtrelatie'), 'opgave left of its opdrachtrelatie');
                for (const r of ['richting laag', 'ruimte hoog', 'rekenschap hoog']) {
                    assert.equal(await page.locator(`${DIAGRAM} g.opdrachtrelatie text`, { hasText: new RegExp(`^${r}$`) }).count(), 1, r);
                }
                // read-only: nothing to make on it
                assert.equal(await page.locator('.tool-palette').isVisible(), false, 'no palette');
                assert.equal(await page.locator('.minimize-palette-button').isVisible(), false, 'no button to unfold a palette');
                assert.equal(await page.locator('#nk-opslaan').isVisible(), false, 'nothing to save: the agenda text is the source');
                assert.equal(await page.locator('#nk-weergave').isVisible(), false, 'no netwerk to show as container');
                assert.equal(await page.locator('#nk-passend').isVisible(), true, 'zoom and fit stay');
                assert.equal(await page.locator('.tabel-kop').count(), 0, 'no tables of a model');
                const first = pngSize(await screenshot(page, 'agendaketen.png'));
                assert.ok(first.width >= 1200 && first.height >= 700, JSON.stringify(first));

                // 1. A syntax error: the chain stays, the page says where.
                await writeFile(agenda, text.replace(BEFORE_UITVOERING, `  opgave Half "half af"\n    volgt uit\n\n${BEFORE_UITVOERING}`));
                const banner = page.locator('#melding');
                await banner.waitFor({ state: 'visible', timeout: 15_000 });
                assert.match(await banner.textContent(), /zelfredzaamheid\.agenda:\d+: /);
                assert.equal(await count(page, 'opgave'), 1, 'the last good chain stays');

                // 2. A new opgave that follows from an effect: a node and its line appear, the message goes.
                await writeFile(agenda, text.replace(BEFORE_UITVOERING,
                    `  opgave EenzaamheidVerminderen "minder eenzame ouderen"\n    volgt uit Participatie\n\n${BEFORE_UITVOERING}`));
                await opgaveNamed(page, 'EenzaamheidVerminderen').waitFor({ state: 'visible', timeout: 15_000 });
                await waitFor(async () => (await count(page, 'volgt-uit')) === 4, 'the line from Participatie to the new opgave');
                await banner.waitFor({ state: 'detached', timeout: 15_000 });
                await settled(page);
                assert.equal(await count(page, 'opgave'), 2);
                const shot = await screenshot(page, 'agendaketen-gevolgd.png');
                assert.ok(pngSize(shot).width >= 1200);
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });
});

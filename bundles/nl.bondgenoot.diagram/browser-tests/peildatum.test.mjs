// The map at a peildatum (?peildatum=JJJJ-MM-DD): what did not hold on that date is faded, the filter
// panel and the legend say the date, and a date that is no date is refused in Dutch.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIAGRAM, chromiumForTheseTests, openPage, RENDER_TIMEOUT_MS, screenshot, settled, withServer } from './harness.mjs';

const PEEL_EN_MAAS = 'examples/netwerken/netwerk-welzijn-versterkt.bondgenoot';
const LEVEN_IN_HET_DORP = '1f2e5f1d-1e8b-4c8d-bdce-e4a8319a2056'; // convenant 2008-2012
const CONVENANT_2003 = 'f8cf587e-498a-4151-94bb-5e2ae1ef9a68'; // from 2003, no end

describe('the map at a peildatum', () => {
    const browser = chromiumForTheseTests();

    test('what did not hold on the date fades, and the panel and the legend say the date', async () => {
        await withServer(PEEL_EN_MAAS, async ({ url }) => {
            const opacity = (page, id) => page.evaluate(
                id => Number(getComputedStyle(document.getElementById(`netwerkkaart_${id}`)).opacity), id);
            const { page, problems } = await openPage(browser.context, `${url}?peildatum=2026-01-01`);
            try {
                await page.locator(`${DIAGRAM} g.convenant`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                assert.ok(await opacity(page, LEVEN_IN_HET_DORP) < 0.5, 'the convenant of 2008-2012 had ended in 2026');
                assert.equal(await opacity(page, CONVENANT_2003), 1, 'the convenant of 2003 has no end');
                const werkplaats = page.locator(`${DIAGRAM} g.lidmaatschap[data-filters-niet~="peildatum"]`);
                assert.equal(await werkplaats.count(), 1, 'one lidmaatschap had ended: the Wmo-werkplaats (2009-2012)');
                assert.match(await page.locator('body').textContent(), /Situatie op 1 januari 2026/);
                await page.locator('.lagen-kop').click();
                await screenshot(page, 'peildatum-2026.png');
                await page.getByLabel('Situatie op 1 januari 2026: wat toen niet gold (vervaagt de rest)').uncheck();
                assert.equal(await opacity(page, LEVEN_IN_HET_DORP), 1, 'switched off, the whole model shows');
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });

    test('without a peildatum nothing fades and no date is said', async () => {
        await withServer(PEEL_EN_MAAS, async ({ url }) => {
            const { page, problems } = await openPage(browser.context, url);
            try {
                await page.locator(`${DIAGRAM} g.convenant`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                await settled(page);
                assert.equal(await page.locator(`${DIAGRAM} [data-filters-niet~="peildatum"]`).count(), 0);
                assert.doesNotMatch(await page.locator('body').textContent(), /Situatie op/);
                assert.deepEqual(problems, []);
            } finally {
                await page.close();
            }
        });
    });
});

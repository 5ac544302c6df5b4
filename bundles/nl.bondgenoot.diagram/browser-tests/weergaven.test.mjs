// Browser test of a model's views (several named maps, each with its own selection and layout):
// `serve` prints the address of each, the page lists them and switches between them, each view
// draws only its own elements, the list of views is behind the token like everything else, and a
// view the model does not have is said in Dutch with the views it does have.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { writeFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyExample, chromiumForTheseTests, DIAGRAM, openPage, RENDER_TIMEOUT_MS, screenshot, settled, waitFor, withServer } from './harness.mjs';

const TRAVERS = '08fd4558-891f-4fb5-93d4-eab5380198fd';
const DE_KERN = 'c7bb11fc-de41-44b9-b8ff-8179c8f4cc16';
const GEMEENTE = '482635fb-ad14-436f-bb71-7858794aad90';

/** The notation file of the copy: the default view, two chosen actors, and around the gemeente. */
const VIEWS = {
    formaat: 'bondgenoot-netwerkkaart',
    versie: 2,
    weergaven: [
        { naam: 'Netwerkkaart', weergave: 'netwerkkaart', selectie: { soort: 'alles' }, lagen: {}, filters: [], elementen: [] },
        { naam: 'Travers en De Kern', weergave: 'netwerkkaart', selectie: { soort: 'elementen', elementen: [TRAVERS, DE_KERN] }, elementen: [] },
        { naam: 'Rond de gemeente', selectie: { soort: 'rond', stappen: 1, elementen: [GEMEENTE] }, elementen: [] }
    ]
};

const actorNames = page =>
    page.evaluate(diagram => [...document.querySelectorAll(`${diagram} g.actor text.label-naam`)].map(t => t.textContent).sort(), DIAGRAM);

async function drawnActors(page, count) {
    await waitFor(async () => (await actorNames(page)).length === count, `${count} actors on the map`, RENDER_TIMEOUT_MS);
    await settled(page);
    return actorNames(page);
}

describe('views of a model', () => {
    const chromium = chromiumForTheseTests();

    test('serve prints every view; the page switches views and each draws only its own elements', async () => {
        const project = await copyExample('examples/netwerken/ok-team-kamperpoort.bondgenoot', 'kamperpoort.bondgenoot');
        try {
            await writeFile(project.notation, JSON.stringify(VIEWS, null, 2));
            await withServer(project.model, async server => {
                const printed = server.output();
                assert.match(printed, new RegExp(`weergave Travers en De Kern: ${server.url.replace(/[.?]/g, '\\$&')}\\?weergave=Travers%20en%20De%20Kern`));
                assert.match(printed, /weergave Rond de gemeente: http:\/\/127\.0\.0\.1:\d+\/\S+\/\?weergave=Rond%20de%20gemeente/);

                const { page, problems } = await openPage(chromium.context, server.url);
                assert.equal((await drawnActors(page, 7)).length, 7, 'the default view: every actor');
                const options = await page.locator('#weergaven select option').allTextContents();
                assert.deepEqual(options, ['Netwerkkaart', 'Travers en De Kern', 'Rond de gemeente']);

                await page.locator('#weergaven select').selectOption({ label: 'Travers en De Kern' });
                await page.waitForURL(/\?weergave=Travers%20en%20De%20Kern$/);
                assert.deepEqual(await drawnActors(page, 2), ['De Kern', 'Travers']);
                assert.equal(await page.locator('#weergaven select').inputValue(), new URL('?weergave=Travers%20en%20De%20Kern', server.url).href,
                    'the list shows the view on the page');
                await screenshot(page, 'weergave-travers-en-de-kern.png');

                await page.locator('#weergaven select').selectOption({ label: 'Rond de gemeente' });
                await page.waitForURL(/\?weergave=Rond%20de%20gemeente$/);
                assert.deepEqual(await drawnActors(page, 1), ['Gemeente Zwolle']);
                assert.equal(await page.locator(`${DIAGRAM} g.netwerk`).count(), 1, 'one step from the gemeente: its netwerk');
                assert.deepEqual(problems, []);
                await page.close();
            });
        } finally {
            await project.remove();
        }
    });

    test('the list of views is behind the token; a view the model does not have is said with the views it has', async () => {
        const project = await copyExample('examples/netwerken/ok-team-kamperpoort.bondgenoot', 'kamperpoort.bondgenoot');
        try {
            await writeFile(project.notation, JSON.stringify(VIEWS, null, 2));
            await withServer(project.model, async server => {
                const list = await fetch(new URL('weergaven.json', server.url));
                assert.equal(list.status, 200);
                assert.deepEqual((await list.json()).weergaven.map(v => v.naam), ['Netwerkkaart', 'Travers en De Kern', 'Rond de gemeente']);
                const withoutToken = await fetch(new URL('/weergaven.json', server.url));
                assert.equal(withoutToken.status, 403);
                assert.ok(!(await withoutToken.text()).includes('Travers'), 'nothing of the model without the token');

                const page = await chromium.context.newPage();
                await page.goto(`${server.url}?weergave=Financiering`);
                await waitFor(async () => (await page.locator('body').innerText()).includes("geen weergave 'Financiering'"),
                    'the page says which view is missing', RENDER_TIMEOUT_MS);
                assert.match(await page.locator('body').innerText(),
                    /geen weergave 'Financiering'; dit model heeft de weergaven: Netwerkkaart, Travers en De Kern, Rond de gemeente/);
                await page.close();
            });
        } finally {
            await project.remove();
        }
    });
});

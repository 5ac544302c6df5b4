// Browser test of a model's views (several named maps, each with its own selection and layout):
// `serve` prints the address of each, the page lists them and switches between them, each view
// draws only its own elements, the list of views is behind the token like everything else, and a
// view the model does not have is said in Dutch with the views it does have.
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyExample, chromiumForTheseTests, DIAGRAM, openPage, RENDER_TIMEOUT_MS, REPO_ROOT, screenshot, settled, waitFor, withServer } from './harness.mjs';

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
                // the first address is printed first; the views' addresses follow it
                await waitFor(async () => server.output().includes('weergave Rond de gemeente:'), 'the addresses of the views');
                const printed = server.output();
                assert.ok(printed.includes(`  weergave Travers en De Kern: ${server.url}?weergave=Travers%20en%20De%20Kern\n`), printed);
                assert.ok(printed.includes(`  weergave Rond de gemeente: ${server.url}?weergave=Rond%20de%20gemeente\n`), printed);

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

/** `./bondgenoot export ARGS` as a user runs it: exit code, standard output and standard error. */
async function bondgenootExport(...args) {
    try {
        const { stdout, stderr } = await promisify(execFile)(join(REPO_ROOT, 'bondgenoot'), ['export', ...args], { cwd: REPO_ROOT, timeout: 120_000 });
        return { code: 0, stdout, stderr };
    } catch (error) {
        return { code: error.code, stdout: error.stdout, stderr: error.stderr };
    }
}

const actorsIn = svg => (svg.match(/<g [^>]*class="actor[ "]/g) ?? []).length;

describe('export of views through ./bondgenoot', () => {
    test('--weergave NAAM exports that view, --alle-weergaven every view, an unknown view lists the views', async () => {
        const project = await copyExample('examples/netwerken/ok-team-kamperpoort.bondgenoot', 'kamperpoort.bondgenoot');
        try {
            await writeFile(project.notation, JSON.stringify(VIEWS, null, 2));
            const one = await bondgenootExport(project.model, '--format', 'svg', '--weergave', 'Travers en De Kern');
            assert.equal(one.code, 0, one.stderr);
            const target = join(project.folder, 'kamperpoort-travers-en-de-kern.svg');
            assert.equal(one.stdout, `Netwerkkaart geschreven: ${target} (weergave Travers en De Kern)\n`);
            assert.equal(actorsIn(await readFile(target, 'utf8')), 2);

            const plain = await bondgenootExport(project.model, '--format', 'svg');
            assert.equal(plain.code, 0, plain.stderr);
            assert.equal(actorsIn(await readFile(join(project.folder, 'kamperpoort.svg'), 'utf8')), 7, 'without --weergave: the default view, as before');

            const all = await bondgenootExport(project.model, '--format', 'svg', '--alle-weergaven');
            assert.equal(all.code, 0, all.stderr);
            assert.equal(all.stdout.trim().split('\n').length, 3, all.stdout);
            const written = (await readdir(project.folder)).filter(f => f.startsWith('kamperpoort-') && f.endsWith('.svg')).sort();
            assert.deepEqual(written, ['kamperpoort-netwerkkaart.svg', 'kamperpoort-rond-de-gemeente.svg', 'kamperpoort-travers-en-de-kern.svg']);
            assert.equal(actorsIn(await readFile(join(project.folder, 'kamperpoort-rond-de-gemeente.svg'), 'utf8')), 1);

            const unknown = await bondgenootExport(project.model, '--format', 'svg', '--weergave', 'Financiering');
            assert.equal(unknown.code, 2);
            assert.equal(unknown.stderr, `bondgenoot export: ${project.model}: geen weergave 'Financiering'; dit model heeft de weergaven:`
                + ' Netwerkkaart, Travers en De Kern, Rond de gemeente\n');
        } finally {
            await project.remove();
        }
    });
});

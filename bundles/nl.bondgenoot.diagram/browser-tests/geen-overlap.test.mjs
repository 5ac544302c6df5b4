// Every example network as Chromium draws it: no node box on another, no edge label on a node or on
// another label, and every convenant's region around exactly its partners (no other node in it).
// The boxes are what the browser draws (getBoundingClientRect of the shapes, texts and regions), so
// the server's text widths and the browser's fonts are checked too. The export's half of this test is
// MapWithoutOverlapsTest (JUnit).
//
// Run from the repository root:  node --test bundles/nl.bondgenoot.diagram/browser-tests/
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIAGRAM, chromiumForTheseTests, openPage, overlapsOnThePage, RENDER_TIMEOUT_MS, REPO_ROOT, SCREENSHOT_DIR, settled, withServer } from './harness.mjs';

const FOLDERS = ['examples/netwerken', 'examples/skelet'];
const examples = [];
for (const folder of FOLDERS) {
    for (const name of (await readdir(join(REPO_ROOT, folder))).filter(n => n.endsWith('.bondgenoot')).sort()) {
        examples.push(`${folder}/${name}`);
    }
}

describe('every example network is drawn without overlaps', () => {
    const browser = chromiumForTheseTests();

    for (const example of examples) {
        test(example, async () => {
            await withServer(example, async ({ url }) => {
                const { page, problems: pageProblems } = await openPage(browser.context, url);
                try {
                    await page.locator(`${DIAGRAM} g.actor`).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT_MS });
                    await settled(page);
                    const drawn = await page.evaluate(overlapsOnThePage, DIAGRAM);
                    await page.screenshot({ path: join(SCREENSHOT_DIR, `geen-overlap-${example.split('/').pop().replace('.bondgenoot', '')}.png`) });
                    const convenants = await page.locator(`${DIAGRAM} g.convenant`).count();
                    assert.ok(drawn.nodes > 0, 'nodes drawn');
                    assert.equal(drawn.regions, convenants, 'a region per convenant');
                    assert.deepEqual(drawn.problems, [], `${example}: ${drawn.nodes} nodes, ${drawn.labels} labels`);
                    assert.deepEqual(pageProblems.filter(p => p.startsWith('uncaught')), []);
                } finally {
                    await page.close();
                }
            });
        });
    }
});

// Browser half of `releng/benchmark.sh diagram`: the time from opening the page to a drawn network
// map, and of an automatic layout in layers, for generated models. Not a test (node --test skips it).
//   node bundles/nl.bondgenoot.diagram/browser-tests/benchmark.mjs FILE...
import { centreOf, DIAGRAM, drag, launchBrowser, openPage, withServer } from './harness.mjs';

const RUNS = 3;

const browser = await launchBrowser();
try {
    for (const file of process.argv.slice(2)) {
        await withServer(file, async ({ url }) => {
            const drawn = [];
            const laidOut = [];
            let nodes = 0;
            for (let run = 0; run < RUNS; run++) {
                const start = Date.now();
                const { page } = await openPage(browser.context, url);
                // Drawn: every node of the model is in the visible diagram and the status message is gone.
                await page.waitForFunction(
                    diagram => document.querySelectorAll(`${diagram} g.actor`).length > 0 && document.getElementById('status')?.hidden,
                    DIAGRAM,
                    { timeout: 120_000 }
                );
                drawn.push(Date.now() - start);
                nodes = await page.locator(`${DIAGRAM} g.actor, ${DIAGRAM} g.netwerk`).count();
                // The first placement is already ELK's layout in layers: move one actor away first, so that
                // the layout has something to move back (the time measured is the layout's alone).
                const actor = page.locator(`${DIAGRAM} g.actor`).first();
                const placed = await actor.getAttribute('transform');
                const from = await centreOf(actor.locator('.actor-shape'));
                await drag(page, from, { x: from.x + 60, y: from.y + 40 });
                const moved = await page
                    .waitForFunction(
                        ([diagram, old]) => document.querySelector(`${diagram} g.actor`)?.getAttribute('transform') !== old,
                        [DIAGRAM, placed],
                        { timeout: 20_000 }
                    )
                    .then(() => true, () => false);
                if (!moved) { // on a large map zoomed far out the actor may be too small to grab
                    await page.close();
                    continue;
                }
                const before = await actor.getAttribute('transform');
                const layoutStart = Date.now();
                await page.locator('#nk-indelen-lagen').click();
                const laid = await page
                    .waitForFunction(
                        ([diagram, old]) => document.querySelector(`${diagram} g.actor`)?.getAttribute('transform') !== old,
                        [DIAGRAM, before],
                        { timeout: 120_000 }
                    )
                    .then(() => true, () => false);
                if (laid) {
                    laidOut.push(Date.now() - layoutStart);
                }
                // Every tab of a server edits one model: undo the layout, so the next run starts from the same map.
                await page.locator('#nk-ongedaan').click();
                await page.waitForFunction(
                    ([diagram, old]) => document.querySelector(`${diagram} g.actor`)?.getAttribute('transform') === old,
                    [DIAGRAM, before],
                    { timeout: 120_000 }
                );
                await page.close();
            }
            const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
            console.log(`${file}: ${nodes} knopen getekend in ${median(drawn)} ms (mediaan van ${RUNS}: ${drawn.join(', ')});` +
                (laidOut.length ? ` indelen in lagen tot de kaart beweegt ${median(laidOut)} ms (${laidOut.join(', ')})` : ' indelen: niet gemeten (geen actor te verslepen)'));
        });
    }
} finally {
    await browser.close();
}

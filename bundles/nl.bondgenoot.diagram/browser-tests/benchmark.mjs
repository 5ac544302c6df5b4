// Browser half of `releng/benchmark.sh diagram`: for each model, the time from navigating to the page
// to a *complete* fitted drawing (every node of the map in the DOM and inside the window, the
// "connecting" message gone), in Chromium, warm (the server started and the page loaded once before;
// the median of RUNS loads), for every web client given, taking turns on the same machine so that the
// old client is the baseline measured in the same run. Beside it, the time to the first node drawn
// (what this benchmark measured before), and for generated models the time of "Indelen in lagen" until
// the map's DOM is still again, and the layer "Lidmaatschappen" switched off and on (until the next frame
// is painted with it hidden or shown, and until the saved state's redraw is still). Not a test (node --test skips it).
//   node bundles/nl.bondgenoot.diagram/browser-tests/benchmark.mjs [--runs N] --client NAME=FOLDER... FILE...
// FOLDER holds a web client's webapp/ (served with releng/scripts/serve-client.sh); the first client
// is the one measured, the others are its baselines.
import { basename } from 'node:path';
import {
    centreOf,
    DIAGRAM,
    drag,
    launchBrowser,
    mapInWindow,
    nodesInModel,
    startServer,
    timeUntilSettled,
    waitForCompleteMap
} from './harness.mjs';

const args = process.argv.slice(2);
let runs = 5;
const clients = [];
const files = [];
for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') {
        runs = Number(args[++i]);
    } else if (args[i] === '--client') {
        const [name, folder] = args[++i].split('=');
        clients.push({ name, serve: `bash releng/scripts/serve-client.sh ${folder} {bestand}` });
    } else {
        files.push(args[i]);
    }
}
if (clients.length === 0 || files.length === 0) {
    console.error('gebruik: benchmark.mjs [--runs N] --client NAAM=MAP... BESTAND...');
    process.exit(2);
}

/** A map that is not complete after this long never will be (the old client leaves nodes outside the window). */
const COMPLETE_TIMEOUT_MS = 20_000;
const median = values => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : null);
const ms = value => (value === null ? '-' : `${value.toLocaleString('en')} ms`);

/** One page load: ms to the first node drawn and to the complete map (null when it never completes). */
async function load(context, url, nodes, expectComplete) {
    const page = await context.newPage();
    try {
        const start = Date.now();
        await page.goto(url);
        await page.waitForFunction(
            diagram => document.querySelector(`${diagram} g[data-svg-metadata-type^="node:"]`) && document.getElementById('status')?.hidden,
            DIAGRAM,
            { timeout: 120_000, polling: 'raf' }
        );
        const first = Date.now() - start;
        let complete = null;
        if (expectComplete) {
            try {
                await waitForCompleteMap(page, nodes, COMPLETE_TIMEOUT_MS);
                complete = Date.now() - start;
            } catch {
                // reported below through mapInWindow
            }
        }
        const map = await page.evaluate(mapInWindow, DIAGRAM);
        return { first, complete, drawn: map.drawn, inside: map.drawn - map.outside.length, page };
    } catch (error) {
        await page.close();
        throw error;
    }
}

/**
 * "Indelen in lagen" on a drawn map: the first placement already is ELK's layout in layers, so one actor
 * is moved away first (zoomed in on it with the wheel, so that it is large enough to grab). The time is
 * from the click until the map's DOM is still; the layout is undone afterwards, so that every run starts
 * from the same map (every tab of a server edits one model).
 */
async function layout(page) {
    // The actor nearest to the middle of the map's free part: not under the palette, the toolbar or a panel.
    const id = await page.evaluate(diagram => {
        const aim = { x: innerWidth * 0.3, y: innerHeight * 0.5 };
        const distance = g => {
            const r = g.getBoundingClientRect();
            return Math.hypot(r.left + r.width / 2 - aim.x, r.top + r.height / 2 - aim.y);
        };
        const actors = [...document.querySelectorAll(`${diagram} g[data-svg-metadata-type="node:actor"]`)];
        return actors.sort((a, b) => distance(a) - distance(b))[0]?.id;
    }, DIAGRAM);
    // By its model type too: while it is dragged, GLSP draws a copy with the same id and no type.
    const selector = `${DIAGRAM} g[data-svg-metadata-type="node:actor"][id="${id}"]`;
    const actor = page.locator(selector);
    let at = await centreOf(actor);
    await page.mouse.move(at.x, at.y);
    for (let i = 0; i < 15; i++) {
        await page.mouse.wheel(0, -200);
    }
    await page.waitForTimeout(300);
    at = await centreOf(actor);
    const placed = await actor.getAttribute('transform');
    // Towards the middle of the window: the wheel does not keep the actor under the mouse, and a drop
    // outside the window is no drop.
    const size = page.viewportSize();
    await drag(page, at, { x: at.x + (at.x > size.width / 2 ? -80 : 80), y: at.y + (at.y > size.height / 2 ? -60 : 60) });
    const moved = await page
        .waitForFunction(([actorSelector, old]) => document.querySelector(actorSelector)?.getAttribute('transform') !== old,
            [selector, placed], { timeout: 10_000 })
        .then(() => true, () => false);
    if (!moved) {
        return null;
    }
    // The mouse goes to the button first: leaving the map changes the DOM (hover feedback), not the layout.
    const press = async button => {
        await page.locator(button).hover();
        await page.waitForTimeout(300);
        return timeUntilSettled(page, () => page.locator(button).click());
    };
    const time = await press('#nk-indelen-lagen');
    await press('#nk-ongedaan');
    await press('#nk-ongedaan');
    return Math.round(time);
}

/**
 * A layer switched off and on again on a drawn map ("Lidmaatschappen", the generated networks' many
 * lines). Painted: from the click until the next frame is painted with the layer's elements hidden (or
 * shown again), what the user sees. Saved: from the click until the map's DOM is still again, after
 * the server has saved the layer's state in the view (0 when nothing on the map changes for 3 s: the
 * server sends no map back for a switch that draws nothing anew).
 */
async function toggleLayer(page) {
    if ((await page.locator('.lagen-kop').count()) === 0) {
        return null; // a client without layers (the old one)
    }
    await page.locator('.lagen-kop').click();
    if ((await page.locator('#laag-lidmaatschappen').count()) === 0) {
        return null;
    }
    const painted = [];
    for (const on of [false, true]) {
        const result = await page.evaluate(async ([diagram, wanted]) => {
            const start = performance.now();
            document.querySelector('#laag-lidmaatschappen').click();
            const lines = [...document.querySelectorAll(`${diagram} g.lidmaatschap`)];
            const hidden = lines.filter(e => getComputedStyle(e).display === 'none').length;
            await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            return { ms: performance.now() - start, right: lines.length > 0 && hidden === (wanted ? 0 : lines.length) };
        }, [DIAGRAM, on]);
        if (!result.right) {
            return null;
        }
        painted.push(result.ms);
        await page.waitForTimeout(1500); // the server's answer to the first toggle
    }
    const saved = [];
    for (let i = 0; i < 2; i++) {
        // 0 when the map does not change within 3 s: the server saved the switch and sent no map back
        saved.push(await timeUntilSettled(page, () => page.locator('#laag-lidmaatschappen').click(), { stillIfNoChangeWithin: 3000 }));
    }
    return { painted: Math.round(median(painted)), saved: Math.round(median(saved)) };
}

const browser = await launchBrowser();
const rows = [];
try {
    for (const file of files) {
        const nodes = await nodesInModel(file);
        const generated = /^netwerk-\d+\.bondgenoot$/.test(basename(file)); // written by generated-network.sh
        const measured = [];
        try {
            for (const client of clients) {
                measured.push({ client, server: await startServer(file, client.serve), first: [], complete: [], layout: [], painted: [], saved: [] });
            }
            // Warm-up: the server's first map (layout, class loading) and the browser's cache of the page.
            for (const m of measured) {
                const warm = await load(browser.context, m.server.url, nodes, true);
                m.completes = warm.complete !== null;
                m.drawn = warm.drawn;
                m.inside = warm.inside;
                await warm.page.close();
            }
            for (let run = 0; run < runs; run++) {
                for (const m of run % 2 === 0 ? measured : [...measured].reverse()) {
                    const result = await load(browser.context, m.server.url, nodes, m.completes);
                    m.first.push(result.first);
                    if (result.complete !== null) {
                        m.complete.push(result.complete);
                    }
                    if (generated) {
                        const time = await layout(result.page).catch(error => (console.error(`indelen niet gemeten: ${error.message.split("\n")[0]}`), null));
                        if (time !== null) {
                            m.layout.push(time);
                        }
                        const toggled = await toggleLayer(result.page).catch(error => (console.error(`laag niet gemeten: ${error.message.split("\n")[0]}`), null));
                        if (toggled !== null) {
                            m.painted.push(toggled.painted);
                            m.saved.push(toggled.saved);
                        }
                    }
                    await result.page.close();
                }
            }
        } finally {
            for (const m of measured) {
                await m.server?.stop();
            }
        }
        for (const m of measured) {
            const complete = m.completes
                ? `${ms(median(m.complete))} (${m.complete.join(', ')})`
                : `nooit: ${m.drawn} van ${nodes} knopen getekend, ${m.inside} in het venster`;
            console.log(`${basename(file)} [${m.client.name}]: ${nodes} knopen; volledig getekend in het venster ${complete}; ` +
                `eerste knoop ${ms(median(m.first))} (${m.first.join(', ')})` +
                (generated ? `; indelen in lagen tot de kaart stil is ${ms(median(m.layout))} (${m.layout.join(', ')})` : '') +
                (m.painted.length ? `; laag Lidmaatschappen uit/aan: getekend ${ms(median(m.painted))} (${m.painted.join(', ')}), ` +
                    `bewaard en kaart stil ${ms(median(m.saved))} (${m.saved.join(', ')})` : ''));
        }
        rows.push({ file: basename(file), nodes, measured });
    }
} finally {
    await browser.close();
}

console.log(`\nMediaan van ${runs} warme paginaladingen per webclient, om beurten (${clients.map(c => c.name).join(' / ')}); ` +
    `volledig = elke knoop van de kaart in de DOM en binnen het venster:`);
const pad = (text, width) => String(text).padStart(width);
const nameWidth = Math.max(...rows.map(row => row.file.length)) + 1;
console.log(pad('model', nameWidth) + pad('knopen', 8) +
    clients.map(c => ` | ${c.name}:` + pad('volledig', 18) + pad('eerste knoop', 14) + pad('indelen', 10)).join(''));
for (const row of rows) {
    console.log(pad(row.file, nameWidth) + pad(row.nodes, 8) + row.measured
        .map(m => ` | ${' '.repeat(m.client.name.length + 1)}` +
            pad(m.completes ? ms(median(m.complete)) : `nooit (${m.inside}/${row.nodes})`, 18) + pad(ms(median(m.first)), 14) + pad(ms(median(m.layout)), 10))
        .join(''));
}

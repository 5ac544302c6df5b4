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
import { DIAGRAM, chromiumForTheseTests, openPage, RENDER_TIMEOUT_MS, REPO_ROOT, SCREENSHOT_DIR, settled, withServer } from './harness.mjs';

const FOLDERS = ['examples/netwerken', 'examples/skelet'];
const examples = [];
for (const folder of FOLDERS) {
    for (const name of (await readdir(join(REPO_ROOT, folder))).filter(n => n.endsWith('.bondgenoot')).sort()) {
        examples.push(`${folder}/${name}`);
    }
}

/** Boxes in window coordinates, named, and the overlaps a reader sees (half a pixel of rounding allowed). */
function overlapsOnThePage(diagram) {
    const prefix = `${diagram.substring(1)}_`;
    const box = element => {
        const r = element.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const SLACK = 0.5;
    const intersect = (a, b) =>
        a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
    const inside = (outer, inner) =>
        inner.left >= outer.left - SLACK && inner.top >= outer.top - SLACK && inner.right <= outer.right + SLACK && inner.bottom <= outer.bottom + SLACK;
    const root = document.querySelector(diagram);
    const nodes = [...root.querySelectorAll('g.actor, g.netwerk, g.convenant')]
        .filter(g => g.id.startsWith(prefix))
        .map(g => ({
            id: g.id.substring(prefix.length),
            name: g.querySelector('text.label-naam')?.textContent ?? g.id,
            box: box(g.querySelector(':scope > .actor-shape, :scope > .netwerk-shape, :scope > .convenant-shape'))
        }));
    const labels = [...root.querySelectorAll('g.sturingsrelatie text.label-relatie')].map(t => ({ text: t.textContent, box: box(t) }));
    const partners = {};
    for (const edge of root.querySelectorAll('g.convenantpartner')) {
        const [owner, actor] = edge.id.substring(prefix.length).split('/partner/');
        (partners[owner] ??= []).push(actor);
    }
    const regions = nodes
        .map(node => ({ node, element: root.querySelector(`[id="${prefix}${node.id}"] rect.convenant-groep`) }))
        .filter(r => r.element)
        .map(r => ({ owner: r.node, box: box(r.element) }));

    const problems = [];
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            if (intersect(nodes[i].box, nodes[j].box)) {
                problems.push(`node '${nodes[i].name}' overlaps node '${nodes[j].name}'`);
            }
        }
    }
    for (let i = 0; i < labels.length; i++) {
        for (const node of nodes) {
            if (intersect(labels[i].box, node.box)) {
                problems.push(`label '${labels[i].text}' lies on node '${node.name}'`);
            }
        }
        for (let j = i + 1; j < labels.length; j++) {
            if (intersect(labels[i].box, labels[j].box)) {
                problems.push(`label '${labels[i].text}' lies on label '${labels[j].text}'`);
            }
        }
    }
    for (const region of regions) {
        const members = new Set([region.owner.id, ...(partners[region.owner.id] ?? [])]);
        for (const node of nodes) {
            if (members.has(node.id) && !inside(region.box, node.box)) {
                problems.push(`region of '${region.owner.name}' does not hold its partner '${node.name}'`);
            } else if (!members.has(node.id) && intersect(region.box, node.box)) {
                problems.push(`region of '${region.owner.name}' holds '${node.name}', who is no partner`);
            }
        }
    }
    return { nodes: nodes.length, labels: labels.length, regions: regions.length, problems };
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

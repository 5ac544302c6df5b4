// The published site of the example projects (./bondgenoot publish examples --uit MAP: the networks, the agendas and
// the example assessments beside the networks), opened as a user
// opens it: from file://, and from a zip unpacked elsewhere. Every request the pages make is recorded and
// must be a file:// URL: the site works without a server and asks nothing from anywhere.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT, SCREENSHOT_DIR, chromiumForTheseTests, pngSize } from './harness.mjs';

const run = promisify(execFile);
const GUIDE = join(REPO_ROOT, 'bundles/nl.bondgenoot.help/guide');

/** A page of the site with every request and every script error recorded. */
async function openSite(context, url) {
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    // The route sees what goes to the network (and stops it); the request event also sees file:// loads.
    await page.route('**/*', route => {
        const address = route.request().url();
        requests.push(address);
        return address.startsWith('file://') ? route.continue() : route.abort();
    });
    page.on('request', request => requests.push(request.url()));
    page.on('pageerror', error => problems.push(`uncaught: ${error.message}`));
    page.on('console', message => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    await page.goto(url);
    return { page, requests, problems };
}

function onlyFiles(requests) {
    const elsewhere = requests.filter(url => !url.startsWith('file://'));
    assert.deepEqual(elsewhere, [], 'requests that are not file://');
    assert.ok(requests.length > 0, 'the route saw the requests');
}

/** A screenshot read back: a PNG of the window's size, not blank. */
async function screenshotChecked(page, name, { guide = false } = {}) {
    const path = join(SCREENSHOT_DIR, name);
    await page.screenshot({ path });
    const png = await readFile(path);
    const { width, height } = pngSize(png);
    assert.ok(width >= 1000 && height >= 600, `${name}: ${width} x ${height}`);
    assert.ok(png.length > 20_000, `${name} has content (${png.length} bytes)`);
    if (guide) {
        await copyFile(path, join(GUIDE, name));
    }
    return png;
}

describe('publicatie van de voorbeeldprojecten, geopend vanaf file://', () => {
    const browser = chromiumForTheseTests();
    let folder;
    let site;

    before(async () => {
        folder = await mkdtemp(join(tmpdir(), 'bondgenoot-publicatie-'));
        site = join(folder, 'site');
        const { stdout } = await run('./bondgenoot', ['publish', 'examples', '--uit', site], { cwd: REPO_ROOT, timeout: 120_000 });
        assert.match(stdout, /Publicatie geschreven: .*index\.html/);
    });

    after(async () => {
        await rm(folder, { recursive: true, force: true });
    });

    const url = path => pathToFileURL(join(site, path)).href;

    it('het overzicht noemt de modellen, agenda\'s en bevindingen, en leidt naar een model', async () => {
        const { page, requests, problems } = await openSite(browser.context, url('index.html'));
        await assert.doesNotReject(page.getByRole('heading', { name: 'Modellen' }).waitFor());
        assert.match(await page.locator('ul.tellingen').innerText(), /14\s+modellen/);
        await screenshotChecked(page, 'publicatie-overzicht.png', { guide: true });
        await page.getByRole('link', { name: 'OK-team Kamperpoort' }).first().click();
        await page.waitForURL(/modellen\/netwerken-ok-team-kamperpoort\/index\.html$/);
        assert.ok(await page.getByRole('link', { name: 'Regiekaart' }).isVisible());
        onlyFiles(requests);
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('een kaart: de SVG is getekend, zoomt, en een klik op een actor opent zijn pagina', async () => {
        const { page, requests, problems } = await openSite(browser.context, url('modellen/netwerken-ok-team-kamperpoort/kaart-netwerkkaart.html'));
        const map = page.locator('figure.kaart > svg');
        const box = await map.boundingBox();
        assert.ok(box.width > 600 && box.height > 300, `map ${box.width} x ${box.height}`);
        const actors = await page.locator('figure.kaart g.actor[data-id]').count();
        assert.ok(actors >= 5, `actors drawn: ${actors}`);
        const before = await map.getAttribute('viewBox');
        await page.getByRole('button', { name: '+' }).click();
        assert.notEqual(await map.getAttribute('viewBox'), before, 'zoomed in');
        await page.getByRole('button', { name: 'Passend' }).click();
        assert.equal(await map.getAttribute('viewBox'), before);
        await screenshotChecked(page, 'publicatie-kaart.png', { guide: true });
        const zwolle = page.locator('figure.kaart g.actor.klikbaar[data-id="482635fb-ad14-436f-bb71-7858794aad90"]');
        await zwolle.click();
        await page.waitForURL(/e-actor-gemeente-zwolle\.html$/);
        assert.equal(await page.locator('h1').innerText(), "Actor 'Gemeente Zwolle'");
        assert.ok(await page.locator('table.eigenschappen').isVisible());
        await screenshotChecked(page, 'publicatie-element.png', { guide: true });
        onlyFiles(requests);
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('zoeken vindt namen, regel-ids en bevindingen', async () => {
        const { page, requests, problems } = await openSite(browser.context, url('index.html'));
        await page.locator('nav input[name=q]').fill('Gemeente Zwolle');
        await page.locator('nav input[name=q]').press('Enter');
        await page.waitForURL(/zoeken\.html\?q=Gemeente\+Zwolle/);
        const first = page.locator('#zoekresultaten li a').first();
        assert.equal(await first.innerText(), "Actor 'Gemeente Zwolle'");
        await page.locator('#zoekterm').fill('gov-1');
        assert.match(await page.locator('#zoekstatus').innerText(), /^\d+ resultaten voor "gov-1"/);
        assert.ok(await page.locator('#zoekresultaten li a', { hasText: /^GOV-1: / }).count() === 1, 'the rule');
        await page.locator('#zoekterm').fill('legt geen governancetype');
        const hits = await page.locator('#zoekresultaten li').count();
        assert.ok(hits >= 3, `findings found: ${hits}`);
        await first.click();
        await page.waitForURL(/\.html$/);
        onlyFiles(requests);
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('een beoordeling: het overzicht van de indicatoren en het webdiagram zijn getekend', async () => {
        const { page, requests, problems } = await openSite(browser.context, url('index.html'));
        assert.match(await page.locator('ul.tellingen').innerText(), /4\s+beoordelingen/);
        await page.getByRole('link', { name: /^Checklist Wmo-praktijken, OK-team Kamperpoort/ }).click();
        await page.waitForURL(/beoordelingen\/netwerken-ok-team-kamperpoort-checklist\/index\.html$/);
        const overview = await page.locator('figure.indicatoroverzicht > svg').boundingBox();
        assert.ok(overview.width > 300 && overview.height > 200, `indicator overview ${overview.width} x ${overview.height}`);
        assert.ok(await page.locator('figure.indicatoroverzicht > svg rect').count() > 12, 'badges drawn');
        assert.ok(await page.locator('blockquote.richtlijn').first().isVisible(), 'the guidance of a flagged indicator');
        await screenshotChecked(page, 'publicatie-beoordeling.png', { guide: true });
        await page.goto(url('beoordelingen/netwerken-netwerk-welzijn-versterkt-zelfanalyse-2013/index.html'));
        const radar = await page.locator('figure.radar:not(.vergelijking) > svg').boundingBox();
        assert.ok(radar.width > 300 && radar.height > 300, `radar ${radar.width} x ${radar.height}`);
        assert.ok(await page.locator('figure.radar:not(.vergelijking) > svg polygon, figure.radar:not(.vergelijking) > svg path').count() > 0,
            'the radar has its lines');
        assert.ok(await page.locator('figure.vergelijking > svg').isVisible(), 'compared with 2012');
        await screenshotChecked(page, 'publicatie-zelfanalyse.png');
        onlyFiles(requests);
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('een agenda toont haar tekst met de bevindingen op hun regels', async () => {
        const { page, requests, problems } = await openSite(browser.context, url('agendas/agendas-zelfredzaamheid/index.html'));
        const lines = await page.locator('ol.agendatekst > li').count();
        assert.ok(lines > 10, `lines: ${lines}`);
        assert.ok(await page.locator('ol.agendatekst .bevinding').count() > 0, 'findings at their lines');
        onlyFiles(requests);
        assert.deepEqual(problems, []);
        await page.close();
    });

    it('afdrukken: geen navigatie, de kaart past op de pagina', async () => {
        const { page, requests } = await openSite(browser.context, url('modellen/netwerken-ok-team-kamperpoort/kaart-netwerkkaart.html'));
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('nav.navigatie').isVisible(), false);
        assert.equal(await page.locator('.kaart-knoppen').isVisible(), false);
        const box = await page.locator('figure.kaart > svg').boundingBox();
        assert.ok(box.width > 300 && box.height > 200, `printed map ${box.width} x ${box.height}`);
        await screenshotChecked(page, 'publicatie-afdruk.png');
        const pdf = await page.pdf({ format: 'A4' });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        assert.ok(pdf.length > 10_000, `pdf ${pdf.length} bytes`);
        onlyFiles(requests);
        await page.close();
    });

    it('uit een zip, uitgepakt in een andere map, werkt alles nog', async () => {
        const zip = join(folder, 'publicatie.zip');
        await run('zip', ['-q', '-r', zip, '.'], { cwd: site });
        const elsewhere = join(folder, 'uitgepakt', 'ergens');
        await mkdir(elsewhere, { recursive: true });
        await run('unzip', ['-q', zip, '-d', elsewhere]);
        const { page, requests, problems } = await openSite(browser.context, pathToFileURL(join(elsewhere, 'index.html')).href);
        await page.getByRole('link', { name: 'Regelcatalogus' }).first().click();
        await page.waitForURL(/ergens\/regels\.html$/);
        await page.goto(pathToFileURL(join(elsewhere, 'zoeken.html')).href + '?q=NET-1');
        assert.ok(await page.locator('#zoekresultaten li').count() > 0);
        onlyFiles(requests);
        assert.deepEqual(problems, []);
        await page.close();
    });
});

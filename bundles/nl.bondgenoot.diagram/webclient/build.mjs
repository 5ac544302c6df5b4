// Bundles the netwerkkaart client into ../webapp/ (index.html, bundle.js, bundle.css, fonts/),
// which the Bondgenoot server serves as static files.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outdir = here('../webapp/');

// Start clean so renamed or removed assets do not linger in the served folder.
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await esbuild.build({
    absWorkingDir: here('.'),
    entryPoints: { bundle: 'src/index.ts' },
    bundle: true,
    minify: true,
    // Source maps are 4 MB; only on request (node build.mjs --sourcemap) to keep the product small.
    sourcemap: process.argv.includes('--sourcemap') ? 'linked' : false,
    format: 'iife',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    outdir,
    // Fonts referenced from CSS (the codicons of the tool palette) are emitted next to the bundle;
    // the category icons (shared with the model editor) are inlined.
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl' },
    assetNames: 'fonts/[name]-[hash]',
    logLevel: 'info'
});

await copyFile(here('src/index.html'), `${outdir}index.html`);
console.log(`netwerkkaart client written to ${outdir}`);

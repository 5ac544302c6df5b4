// The built package (editors/vscode/bondgenoot-agenda.vsix, made by build.sh) holds what VS Code needs,
// and the extension follows the product: the file extension, the project rule, the language's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { productFacts } from '../scripts/generate.mjs';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const vsix = join(here, 'bondgenoot-agenda.vsix');

/** Every entry of the zip, name -> content. */
function unzip(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('end', () => { entries.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the package holds the manifest, the bundled extension, the grammar, README and LICENSE, and nothing else', async () => {
  assert.ok(existsSync(vsix), `${vsix} ontbreekt: eerst editors/vscode/build.sh`);
  const names = [...(await unzip(vsix)).keys()].sort();
  assert.deepEqual(names, [
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/LICENSE.txt',
    'extension/dist/extension.js',
    'extension/language-configuration.json',
    'extension/package.json',
    'extension/readme.md',
    'extension/syntaxes/agenda.tmLanguage.json',
  ]);
});

test("the package contributes the product's agenda extension and starts `bondgenoot lsp` from its bundle", async () => {
  const entries = await unzip(vsix);
  const manifest = JSON.parse(entries.get('extension/package.json'));
  const facts = productFacts();
  const language = manifest.contributes.languages.find((l) => l.id === 'bondgenoot-agenda');
  assert.deepEqual(language.extensions, [`.${facts.extension}`]);
  assert.ok(manifest.activationEvents.includes('onLanguage:bondgenoot-agenda'), JSON.stringify(manifest.activationEvents));
  assert.ok(entries.has(`extension/${manifest.main.replace(/^\.\//, '')}`), manifest.main);
  for (const grammar of manifest.contributes.grammars) {
    assert.ok(entries.has(`extension/${grammar.path.replace(/^\.\//, '')}`), grammar.path);
  }
  assert.equal(manifest.contributes.configuration.properties['bondgenoot.pad'].default, 'bondgenoot');
  const bundle = entries.get('extension/dist/extension.js').toString();
  assert.match(bundle, /require\("vscode"\)/); // VS Code's API comes from VS Code ...
  assert.doesNotMatch(bundle, /require\("vscode-languageclient/); // ... the client is inside the bundle
  assert.match(bundle, /"lsp"/);
  assert.ok(bundle.includes(JSON.stringify(facts.projectMarkers[0])), 'the project markers are bundled');
});

test("the grammar colours the language's keywords and values, longest first, not inside other words", async () => {
  const grammar = JSON.parse((await unzip(vsix)).get('extension/syntaxes/agenda.tmLanguage.json'));
  const pattern = (name) => new RegExp(grammar.patterns.find((p) => p.name === name).match, 'u');
  const keyword = pattern('keyword.other.bondgenoot-agenda');
  const value = pattern('constant.language.bondgenoot-agenda');
  assert.equal(keyword.exec('      opdrachtgever Gemeente')[0], 'opdrachtgever');
  assert.equal(value.exec('opdrachtvorm via-maatschappelijk-effect')[0], 'via-maatschappelijk-effect');
  assert.equal(value.exec('participatie coproductie-meebeslissen')[0], 'coproductie-meebeslissen');
  assert.equal(value.exec('instellingstrategie initiërend')[0], 'initiërend');
  assert.equal(keyword.exec('Wijkteamleden'), null); // 'lid' is no keyword inside a name
  assert.equal(value.exec('Gemeentehuis'), null);
});

test('the project of an agenda is the nearest folder with bondgenoot.profiel or .project, otherwise its own folder', () => {
  const { projectRoot } = require('../src/project.js');
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'bondgenoot-vscode-')));
  mkdirSync(join(base, 'wijk', 'agendas', 'concept'), { recursive: true });
  mkdirSync(join(base, 'los'), { recursive: true });
  writeFileSync(join(base, 'wijk', 'bondgenoot.profiel'), '');
  assert.equal(projectRoot(join(base, 'wijk', 'agendas', 'concept', 'a.agenda')), join(base, 'wijk'));
  writeFileSync(join(base, 'wijk', 'agendas', '.project'), '<projectDescription/>');
  assert.equal(projectRoot(join(base, 'wijk', 'agendas', 'concept', 'a.agenda')), join(base, 'wijk', 'agendas'));
  assert.equal(projectRoot(join(base, 'los', 'b.agenda')), join(base, 'los'));
});

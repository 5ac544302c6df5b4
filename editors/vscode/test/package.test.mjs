// The built package (editors/vscode/bondgenoot-agenda.vsix, made by build.sh) holds what VS Code needs,
// and the extension follows the product: the file extension, the project rule, the language's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import textmate from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
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

test("VS Code's TextMate engine colours the language's keywords, values, texts, numbers and comments in the example agenda", async () => {
  // The grammar as shipped, through the engine and regular expressions (Oniguruma) VS Code itself uses.
  const grammarText = (await unzip(vsix)).get('extension/syntaxes/agenda.tmLanguage.json').toString();
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (t) => new oniguruma.OnigString(t) }),
    loadGrammar: async () => textmate.parseRawGrammar(grammarText, 'agenda.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('source.bondgenoot-agenda');
  const example = readFileSync(join(here, '..', '..', 'examples', 'agendas', 'zelfredzaamheid.agenda'), 'utf8').split('\n');
  const scopes = new Map(); // word -> its innermost scope, for the lines below
  let state = textmate.INITIAL;
  for (const line of example) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const token of tokens) {
      const text = line.slice(token.startIndex, token.endIndex).trim();
      if (text && !scopes.has(text)) scopes.set(text, token.scopes.at(-1));
    }
  }
  assert.equal(scopes.get('opdrachtgever'), 'keyword.other.bondgenoot-agenda');
  assert.equal(scopes.get('maatschappelijke'), 'keyword.other.bondgenoot-agenda');
  assert.equal(scopes.get('via-maatschappelijk-effect'), 'constant.language.bondgenoot-agenda');
  assert.equal(scopes.get('initiërend'), 'constant.language.bondgenoot-agenda');
  assert.equal(scopes.get('62%'), 'constant.numeric.bondgenoot-agenda');
  assert.equal(scopes.get('Zelfredzaamheid'), 'string.quoted.double.bondgenoot-agenda'); // maatschappelijke agenda "Zelfredzaamheid"
  assert.equal(scopes.get('// INF'), 'comment.line.double-slash.bondgenoot-agenda');
  assert.equal(scopes.get('Gemeente'), 'source.bondgenoot-agenda'); // an actor's name, not the value 'gemeente'
  assert.equal(scopes.get('Wijkteam'), 'source.bondgenoot-agenda');
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

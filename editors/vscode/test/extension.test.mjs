// The extension's own logic with VS Code and the language client replaced by recorders: which server it
// starts, where, for which documents, and what the user is told when the script cannot be started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

/** Loads src/extension.js against a fake VS Code; returns what it did. */
function load({ folders = [], pad = undefined, startFails = false } = {}) {
  const seen = { clients: [], errors: [], handlers: [], commands: {} };
  const fakeVscode = {
    window: {
      createOutputChannel: () => ({ appendLine: () => {}, dispose: () => {} }),
      showErrorMessage: (message) => { seen.errors.push(message); return Promise.resolve(undefined); },
    },
    workspace: {
      workspaceFolders: folders.map((f) => ({ uri: { fsPath: f } })),
      textDocuments: [],
      getConfiguration: (section) => ({ get: (key) => (section === 'bondgenoot' && key === 'pad' ? pad : undefined) }),
      onDidOpenTextDocument: (handler) => { seen.handlers.push(handler); return { dispose() {} }; },
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
    commands: { registerCommand: (id, run) => { seen.commands[id] = run; return { dispose() {} }; }, executeCommand: () => {} },
  };
  class FakeLanguageClient {
    constructor(id, name, server, options) { Object.assign(this, { id, name, server, options }); seen.clients.push(this); }
    start() { return startFails ? Promise.reject(new Error('spawn bondgenoot ENOENT')) : Promise.resolve(); }
    stop() { return Promise.resolve(); }
  }
  const fakes = { vscode: fakeVscode, 'vscode-languageclient/node': { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0 } } };
  const original = Module._load;
  Module._load = function (request, ...rest) { return request in fakes ? fakes[request] : original.call(this, request, ...rest); };
  try {
    delete require.cache[require.resolve('../src/extension.js')];
    const extension = require('../src/extension.js');
    extension.activate({ subscriptions: [] });
  } finally {
    Module._load = original;
  }
  const open = (file, languageId = 'bondgenoot-agenda') => {
    const document = { languageId, uri: { scheme: 'file', fsPath: file } };
    fakeVscode.workspace.textDocuments.push(document);
    seen.handlers.forEach((h) => h(document));
  };
  return { seen, open, documents: fakeVscode.workspace.textDocuments };
}

function project() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'bondgenoot-vscode-ext-')));
  mkdirSync(join(base, 'wijk', 'agendas'), { recursive: true });
  writeFileSync(join(base, 'wijk', 'bondgenoot.profiel'), '');
  return base;
}

test("an agenda opened in a window without a folder starts 'bondgenoot lsp' once, in the agenda's project", () => {
  const base = project();
  const { seen, open } = load({ pad: '/opt/bondgenoot/bondgenoot' });
  open(join(base, 'notities.txt'), 'plaintext');
  assert.equal(seen.clients.length, 0, 'no server for other files');
  open(join(base, 'wijk', 'agendas', 'a.agenda'));
  open(join(base, 'wijk', 'agendas', 'b.agenda'));
  assert.equal(seen.clients.length, 1);
  const [client] = seen.clients;
  assert.equal(client.server.command, '/opt/bondgenoot/bondgenoot');
  assert.deepEqual(client.server.args, ['lsp']);
  assert.equal(client.server.options.cwd, join(base, 'wijk'));
  assert.deepEqual(client.options.documentSelector, [{ scheme: 'file', language: manifest.contributes.languages[0].id }]);
});

test("with a folder open the server starts there, and without the setting it runs 'bondgenoot' from the PATH", () => {
  const base = project();
  const { seen, open } = load({ folders: [base] });
  open(join(base, 'wijk', 'agendas', 'a.agenda'));
  assert.equal(seen.clients[0].server.options.cwd, base);
  assert.equal(seen.clients[0].server.command, 'bondgenoot');
});

test('a script that does not start is reported in Dutch, naming the setting bondgenoot.pad', async () => {
  const base = project();
  const { seen, open } = load({ pad: '/bestaat/niet/bondgenoot', startFails: true });
  open(join(base, 'wijk', 'agendas', 'a.agenda'));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(seen.errors.length, 1);
  assert.match(seen.errors[0], /'\/bestaat\/niet\/bondgenoot lsp' start niet \(spawn bondgenoot ENOENT\).*'bondgenoot\.pad'/);
});

test('restarting the server starts it again for the open agenda, and with none open waits for the next one', async () => {
  const base = project();
  const { seen, open, documents } = load();
  open(join(base, 'wijk', 'agendas', 'a.agenda'));
  await seen.commands['bondgenoot.herstartTaalserver']();
  assert.equal(seen.clients.length, 2);
  assert.equal(seen.clients[1].server.options.cwd, join(base, 'wijk'));
  documents.length = 0; // the agenda closed
  await seen.commands['bondgenoot.herstartTaalserver']();
  assert.equal(seen.clients.length, 2, 'no server without an agenda (it would start in VS Code\'s own folder)');
  open(join(base, 'wijk', 'agendas', 'b.agenda'));
  assert.equal(seen.clients.length, 3);
});

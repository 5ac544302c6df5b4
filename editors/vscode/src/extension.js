// Starts `bondgenoot lsp` for agendas: one language server for the window. The folders the window has
// open are the server's workspace (it makes projects of them as the product does); a window without a
// folder starts the server in the project of the first agenda, and the server adds the project of every
// agenda opened from elsewhere itself.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { projectRoot } = require('./project');

const LANGUAGE = 'bondgenoot-agenda';
let client;
let output;

function activate(context) {
  output = vscode.window.createOutputChannel('Bondgenoot');
  context.subscriptions.push(output);
  const startFor = (document) => {
    if (!client && document.languageId === LANGUAGE && document.uri.scheme === 'file') {
      start(document.uri.fsPath);
    }
  };
  vscode.workspace.textDocuments.forEach(startFor);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startFor));
  context.subscriptions.push(vscode.commands.registerCommand('bondgenoot.herstartTaalserver', async () => {
    await stop();
    // Started again for an open agenda; with none open, when the next one opens (not in VS Code's own folder).
    vscode.workspace.textDocuments.forEach(startFor);
  }));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('bondgenoot.pad') && client) {
      vscode.commands.executeCommand('bondgenoot.herstartTaalserver');
    }
  }));
}

function start(firstAgenda) {
  const script = vscode.workspace.getConfiguration('bondgenoot').get('pad') || 'bondgenoot';
  const folders = vscode.workspace.workspaceFolders || [];
  const cwd = folders.length > 0 ? folders[0].uri.fsPath : projectRoot(firstAgenda);
  const server = { command: script, args: ['lsp'], transport: TransportKind.stdio, options: { cwd } };
  client = new LanguageClient('bondgenoot', 'Bondgenoot', server, {
    documentSelector: [{ scheme: 'file', language: LANGUAGE }],
    outputChannel: output,
  });
  output.appendLine(`Bondgenoot: '${script} lsp' gestart in ${cwd}`);
  client.start().catch((error) => {
    const message = `Bondgenoot: de taalserver '${script} lsp' start niet (${error && error.message ? error.message : error}). `
      + "Zet in de instelling 'bondgenoot.pad' het volledige pad van het script bondgenoot.";
    output.appendLine(message);
    vscode.window.showErrorMessage(message, 'Instelling openen').then((choice) => {
      if (choice) {
        vscode.commands.executeCommand('workbench.action.openSettings', 'bondgenoot.pad');
      }
    });
    client = undefined;
  });
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch(() => undefined);
  }
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };

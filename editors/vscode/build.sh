#!/usr/bin/env bash
# Builds the VS Code extension package editors/vscode/bondgenoot-agenda.vsix: npm ci (from npm's cache when
# it has the pinned packages: --prefer-offline), the grammar and product facts generated from the product's
# sources, esbuild bundles the extension with vscode-languageclient, and @vscode/vsce packs it.
# Usage: editors/vscode/build.sh
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
command -v npm >/dev/null || { echo "De VS Code-extensie bouwen vraagt Node.js en npm: sudo apt-get install nodejs npm" >&2; exit 2; }
npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
npm run --silent package

#!/usr/bin/env bash
# The editor packages for advisors, tested against the built product's `bondgenoot lsp`:
#   1. VS Code: builds editors/vscode/bondgenoot-agenda.vsix (npm ci + vsce) and checks its contents (node --test);
#   2. Neovim (Debian's, built-in LSP client) with docs/editors/neovim-bondgenoot.lua, headless;
#   3. Emacs (Debian's emacs-nox + elpa-eglot) with docs/editors/bondgenoot-eglot.el, in batch.
# Each editor opens a copy of examples/agendas/zelfredzaamheid.agenda with a deliberate error in a project
# (bondgenoot.profiel above the agenda, the model beside it), waits for that diagnostic (message and line)
# and completes an actor name; then an agenda of a second project, whose server must not know that model. Prints "ok - ..." per check and the counts; exit code 1 when a check failed.
# Usage: editors/test.sh [vscode|neovim|emacs]...   (default: all three)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
EDITORS=("$@")
[ ${#EDITORS[@]} -gt 0 ] || EDITORS=(vscode neovim emacs)
PRODUCT="$ROOT/releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64"

missing=()
for editor in "${EDITORS[@]}"; do
  case "$editor" in
    vscode) command -v npm >/dev/null || missing+=(nodejs npm) ;;
    neovim) command -v nvim >/dev/null || missing+=(neovim) ;;
    emacs) if ! command -v emacs >/dev/null; then
             missing+=(emacs-nox elpa-eglot)
           elif ! emacs --batch --eval '(require (quote eglot))' >/dev/null 2>&1; then
             missing+=(elpa-eglot)
           fi ;;
    *) echo "editors/test.sh: onbekende editor '$editor' (vscode, neovim of emacs)" >&2; exit 2 ;;
  esac
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "De editortests hebben deze Debian-pakketten nodig: ${missing[*]}" >&2
  echo "Installeer ze met: sudo apt-get install ${missing[*]}" >&2
  exit 2
fi
if [[ " ${EDITORS[*]} " == *" neovim "* || " ${EDITORS[*]} " == *" emacs "* ]] && [ ! -f "$PRODUCT/launch/help.txt" ]; then
  echo "De editortests praten met de gebouwde taalserver; bouw eerst: ./mvnw -o -q verify -DskipTests" >&2
  exit 2
fi

WORK=$(mktemp -d /tmp/bondgenoot-editors-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# The project: its profile at the top, the model beside the agendas' folder's parent, the agenda one folder
# down; an actor name in the agenda misspelt on purpose.
mkdir -p "$WORK/project/agendas"
printf '# project van de editortest\n' >"$WORK/project/bondgenoot.profiel"
cp "$ROOT/examples/agendas/partijen.bondgenoot" "$WORK/project/"
sed 's/^\(  proceseigenaar \)Gemeente /\1"Gemeente Zwole" /' "$ROOT/examples/agendas/zelfredzaamheid.agenda" \
  >"$WORK/project/agendas/zelfredzaamheid.agenda"
ERROR_LINE=$(grep -n '"Gemeente Zwole"' "$WORK/project/agendas/zelfredzaamheid.agenda" | cut -d: -f1)
# A second project beside it, without a model: its agenda's actor is unknown there.
mkdir -p "$WORK/los"
printf 'maatschappelijke agenda "Los"\n  proceseigenaar Wijkteam\n' >"$WORK/los/los.agenda"
[ -n "$ERROR_LINE" ] || { echo "editors/test.sh: de fout is niet in de agenda gezet (examples/agendas/zelfredzaamheid.agenda veranderd?)" >&2; exit 1; }

export BG_WORK="$WORK" BG_SCRIPT="$ROOT/bondgenoot" BG_ERROR_LINE="$ERROR_LINE"
passed=0; failed=0; summary=()
count() { # $1 = editor, $2 = file with "ok - " / "not ok - " lines
  local ok not_ok
  ok=$(grep -c '^ok - ' "$2" || true); not_ok=$(grep -c '^not ok - ' "$2" || true)
  passed=$((passed + ok)); failed=$((failed + not_ok)); summary+=("$1: $ok")
}

for editor in "${EDITORS[@]}"; do
  result="$WORK/$editor.txt"
  : >"$result"
  case "$editor" in
    vscode)
      echo "-- VS Code: het pakket bouwen (npm ci, vsce) en controleren"
      "$ROOT/editors/vscode/build.sh" >"$WORK/vscode-build.log" 2>&1 || { cat "$WORK/vscode-build.log" >&2; echo "not ok - vscode: pakket bouwen" >"$result"; }
      if [ ! -s "$result" ]; then
        (cd "$ROOT/editors/vscode" && node --test --test-reporter=tap test/ >"$WORK/vscode-tap.txt" 2>&1) || true
        sed -n 's/^\(not ok\|ok\) [0-9]* - \(.*\)$/\1 - vscode: \2/p' "$WORK/vscode-tap.txt" >"$result"
        grep -q '^not ok' "$result" && cat "$WORK/vscode-tap.txt" >&2
        [ -s "$result" ] || { cat "$WORK/vscode-tap.txt" >&2; echo "not ok - vscode: geen testuitslag" >"$result"; }
      fi ;;
    neovim)
      echo "-- Neovim $(nvim --version | head -n 1 | cut -d' ' -f2): docs/editors/neovim-bondgenoot.lua"
      BG_CONFIG="$ROOT/docs/editors/neovim-bondgenoot.lua" BG_RESULT="$result" \
        timeout 300 nvim --headless -n -i NONE --noplugin -u "$ROOT/editors/test/nvim-test.lua" >"$WORK/nvim.log" 2>&1 || true
      [ -s "$result" ] || { cat "$WORK/nvim.log" >&2; echo "not ok - neovim: geen uitslag (Neovim gestopt of na 300 s afgebroken)" >"$result"; } ;;
    emacs)
      echo "-- Emacs $(emacs --version | head -n 1 | cut -d' ' -f3) met eglot: docs/editors/bondgenoot-eglot.el"
      BG_CONFIG="$ROOT/docs/editors/bondgenoot-eglot.el" BG_RESULT="$result" \
        timeout 300 emacs --batch -l "$ROOT/editors/test/emacs-test.el" >"$WORK/emacs.log" 2>&1 || true
      [ -s "$result" ] || { cat "$WORK/emacs.log" >&2; echo "not ok - emacs: geen uitslag (Emacs gestopt of na 300 s afgebroken)" >"$result"; } ;;
  esac
  cat "$result"
  if grep -q '^not ok' "$result"; then
    for log in nvim emacs; do [ "$editor" = "${log/nvim/neovim}" ] && [ -s "$WORK/$log.log" ] && tail -n 20 "$WORK/$log.log" >&2; done
  fi
  count "$editor" "$result"
done
echo "Editors: $(printf '%s, ' "${summary[@]}" | sed 's/, $//'); $passed geslaagd, $failed mislukt"
[ "$failed" -eq 0 ]

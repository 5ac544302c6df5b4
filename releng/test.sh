#!/usr/bin/env bash
# The whole Bondgenoot test suite, as a newcomer and CI run it:
#   1. checks (and as root installs) the Debian packages the tests need;
#   2. builds everything with Maven/Tycho and runs the JUnit tests (UI tests on an X display,
#      Xvfb is started when there is none);
#   3. drives the network map in Debian's Chromium (playwright-core);
#   4. starts the built workbench and fails when its window does not appear (smoke test);
#   5. talks LSP to the real `./bondgenoot lsp` process (smoke test, releng/scripts/lsp-smoke.py);
#   6. tests the script itself: help without Java, a home folder that cannot be written, no
#      `| grep -q` under pipefail (releng/scripts/launch-test.sh);
#   7. merges models, their maps and an assessment with real Git and `./bondgenoot merge` as merge driver, configured
#      with the README's lines (releng/scripts/git-merge-test.sh);
#   8. the editor packages for advisors: builds the VS Code extension (.vsix) and checks it, and drives
#      Debian's Neovim and Emacs (eglot) with the configurations in docs/editors (editors/test.sh);
#   9. installs the example plug-in from the built update site into a copy of the product, sees its rules
#      and view, and uninstalls it (releng/scripts/install-test.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/test-run"
mkdir -p "$OUT"

PACKAGES=(xvfb xauth x11-utils xdotool imagemagick libgtk-3-0 libwebkit2gtk-4.1-0 chromium nodejs npm python3 git neovim emacs-nox elpa-eglot)

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || echo "$p"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  # node and npm may come from elsewhere than Debian; what matters is that they run.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=$(echo "$missing" | tr ' ' '\n' | grep -vxE 'nodejs|npm' | tr '\n' ' ')
  fi
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== Pakketten installeren: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "De tests hebben deze Debian-pakketten nodig: $missing" >&2
    echo "Installeer ze met: sudo apt-get install $missing" >&2
    exit 2
  fi
}

install_packages
. "$ROOT/releng/scripts/select-jdk.sh"
. "$ROOT/releng/scripts/display.sh"
bg_ensure_display
trap '[ -n "${BG_XVFB_PID-}" ] && kill "$BG_XVFB_PID" 2>/dev/null || true' EXIT

echo "== Bouwen en JUnit-tests (Maven/Tycho), JDK: $JAVA_HOME"
./mvnw verify

echo "== Browsertests van de netwerkkaart (Chromium)"
(cd bundles/nl.bondgenoot.diagram/browser-tests && npm ci --prefer-offline --no-audit --no-fund >/dev/null)
node --test bundles/nl.bondgenoot.diagram/browser-tests/ | tee "$OUT/browser-tests.txt"

echo "== Rooktest: start de gebouwde werkbank"
bash releng/scripts/smoke-launch.sh "$OUT"

echo "== Rooktest: ./bondgenoot lsp (JSON-RPC over stdin/stdout)"
python3 releng/scripts/lsp-smoke.py "$ROOT"

echo "== Starttest: help zonder Java, onbeschrijfbare thuismap, pipefail"
bash releng/scripts/launch-test.sh

echo "== Git-merge-driver: ./bondgenoot merge met echte Git (regels uit de README)"
bash releng/scripts/git-merge-test.sh

echo "== Editorpakketten: VS Code (.vsix), Neovim en Emacs (eglot) met ./bondgenoot lsp"
bash editors/test.sh | tee "$OUT/editors.txt"

echo "== Plug-in installeren: ./bondgenoot install en uninstall met de voorbeeld-plug-in (kopie van het product)"
bash releng/scripts/install-test.sh | tee "$OUT/install-test.txt"
install=$(sed -n 's/^install-test: \([0-9]*\) passed, 0 failed$/\1/p' "$OUT/install-test.txt")

# One closing line over all kinds of test (any failure has stopped the script before this).
junit=$(cat bundles/*/target/surefire-reports/TEST-*.xml examples/plugin/*/target/surefire-reports/TEST-*.xml | grep -o '<testsuite [^>]*' \
  | sed -n 's/.* tests="\([0-9]*\)".*/\1/p' | awk '{s+=$1} END {print s+0}')
browser=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$OUT/browser-tests.txt")
editors=$(grep -c '^ok - ' "$OUT/editors.txt")
echo "JUnit: $junit, browser: $browser, smoke: 3, git: 4, editors: $editors, install: $install"
echo "Samenvatting: $((junit + browser + 3 + 4 + editors + install)) passed, 0 failed"

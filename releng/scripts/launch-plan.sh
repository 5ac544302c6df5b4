#!/usr/bin/env bash
# Build step (releng/nl.bondgenoot.product/pom.xml), after the product is materialized: the class path
# of the fast launch of each headless application (launch/*.classpath, resolved by LaunchPlanner from
# the bundles' manifests), the help text (launch/help.txt, printed by the CLI application itself
# once, here, so that `./bondgenoot help` needs no Java) and a class data sharing archive per
# application from a typical run of it (launch/cds/*.jsa).
#   bash releng/scripts/launch-plan.sh PRODUCT_FOLDER
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT=$(cd "$1" && pwd)
. "$ROOT/releng/scripts/select-jdk.sh"
. "$ROOT/releng/scripts/launch.sh"
STATE=$(mktemp -d)
trap 'rm -rf "$STATE" 2>/dev/null || true' EXIT
# The class paths and the help text (launch.sh); the archives of a previous build go: the jars are new.
rm -rf "$PRODUCT/launch/cds"
bg_plan "$PRODUCT" "$STATE"

# A typical run of each application makes its class data archive (bg_fast_launch names it).
EXAMPLES="$ROOT/examples/skelet"
bg_fast_launch "$PRODUCT" "$STATE" nl.bondgenoot.cli.app
"${BG_JAVA[@]}" validate "$EXAMPLES/zelfredzaam.agenda" "$EXAMPLES/kamperpoort-te-klein.bondgenoot" >/dev/null || true
bg_fast_launch "$PRODUCT" "$STATE" nl.bondgenoot.diagram.export
"${BG_JAVA[@]}" "$EXAMPLES/kamperpoort-kern.bondgenoot" --format png --uit "$STATE/export-kaart.png" >/dev/null \
  || echo "launch-plan: waarschuwing: de oefenrun van export mislukte (afsluitcode $?); het archief komt bij de eerste start" >&2
# The servers: until they answer (lsp: an agenda's diagnostics; serve: the page), then stopped.
if command -v python3 >/dev/null; then
  XDG_STATE_HOME="$STATE" python3 "$ROOT/releng/scripts/lsp-startup.py" "$ROOT" examples/agendas/zelfredzaamheid.agenda >/dev/null \
    || echo "launch-plan: waarschuwing: de oefenrun van lsp mislukte (afsluitcode $?)" >&2
fi
bg_fast_launch "$PRODUCT" "$STATE" nl.bondgenoot.diagram.serve
"${BG_JAVA[@]}" "$EXAMPLES/kamperpoort-kern.bondgenoot" >"$STATE/serve.out" 2>&1 &
serve=$!
for _ in $(seq 600); do
  url=$(sed -n 's/^Netwerkkaart van .*: \(http[^ ]*\)$/\1/p' "$STATE/serve.out" 2>/dev/null || true)
  [ -n "$url" ] && break
  kill -0 "$serve" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] && command -v curl >/dev/null && curl -s -o /dev/null "$url" || true
kill -TERM "$serve" 2>/dev/null || true
wait "$serve" || true
echo "Snelle start gepland: $(cd "$PRODUCT/launch" && ls -- *.classpath | tr '\n' ' ')"
echo "Klassenarchieven: $(cd "$PRODUCT/launch/cds" && ls -- *.jsa | tr '\n' ' ')"

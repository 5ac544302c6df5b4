#!/usr/bin/env bash
# `./bondgenoot serve FILE...` with another web client: the one in CLIENT/webapp/ (as the web client's
# build writes it) instead of the one in the product's diagram jar. The benchmark serves the old and the
# new client with it; while working on webclient/, `npm run build` and then
#   BONDGENOOT_SERVE_CMD="bash releng/scripts/serve-client.sh bundles/nl.bondgenoot.diagram {bestand}"
# for the browser tests makes the product build unnecessary.
#   bash releng/scripts/serve-client.sh CLIENT FILE [OPTIONS...]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64"
CLIENT=$(readlink -f "${1:?CLIENT: a folder with webapp/index.html}")
shift
if [ ! -f "$CLIENT/webapp/index.html" ]; then
  echo "serve-client: geen webclient in $CLIENT/webapp/ (bouw hem met npm run build)." >&2
  exit 2
fi
. "$ROOT/releng/scripts/select-jdk.sh"
. "$ROOT/releng/scripts/launch.sh"
STATE="${XDG_STATE_HOME:-$HOME/.local/state}/bondgenoot"
mkdir -p "$STATE"
if ! bg_fast_launch "$PRODUCT" "$STATE" nl.bondgenoot.cli.app serve; then
  echo "serve-client: het product is niet gebouwd (./mvnw -o -q install -DskipTests)." >&2
  exit 2
fi
# The server reads its page from the class path (WebClientServlet): the first webapp/ found wins.
for i in "${!BG_JAVA[@]}"; do
  if [ "${BG_JAVA[$i]}" = -cp ]; then
    BG_JAVA[i + 1]="$CLIENT:${BG_JAVA[i + 1]}"
  fi
done
exec "${BG_JAVA[0]}" -Dbondgenoot.command=serve "${BG_JAVA[@]:1}" serve "$@"

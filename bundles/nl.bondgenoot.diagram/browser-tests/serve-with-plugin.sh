#!/usr/bin/env bash
# serve-with-plugin.sh PLUGIN_FOLDER FILE: `./bondgenoot serve FILE` with one more plug-in on the fast
# launch's class path (a folder with META-INF/MANIFEST.MF and a plugin.xml or fragment.xml), as a tool
# builder tries a plug-in before packaging it. The browser tests serve the test fragment
# (nl.bondgenoot.diagram.tests: the Wijkteamkaart) with it. Needs the built product.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)
plugin=$(cd "$1" && pwd)
shift
PRODUCT="$ROOT/releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64"
STATE=$(mktemp -d "${TMPDIR:-/tmp}/bondgenoot-plugin-XXXXXX")
trap 'rm -rf "$STATE"' EXIT
. "$ROOT/releng/scripts/select-jdk.sh"
. "$ROOT/releng/scripts/launch.sh"
# No class data sharing: the product's archive is for its own class path and must not be rewritten for this one.
BG_CDS=off
bg_fast_launch "$PRODUCT" "$STATE" nl.bondgenoot.cli.app serve
for i in "${!BG_JAVA[@]}"; do
  if [ "${BG_JAVA[$i]}" = -cp ]; then
    BG_JAVA[$((i + 1))]+=":$plugin"
  fi
done
"${BG_JAVA[0]}" -Dbondgenoot.command=serve "${BG_JAVA[@]:1}" serve "$@"

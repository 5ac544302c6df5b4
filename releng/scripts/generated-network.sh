#!/usr/bin/env bash
# Writes a generated network (GeneratedNetwork: actors of every category in netwerken of 50, random
# sturingsrelaties, a fixed seed) for the benchmarks and the browser tests of large maps.
#   bash releng/scripts/generated-network.sh ACTORS RELATIONS FILE
# Needs the built product and benchmark jar (./mvnw -o -q install -DskipTests).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PLUGINS="$ROOT/releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64/plugins"
BENCH=$(compgen -G "$ROOT/bundles/nl.bondgenoot.benchmarks/target/nl.bondgenoot.benchmarks-*.jar" | grep -v -- "-sources\.jar$" | head -n 1 || true)
if [ -z "$BENCH" ] || [ ! -d "$PLUGINS" ]; then
  echo "generated-network: het product of de benchmarkbundel is niet gebouwd (./mvnw -o -q install -DskipTests)." >&2
  exit 2
fi
. "$ROOT/releng/scripts/select-jdk.sh"
exec "$JAVA_HOME/bin/java" -cp "$BENCH:$(ls "$PLUGINS"/*.jar | tr "\n" ":")" nl.bondgenoot.benchmarks.GeneratedNetwork "$@"

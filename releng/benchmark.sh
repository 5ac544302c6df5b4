#!/usr/bin/env bash
# Benchmarks (figures for the issue notes), outside the test suite:
#   bash releng/benchmark.sh [ACTORS RELATIONS]        load + validate a generated model (default 10000 50000)
#   bash releng/benchmark.sh agenda [LINES EDIT_LINES]  parse + link + validate a generated agenda
#                                                       (default 10000) and re-validate after a one-line
#                                                       edit in one of EDIT_LINES lines (default 5000)
# Runs on plain Java with the built product's jars; builds first when needed.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$ROOT"
. releng/scripts/select-jdk.sh
PLUGINS=releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64/plugins
BENCH=$(compgen -G "bundles/nl.bondgenoot.benchmarks/target/nl.bondgenoot.benchmarks-*.jar" | head -n 1 || true)
if [ -z "$BENCH" ] || [ ! -d "$PLUGINS" ]; then
  ./mvnw -q -o -DskipTests verify || ./mvnw -q -DskipTests verify
  BENCH=$(compgen -G "bundles/nl.bondgenoot.benchmarks/target/nl.bondgenoot.benchmarks-*.jar" | head -n 1)
fi
OURS="bundles/nl.bondgenoot.model/target/nl.bondgenoot.model-*.jar bundles/nl.bondgenoot.rules/target/nl.bondgenoot.rules-*.jar bundles/nl.bondgenoot.agenda/target/nl.bondgenoot.agenda-*.jar"
CP="$BENCH:$(ls $OURS | tr "\n" ":")$(ls "$PLUGINS"/*.jar | grep -v "/plugins/nl\.bondgenoot" | tr "\n" ":")"
MAIN=nl.bondgenoot.benchmarks.LoadValidateBenchmark
if [ "${1:-}" = agenda ]; then
  MAIN=nl.bondgenoot.benchmarks.AgendaBenchmark
  shift
fi
UNSAFE=""
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && UNSAFE="--sun-misc-unsafe-memory-access=allow"
exec "$JAVA_HOME/bin/java" $UNSAFE -Xmx4g -cp "$CP" "$MAIN" "$@"

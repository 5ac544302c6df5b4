#!/usr/bin/env bash
# Benchmarks (figures for the issue notes), outside the test suite:
#   bash releng/benchmark.sh [ACTORS RELATIONS]   load + validate a generated model (default 10000 50000)
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
CP="$BENCH:$(ls bundles/nl.bondgenoot.model/target/nl.bondgenoot.model-*.jar bundles/nl.bondgenoot.rules/target/nl.bondgenoot.rules-*.jar | tr "\n" ":")$(ls "$PLUGINS"/*.jar | grep -v "/plugins/nl\.bondgenoot" | tr "\n" ":")"
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "$CP" nl.bondgenoot.benchmarks.LoadValidateBenchmark "$@"

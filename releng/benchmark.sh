#!/usr/bin/env bash
# Benchmarks (figures for the issue notes), outside the test suite:
#   bash releng/benchmark.sh [ACTORS RELATIONS]        load + validate a generated model (default 10000 50000)
#   bash releng/benchmark.sh agenda [LINES EDIT_LINES]  parse + link + validate a generated agenda
#                                                       (default 10000) and re-validate after a one-line
#                                                       edit in one of EDIT_LINES lines (default 5000)
#   bash releng/benchmark.sh diagram [ACTORS...]         the network map in Chromium (node, playwright-core):
#                                                       warm, from navigation to a complete fitted drawing
#                                                       (every node in the DOM and in the window), for the
#                                                       examples and generated networks (default 50, 200 and
#                                                       500 actors), with the old web client (BASELINE_CLIENT,
#                                                       a commit, default 91e1b98: before issue 13) as the
#                                                       baseline in the same run; then the server side for
#                                                       generated networks (default 500 and 2000 actors):
#                                                       load + GModel with ELK placement, GModel, ELK layouts
#   bash releng/benchmark.sh startup [RUNS]             the start of every command from a cold process
#                                                       (default 5 runs each, median): help, a usage error,
#                                                       validate of a small model and agenda, rules, the
#                                                       language server's initialize and first diagnostics;
#                                                       the fast launch against the OSGi product, with
#                                                       `java -version` as the baseline, in the same run
#   bash releng/benchmark.sh spreadsheet [ORGS RELATIONS] [RUNS]
#                                                       a generated sheet (default 400 organisations, 600
#                                                       relations; XLSX and CSV, exported by the product)
#                                                       becomes a model with a first laid-out map: `import`
#                                                       then `export --format svg`, cold processes, median of
#                                                       RUNS (default 5); baseline: the same map exported
#                                                       from the generated model, and `java -version`
#   bash releng/benchmark.sh unknown-names [N...]        one agenda line with N unknown names (default 5000
#                                                       20000 40000 115000) against N known names: validate
#                                                       and the editor's/language server's validation
#   bash releng/benchmark.sh lsp-responsiveness [N...]   the language server's hover answers on a small
#                                                       agenda while it checks one with N unknown names
#   bash releng/benchmark.sh publish [RUNS]              `publish` of the ten example networks and the example
#                                                       agendas from a cold process (default 5 runs, median);
#                                                       baselines: `validate` of the same files, `java -version`
# Runs on plain Java with the built product's jars; builds first when needed.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$ROOT"
. releng/scripts/select-jdk.sh
PLUGINS=releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64/plugins
BENCH=$(compgen -G "bundles/nl.bondgenoot.benchmarks/target/nl.bondgenoot.benchmarks-*.jar" | grep -v -- "-sources\.jar$" | head -n 1 || true)
if [ -z "$BENCH" ] || [ ! -d "$PLUGINS" ]; then
  ./mvnw -q -o -DskipTests verify || ./mvnw -q -DskipTests verify
  BENCH=$(compgen -G "bundles/nl.bondgenoot.benchmarks/target/nl.bondgenoot.benchmarks-*.jar" | grep -v -- "-sources\.jar$" | head -n 1)
fi
if [ "${1:-}" = startup ]; then
  exec bash releng/scripts/startup-benchmark.sh "${2:-5}"
fi
if [ "${1:-}" = spreadsheet ]; then
  shift
  exec bash releng/scripts/spreadsheet-benchmark.sh "$@"
fi
if [ "${1:-}" = publish ]; then
  exec bash releng/scripts/publish-benchmark.sh "${2:-5}"
fi
if [ "${1:-}" = lsp-responsiveness ]; then
  shift
  exec python3 releng/scripts/lsp-responsiveness.py "$ROOT" "$@"
fi
OURS="bundles/nl.bondgenoot.model/target/nl.bondgenoot.model-*.jar bundles/nl.bondgenoot.model.edit/target/nl.bondgenoot.model.edit-*.jar bundles/nl.bondgenoot.rules/target/nl.bondgenoot.rules-*.jar bundles/nl.bondgenoot.agenda/target/nl.bondgenoot.agenda-*.jar bundles/nl.bondgenoot.diagram/target/nl.bondgenoot.diagram-*.jar bundles/nl.bondgenoot.representation/target/nl.bondgenoot.representation-*.jar"
CP="$BENCH:$(ls $OURS | grep -v -- "-sources\.jar$" | tr "\n" ":")$(ls "$PLUGINS"/*.jar | grep -v "/plugins/nl\.bondgenoot" | tr "\n" ":")"
MAIN=nl.bondgenoot.benchmarks.LoadValidateBenchmark
if [ "${1:-}" = agenda ]; then
  MAIN=nl.bondgenoot.benchmarks.AgendaBenchmark
  shift
elif [ "${1:-}" = unknown-names ]; then
  MAIN=nl.bondgenoot.benchmarks.UnknownNamesBenchmark
  shift
elif [ "${1:-}" = diagram ]; then
  MAIN=nl.bondgenoot.benchmarks.DiagramBenchmark
  shift
  # The browser half: the served map in Chromium, the new and the old web client taking turns.
  if command -v node >/dev/null && [ -x /usr/bin/chromium ] && [ -d bundles/nl.bondgenoot.diagram/browser-tests/node_modules ]; then
    DIR=$(mktemp -d)
    FILES=(examples/netwerken/*.bondgenoot)
    for n in ${@:-50 200 500}; do
      bash releng/scripts/generated-network.sh "$n" $((n * 3 / 2)) "$DIR/netwerk-$n.bondgenoot"
      FILES+=("$DIR/netwerk-$n.bondgenoot")
    done
    # The old client, built from its commit with today's packages (the same lock file since then).
    BASELINE=${BASELINE_CLIENT:-91e1b98}
    # The new client: built from the checked-out sources (webapp/, as the Maven build writes it).
    (cd bundles/nl.bondgenoot.diagram/webclient && node build.mjs >/dev/null)
    CLIENTS=(--client nieuw=bundles/nl.bondgenoot.diagram)
    if git archive "$BASELINE" bundles/nl.bondgenoot.diagram/webclient bundles/nl.bondgenoot.model.edit/icons 2>/dev/null | tar -x -C "$DIR" \
      && ln -s "$ROOT/bundles/nl.bondgenoot.diagram/webclient/node_modules" "$DIR/bundles/nl.bondgenoot.diagram/webclient/node_modules" \
      && (cd "$DIR/bundles/nl.bondgenoot.diagram/webclient" && node build.mjs >/dev/null); then
      CLIENTS+=(--client "oud($BASELINE)=$DIR/bundles/nl.bondgenoot.diagram")
    else
      echo "Geen oude webclient als basislijn: commit $BASELINE staat niet in deze clone of bouwt niet (BASELINE_CLIENT=COMMIT kiest een andere)." >&2
    fi
    echo "Webclient nieuw: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- bundles/nl.bondgenoot.diagram/webclient || echo ' met wijzigingen'); belasting: $(cut -d' ' -f1-3 /proc/loadavg)"
    node bundles/nl.bondgenoot.diagram/browser-tests/benchmark.mjs "${CLIENTS[@]}" "${FILES[@]}" || true
    echo "Belasting na afloop: $(cut -d' ' -f1-3 /proc/loadavg)"
    rm -rf "$DIR"
  fi
  # The server half: the Java benchmark below, for the sizes given (default 500 and 2000).
fi
UNSAFE=""
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && UNSAFE="--sun-misc-unsafe-memory-access=allow"
exec "$JAVA_HOME/bin/java" $UNSAFE -Xmx4g -cp "$CP" "$MAIN" "$@"

#!/usr/bin/env bash
# The spreadsheet benchmark (issue 15): a generated region of ORGS organisations and RELATIONS sturingsrelaties
# (GeneratedNetwork, fixed seed) exported by the product itself to XLSX and CSV; then, from cold processes as a
# user runs them, `bondgenoot import SHEET --in NEW.bondgenoot` followed by `bondgenoot export NEW.bondgenoot
# --format svg` (which lays out every node of the map). Baselines in the same run: the same map exported from the
# generated model itself (no import), and `java -version`. Median of RUNS runs each.
#   bash releng/scripts/spreadsheet-benchmark.sh [ORGS RELATIONS] [RUNS]   (default 400 600, 5 runs)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$ROOT"
. releng/scripts/select-jdk.sh
ORGS=${1:-400}
RELATIONS=${2:-600}
RUNS=${3:-5}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
bash releng/scripts/generated-network.sh "$ORGS" "$RELATIONS" "$DIR/regio.bondgenoot"
./bondgenoot export "$DIR/regio.bondgenoot" --format xlsx --uit "$DIR/regio.xlsx" >/dev/null
./bondgenoot export "$DIR/regio.bondgenoot" --format csv --uit "$DIR/regio.csv" >/dev/null
now() { date +%s.%N; }
declare -A T
measure() { # NAME COMMAND...: adds the seconds the command took to T[NAME]
  local name=$1 start end
  shift
  start=$(now)
  "$@" >/dev/null 2>"$DIR/stderr" || { echo "spreadsheet-benchmark: $* mislukte:" >&2; cat "$DIR/stderr" >&2; exit 1; }
  end=$(now)
  T[$name]+="$(echo "$end - $start" | bc) "
}
for run in $(seq "$RUNS"); do
  rm -f "$DIR"/nieuw*.bondgenoot "$DIR"/nieuw*.svg
  measure xlsx-import ./bondgenoot import "$DIR/regio.xlsx" --in "$DIR/nieuw.bondgenoot"
  measure xlsx-kaart ./bondgenoot export "$DIR/nieuw.bondgenoot" --format svg --uit "$DIR/nieuw.svg"
  measure csv-import ./bondgenoot import "$DIR"/regio-*.csv --in "$DIR/nieuw-csv.bondgenoot"
  measure csv-kaart ./bondgenoot export "$DIR/nieuw-csv.bondgenoot" --format svg --uit "$DIR/nieuw-csv.svg"
  measure basis-kaart ./bondgenoot export "$DIR/regio.bondgenoot" --format svg --uit "$DIR/regio.svg" --overschrijven
  measure java "$JAVA_HOME/bin/java" -version
  echo "  ronde $run van $RUNS klaar" >&2
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f s", m}'; }
sum_median() { # the median of the per-run sums of two series
  paste -d+ <(echo "${T[$1]}" | tr ' ' '\n' | grep -v '^$') <(echo "${T[$2]}" | tr ' ' '\n' | grep -v '^$') | bc | tr '\n' ' ' | median
}
ACTORS=$(grep -c '<actoren ' "$DIR/regio.bondgenoot" || true)
echo "Spreadsheet naar kaart, $RUNS koude starts per geval; machine: $(nproc) kernen, belasting: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Invoer: $ACTORS actoren, $RELATIONS sturingsrelaties ($(du -h "$DIR/regio.xlsx" | cut -f1) XLSX; $(ls "$DIR"/regio-*.csv | wc -l) CSV-bestanden)"
echo
echo "| stap | mediaan |"
echo "|---|---|"
echo "| import regio.xlsx --in nieuw.bondgenoot | $(echo "${T[xlsx-import]}" | median) |"
echo "| export nieuw.bondgenoot --format svg (eerste kaart, alles opgemaakt) | $(echo "${T[xlsx-kaart]}" | median) |"
echo "| **XLSX: samen (doel: onder 2 s)** | **$(sum_median xlsx-import xlsx-kaart)** |"
echo "| import regio-*.csv --in nieuw-csv.bondgenoot | $(echo "${T[csv-import]}" | median) |"
echo "| export nieuw-csv.bondgenoot --format svg | $(echo "${T[csv-kaart]}" | median) |"
echo "| **CSV: samen** | **$(sum_median csv-import csv-kaart)** |"
echo "| basislijn: export regio.bondgenoot --format svg (zonder import) | $(echo "${T[basis-kaart]}" | median) |"
echo "| basislijn: java -version | $(echo "${T[java]}" | median) |"
echo
echo "Belasting aan het eind: $(cut -d' ' -f1-3 /proc/loadavg)"

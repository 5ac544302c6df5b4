#!/usr/bin/env bash
# The publication benchmark (issue 16): the ten example networks and the example agendas (examples/netwerken with the
# example assessments beside the networks, and examples/agendas, copied into one project folder) published from a cold process as a user runs it:
# `bondgenoot publish PROJECT --uit SITE` (an earlier publication replaced each round). Baselines in the same run:
# `bondgenoot validate` of the same files (reads and judges them, draws and writes nothing) and `java -version`.
# Median of RUNS runs each.
#   bash releng/scripts/publish-benchmark.sh [RUNS]   (default 5)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$ROOT"
. releng/scripts/select-jdk.sh
RUNS=${1:-5}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
mkdir -p "$DIR/project"
cp -r examples/netwerken examples/agendas "$DIR/project/"
rm -f "$DIR"/project/*/bevindingen.txt
mapfile -t FILES < <(find "$DIR/project" -name '*.bondgenoot' -o -name '*.agenda' -o -name '*.beoordeling' | sort)
now() { date +%s.%N; }
declare -A T
measure() { # NAME COMMAND...: adds the seconds the command took to T[NAME]; validate's exit code 1 (findings) is fine
  local name=$1 start end code=0
  shift
  start=$(now)
  "$@" >"$DIR/stdout" 2>"$DIR/stderr" || code=$?
  end=$(now)
  if [ "$code" -gt 1 ]; then
    echo "publish-benchmark: $* mislukte (afsluitcode $code):" >&2
    cat "$DIR/stderr" >&2
    exit 1
  fi
  T[$name]+="$(echo "$end - $start" | bc) "
}
for run in $(seq "$RUNS"); do
  measure publish ./bondgenoot publish "$DIR/project" --uit "$DIR/site"
  cp "$DIR/stdout" "$DIR/publish.out"
  measure validate ./bondgenoot validate "${FILES[@]}"
  measure java "$JAVA_HOME/bin/java" -version
  echo "  ronde $run van $RUNS klaar" >&2
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f s", m}'; }
MODELS=$(printf '%s\n' "${FILES[@]}" | grep -c '\.bondgenoot$')
AGENDAS=$(printf '%s\n' "${FILES[@]}" | grep -c '\.agenda$')
ASSESSMENTS=$(printf '%s\n' "${FILES[@]}" | grep -c '\.beoordeling$' || true)
echo "Publiceren, $RUNS koude starts per geval; machine: $(nproc) kernen, belasting: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Invoer: $MODELS modellen, $AGENDAS agenda's en $ASSESSMENTS beoordelingen ($(cat "${FILES[@]}" | wc -c) bytes); uitvoer: $(find "$DIR/site" -name '*.html' | wc -l) pagina's, $(du -sh "$DIR/site" | cut -f1)"
echo "De laatste publicatie zei: $(tail -n 1 "$DIR/publish.out")"
echo
echo "| stap | mediaan |"
echo "|---|---|"
echo "| **publish PROJECT --uit SITE (doel: onder 10 s)** | **$(echo "${T[publish]}" | median)** |"
echo "| basislijn: validate van dezelfde $((MODELS + AGENDAS + ASSESSMENTS)) bestanden | $(echo "${T[validate]}" | median) |"
echo "| basislijn: java -version | $(echo "${T[java]}" | median) |"
echo
echo "Belasting aan het eind: $(cut -d' ' -f1-3 /proc/loadavg)"

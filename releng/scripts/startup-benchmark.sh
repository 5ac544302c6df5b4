#!/usr/bin/env bash
# `bash releng/benchmark.sh startup [RUNS]`: how long each command takes from a cold process (a new
# JVM every time), the fast launch (plain class path, CDS archive) against the OSGi product
# (BONDGENOOT_LAUNCH=osgi), taking turns, with `java -version` as the baseline in the same run.
# Medians of RUNS runs (default 5); serve: until it says the map's address. Uses a temporary state folder, so the first fast start (which makes
# the Class Data Sharing archive) is measured apart.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$ROOT"
RUNS=${1:-5}
. releng/scripts/select-jdk.sh
XDG_STATE_HOME=$(mktemp -d)
export XDG_STATE_HOME
trap 'rm -rf "$XDG_STATE_HOME"' EXIT
MODEL=examples/skelet/kamperpoort-kern.bondgenoot
AGENDA=examples/skelet/zelfredzaam.agenda
LSP_AGENDA=examples/agendas/zelfredzaamheid.agenda

# seconds of one run of the command (its output and exit code do not matter here)
once() {
  local start=$EPOCHREALTIME end
  "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  echo $(( (${end/./} - ${start/./}) / 1000 ))
}
# milliseconds until `bondgenoot serve` says the address of the map (then the server is stopped)
serve_once() {
  local out start end pid
  out=$(mktemp)
  start=$EPOCHREALTIME
  ./bondgenoot serve "$MODEL" >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do
    grep -q '^Netwerkkaart van ' "$out" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  end=$EPOCHREALTIME
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$out"
  echo $(( (${end/./} - ${start/./}) / 1000 ))
}
median() { # numbers on stdin -> their median
  sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms / 1000}'; }

CASES=(help usage validate-model validate-agenda rules export-model export-agenda)
command_of() {
  case "$1" in
    help) echo "help" ;;
    usage) echo "validate --onzin" ;;
    validate-model) echo "validate $MODEL" ;;
    validate-agenda) echo "validate $AGENDA" ;;
    rules) echo "rules" ;;
    export-model) echo "export $MODEL --format svg --uit -" ;;
    export-agenda) echo "export $LSP_AGENDA --format svg --uit -" ;;
  esac
}
declare -A FAST OSGI FIRST
lsp_fast_init=() lsp_fast_diag=() lsp_osgi_init=() lsp_osgi_diag=() baseline=() serve_fast=() serve_osgi=()

echo "Opstarttijden, $RUNS koude starts per geval; machine: $(nproc) kernen, belasting bij de start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
echo "JDK: $JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
# The first fast start of each application makes its CDS archive: measured once, apart.
for c in "${CASES[@]}"; do
  read -ra args <<<"$(command_of "$c")"
  FIRST[$c]=$(once ./bondgenoot "${args[@]}")
done
read -r fi fd <<<"$(python3 releng/scripts/lsp-startup.py "$ROOT" "$LSP_AGENDA")"
FIRST[lsp]=$(awk -v s="$fd" 'BEGIN {print int(s * 1000)}')
FIRST[serve]=$(serve_once)

for run in $(seq "$RUNS"); do
  baseline+=("$(once "$JAVA_HOME/bin/java" -version)")
  for c in "${CASES[@]}"; do
    read -ra args <<<"$(command_of "$c")"
    FAST[$c]+="$(once ./bondgenoot "${args[@]}") "
    OSGI[$c]+="$(BONDGENOOT_LAUNCH=osgi once ./bondgenoot "${args[@]}") "
  done
  read -r i d <<<"$(python3 releng/scripts/lsp-startup.py "$ROOT" "$LSP_AGENDA")"
  lsp_fast_init+=("$i") lsp_fast_diag+=("$d")
  read -r i d <<<"$(BONDGENOOT_LAUNCH=osgi python3 releng/scripts/lsp-startup.py "$ROOT" "$LSP_AGENDA")"
  lsp_osgi_init+=("$i") lsp_osgi_diag+=("$d")
  serve_fast+=("$(serve_once)")
  serve_osgi+=("$(BONDGENOOT_LAUNCH=osgi serve_once)")
  echo "  ronde $run van $RUNS klaar" >&2
done

ms_median() { tr ' ' '\n' | grep -v '^$' | median; }
s_median() { printf '%s\n' "$@" | median | awk '{printf "%.2f s", $1}'; }
echo
echo "| command | fast launch (median) | OSGi product (median) | first fast start |"
echo "|---|---|---|---|"
echo "| java -version (baseline) | $(seconds "$(printf '%s\n' "${baseline[@]}" | median)") | | |"
for c in "${CASES[@]}"; do
  echo "| $(command_of "$c") | $(seconds "$(ms_median <<<"${FAST[$c]}")") | $(seconds "$(ms_median <<<"${OSGI[$c]}")") | $(seconds "${FIRST[$c]}") |"
done
echo "| lsp: initialize ($LSP_AGENDA) | $(s_median "${lsp_fast_init[@]}") | $(s_median "${lsp_osgi_init[@]}") | |"
echo "| serve $MODEL: address said | $(seconds "$(printf '%s\n' "${serve_fast[@]}" | median)") | $(seconds "$(printf '%s\n' "${serve_osgi[@]}" | median)") | $(seconds "${FIRST[serve]}") |"
echo "| lsp: first diagnostics | $(s_median "${lsp_fast_diag[@]}") | $(s_median "${lsp_osgi_diag[@]}") | $(seconds "${FIRST[lsp]}") |"
echo
echo "Belasting aan het eind:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /'); $MODEL $(wc -l <"$MODEL") regels, $AGENDA $(wc -l <"$AGENDA") regels, $LSP_AGENDA $(wc -l <"$LSP_AGENDA") regels."

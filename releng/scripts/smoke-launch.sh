#!/usr/bin/env bash
# Starts the built product through ./bondgenoot on the current X display, waits for the window
# titled "Bondgenoot", takes a screenshot and stops it. Fails when no window appears: green UI
# tests do not prove that the product starts (a missing runtime bundle only shows here).
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
OUT=${1:-"$ROOT/target/test-run"}
mkdir -p "$OUT"
TIMEOUT=${BONDGENOOT_SMOKE_TIMEOUT:-90}
LOG="$OUT/smoke-workbench.log"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(now_ms)
setsid "$ROOT/bondgenoot" "$ROOT/examples/skelet/kamperpoort-te-klein.bondgenoot" >"$LOG" 2>&1 &
pid=$!
cleanup() { kill -TERM -- "-$pid" 2>/dev/null || true; sleep 1; kill -KILL -- "-$pid" 2>/dev/null || true; }
trap cleanup EXIT

window=""
while [ -z "$window" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "ROOKTEST MISLUKT: de werkbank stopte voordat er een venster verscheen. Uitvoer:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  if (( $(now_ms) - start > TIMEOUT * 1000 )); then
    echo "ROOKTEST MISLUKT: na ${TIMEOUT}s nog geen venster 'Bondgenoot'. Uitvoer:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  window=$(xdotool search --onlyvisible --name '^Bondgenoot' 2>/dev/null | head -n 1 || true)
  [ -z "$window" ] && sleep 0.2
done
elapsed=$(( $(now_ms) - start ))
# Usable: the model given on the command line is shown (its name is in the window title).
usable=""
while [ -z "$usable" ] && (( $(now_ms) - start < TIMEOUT * 1000 )); do
  name=$(xdotool getwindowname "$window" 2>/dev/null || true)
  [[ $name == *kamperpoort-te-klein* ]] && usable=$(( $(now_ms) - start )) || sleep 0.1
done
if [ -z "$usable" ]; then
  echo "ROOKTEST MISLUKT: het venster verscheen, maar het model werd niet geopend. Uitvoer:" >&2
  tail -n 40 "$LOG" >&2
  exit 1
fi
title=$(xdotool getwindowname "$window")
sleep 3 # let the views fill in before the screenshot
xdotool mousemove 1279 1023 2>/dev/null || true # no hover tooltip in the picture
import -window root "$OUT/smoke-workbench.png"
printf 'Rooktest geslaagd: venster "%s" na %d.%03d s, bruikbaar (model geopend) na %d.%03d s; schermafdruk: %s\n' \
  "$title" $((elapsed / 1000)) $((elapsed % 1000)) $((usable / 1000)) $((usable % 1000)) "$OUT/smoke-workbench.png"

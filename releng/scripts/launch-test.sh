#!/usr/bin/env bash
# Tests of ./bondgenoot itself (the script and the fast launch), on the built product:
#   - `help` prints the help text that the build made from the CLI application, without starting Java;
#   - a home folder that cannot be written: the command still works, from a state folder under /tmp, and
#     says which folder it needed (also as a real unprivileged user when run as root);
#   - the JVM's heap is half of the machine's memory (or of the container's limit);
#   - no `cmd | grep -q` in the scripts: under `set -o pipefail` grep's early exit kills cmd with SIGPIPE
#     and the pipeline fails at random (the workbench said GTK 3 was missing);
#   - spreadsheets: export, import into a new model, a hostile file, the preview in the OSGi product;
#   - the one command line: every command in the help (generated from the contributions, the same in the
#     OSGi product), `help COMMAND`, `--version`, and an unknown command or option said in Dutch.
# Usage: bash releng/scripts/launch-test.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64"
MODEL="$ROOT/examples/skelet/kamperpoort-te-klein.bondgenoot"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
as_nobody=""
fail() { echo "MISLUKT: $*" >&2; failures=$((failures + 1)); }

# 1. help without Java: no java on the PATH and a JAVA_HOME that does not exist.
if out=$(env -i PATH=/usr/bin:/bin HOME="$WORK" JAVA_HOME=/nonexistent bash "$ROOT/bondgenoot" help 2>&1); then
  [ "$out" = "$(<"$PRODUCT/launch/help.txt")" ] || fail "help geeft niet de gebouwde hulptekst: $out"
  [[ $out == *"Afsluitcodes:"* ]] || fail "de hulptekst noemt de afsluitcodes niet"
else
  fail "help zonder Java mislukte: $out"
fi

# 2. A home folder that cannot be written (here: below a regular file, which even root cannot create).
touch "$WORK/bestand"
expect_fallback() { # $1 = description; runs ./bondgenoot validate with the environment in the rest
  local what=$1; shift
  local code=0 err
  err=$(env "$@" bash "$ROOT/bondgenoot" validate "$MODEL" 2>&1 >/dev/null) || code=$?
  [ "$code" = 1 ] || fail "$what: afsluitcode $code (verwacht 1: de bevinding NET-1); stderr: $err"
  [[ $err == *"kan niet worden aangemaakt of beschreven; ik gebruik "* ]] || fail "$what: geen melding over de statusmap: $err"
  [[ $err == *"NET-1"* ]] && fail "$what: bevindingen op standaardfout"
  return 0
}
expect_fallback "HOME onder een bestand" HOME="$WORK/bestand/thuis" XDG_STATE_HOME= TMPDIR="$WORK"
[ -d "$WORK/bondgenoot-$UID" ] || fail "geen terugvalmap $WORK/bondgenoot-$UID"
# As a real service account whose home is read-only (root may write anywhere, so switch user).
if [ "$UID" = 0 ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1 \
  && setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups test -r "$MODEL" -a -x "$ROOT/bondgenoot"; then
  mkdir -p "$WORK/alleen-lezen" && chmod 555 "$WORK/alleen-lezen" && chmod 755 "$WORK"
  # Both launches: before, the OSGi product ended with exit code 15 and no word (its configuration
  # fell back to the home folder).
  for launch in fast osgi; do
    code=0
    err=$(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups env HOME="$WORK/alleen-lezen" XDG_STATE_HOME= \
      BONDGENOOT_LAUNCH="$launch" bash "$ROOT/bondgenoot" validate "$MODEL" 2>&1 >/dev/null) || code=$?
    [ "$code" = 1 ] || fail "als nobody met een alleen-lezen thuismap ($launch): afsluitcode $code; stderr: $err"
    [[ $err == *"$WORK/alleen-lezen/.local/state/bondgenoot"*"ik gebruik "* ]] || fail "als nobody ($launch): geen melding over de statusmap: $err"
  done
  rm -rf "/tmp/bondgenoot-$(id -u nobody)"
  as_nobody=", ook als nobody"
fi

# 3. The heap follows the machine's memory (half of it), not a fixed -Xmx2g.
. "$ROOT/releng/scripts/select-jdk.sh"
. "$ROOT/releng/scripts/launch.sh"
bg_jvm_options "$WORK"
heap=$("$JAVA_HOME/bin/java" "${BG_JVM[@]}" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {print $4}')
memory=$(awk '/^MemTotal:/ {print $2 * 1024}' /proc/meminfo)
limit=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || echo max)
[[ $limit =~ ^[0-9]+$ ]] && [ "$limit" -lt "$memory" ] && memory=$limit
awk -v h="$heap" -v m="$memory" 'BEGIN {exit !(h > 0.45 * m && h < 0.55 * m)}' \
  || fail "de heap is $heap bytes bij $memory bytes geheugen (verwacht: de helft)"

# 4. No `| grep -q` under pipefail in the scripts.
if hits=$(grep -rnE '\|[[:space:]]*grep[[:space:]]+(-[a-zA-Z]*q|--quiet)' "$ROOT/bondgenoot" "$ROOT/releng" "$ROOT/.ci" \
  --include='*.sh' --include=bondgenoot --include=run --exclude=launch-test.sh 2>/dev/null | grep -vE '^[^:]+:[0-9]+:[[:space:]]*#'); then
  fail "'| grep -q' onder pipefail (grep stopt vroeg, de schrijver sterft aan SIGPIPE): $hits"
fi

# 5. Spreadsheets as a user runs them (issue 15), in real processes: the product's template, an export, an import into a
#    new model that validates, a second import with nothing to do, a photo named .xlsx that changes nothing and says so
#    in one line, and the preview in the OSGi product too (the same registry of formats).
sheet_model="$WORK/lijst.bondgenoot"
"$ROOT/bondgenoot" export --sjabloon xlsx --uit "$WORK/sjabloon.xlsx" >/dev/null || fail "export --sjabloon xlsx mislukte"
rc=0
err=$("$ROOT/bondgenoot" export --sjabloon graphml --uit "$WORK/sjabloon.graphml" 2>&1 >/dev/null) || rc=$?
[ "$rc" -eq 2 ] && [[ $err == *"geen sjabloon voor 'graphml'; kies csv of xlsx."* ]] && [ ! -e "$WORK/sjabloon.graphml" ] \
  || fail "een sjabloon van een formaat dat alleen uitgaat (graphml) werd niet geweigerd ($rc): $err"
"$ROOT/bondgenoot" export "$MODEL" --format xlsx --uit "$WORK/lijst.xlsx" >/dev/null || fail "export --format xlsx mislukte"
out=$("$ROOT/bondgenoot" import "$WORK/lijst.xlsx" --in "$sheet_model" 2>&1) || fail "import in een nieuw model mislukte: $out"
[[ $out == *"Geïmporteerd in $sheet_model"* ]] || fail "import zegt niet waar het schreef: $out"
"$ROOT/bondgenoot" validate "$sheet_model" >/dev/null 2>&1 || [ $? -eq 1 ] || fail "het geïmporteerde model laat zich niet toetsen"
out=$("$ROOT/bondgenoot" import "$WORK/lijst.xlsx" --in "$sheet_model" 2>&1) || fail "tweede import mislukte: $out"
[[ $out == *"Niets te doen"* ]] || fail "een tweede import vond nog verschillen: $out"
head -c 4096 /dev/urandom >"$WORK/foto.xlsx"
cp "$sheet_model" "$WORK/voor.bondgenoot"
rc=0
err=$("$ROOT/bondgenoot" import "$WORK/foto.xlsx" --in "$sheet_model" 2>&1 >/dev/null) || rc=$?
[ "$rc" -eq 2 ] || fail "een foto als .xlsx gaf afsluitcode $rc (verwacht 2)"
[ "$(wc -l <<<"$err")" -eq 1 ] && [[ $err == *"geen Excel-werkmap"* ]] || fail "een foto als .xlsx: niet één Nederlandse regel: $err"
cmp -s "$sheet_model" "$WORK/voor.bondgenoot" || fail "een afgewezen import veranderde het model"
out=$(BONDGENOOT_LAUNCH=osgi "$ROOT/bondgenoot" import "$WORK/lijst.xlsx" --in "$sheet_model" --voorbeeld 2>&1) \
  || fail "import --voorbeeld in het OSGi-product mislukte: $out"
[[ $out == *"Voorbeeld: 0 toegevoegd, 0 gewijzigd, 0 verwijderd, 0 afgewezen"* ]] || fail "OSGi-import ziet verschillen: $out"

# 6. The one command line (issue 17): the commands are contributions; the script passes every one through.
help=$(<"$PRODUCT/launch/help.txt")
for command in validate rules serve export analyse import lsp diff merge; do
  [[ $help == *$'\n'"  $command "* ]] || fail "help noemt $command niet"
done
osgi_help=$(BONDGENOOT_LAUNCH=osgi "$ROOT/bondgenoot" help 2>/dev/null) || fail "help in het OSGi-product mislukte"
[ "$osgi_help" = "$help" ] || fail "help in het OSGi-product wijkt af van launch/help.txt: $osgi_help"
out=$("$ROOT/bondgenoot" help export 2>&1) || fail "help export mislukte: $out"
[[ $out == "Gebruik: bondgenoot export "* && $out == *"--alle-weergaven"* ]] || fail "help export toont de opties niet: $out"
out=$("$ROOT/bondgenoot" --version 2>&1) || fail "--version mislukte: $out"
[[ $out =~ ^Bondgenoot\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "--version zegt geen versie: $out"
rc=0
err=$("$ROOT/bondgenoot" opruimen 2>&1) || rc=$?
[ "$rc" -eq 2 ] && [ "$err" = "bondgenoot: onbekend commando 'opruimen'. Zie 'bondgenoot help'." ] || fail "onbekend commando ($rc): $err"
rc=0
err=$("$ROOT/bondgenoot" rules --bronnen --domeinmodel 2>&1 >/dev/null) || rc=$?
[ "$rc" -eq 2 ] && [[ $err == "bondgenoot rules: "* ]] || fail "rules met twee keuzes ($rc): $err"

if [ "$failures" -gt 0 ]; then
  exit 1
fi
echo "Starttest geslaagd: help zonder Java, terugval bij een onbeschrijfbare thuismap$as_nobody, heap uit het geheugen, geen '| grep -q' onder pipefail, spreadsheets heen en terug, de ene opdrachtregel"

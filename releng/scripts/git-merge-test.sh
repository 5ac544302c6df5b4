#!/usr/bin/env bash
# The Git merge driver with real Git and the built product, configured with exactly the lines of the
# README (section "Comparing and merging models with Git"): `.gitattributes` and `git config`, with
# /pad/naar/bondgenoot replaced by this checkout's ./bondgenoot. Git itself then calls
# `./bondgenoot merge %O %A %B %P` (the fast launch, as for a user). Checks:
#   1. two branches change different actors and relations of one model (changes on the same and on
#      neighbouring lines, which Git's own text merge would mark as conflicts) -> `git merge` succeeds,
#      the model loads (./bondgenoot validate) and holds both sides' changes, no conflict markers;
#   2. both branches change one actor's soort -> `git merge` fails, the conflict is reported per element
#      in Dutch, the file loads, keeps our soort, and Git lists it as conflicted;
#   3. the .netwerkkaart: both branches move different elements (neighbouring lines) -> merged cleanly;
#   4. an assessment (.beoordeling) in a subfolder beside its model: one branch changes an answer, the other
#      an indicator's judgement -> merged cleanly, the references into the model kept, the file loads.
# Usage: bash releng/scripts/git-merge-test.sh   (needs the built product and the git binary)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
BONDGENOOT="$ROOT/bondgenoot"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "MISLUKT: $*" >&2; failures=$((failures + 1)); }
command -v git >/dev/null || { echo "git-merge-test: git ontbreekt (Debian-pakket git)" >&2; exit 2; }

TRAVERS=6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102
DE_KERN=6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103
# No user or system configuration of the machine's git: only what this test sets.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.org

# A repository with the Kamperpoort skeleton and its map, configured as the README says.
new_repository() {
  local repo=$1
  git init -q -b main "$repo"
  cp "$ROOT/examples/skelet/kamperpoort-kern.bondgenoot" "$repo/regio.bondgenoot"
  cat >"$repo/regio.netwerkkaart" <<'JSON'
{
  "formaat": "bondgenoot-netwerkkaart",
  "versie": 2,
  "weergaven": [
    {
      "naam": "Netwerkkaart",
      "weergave": "netwerkkaart",
      "selectie": { "soort": "alles" },
      "lagen": {},
      "filters": [],
      "elementen": [
        { "id": "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101", "x": 40, "y": 120 },
        { "id": "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1102", "x": 300, "y": 80 },
        { "id": "6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1103", "x": 300, "y": 200 }
      ]
    }
  ]
}
JSON
  grep -E '^\*\.(bondgenoot|netwerkkaart|beoordeling) +merge=bondgenoot$' "$ROOT/README.md" >"$repo/.gitattributes" || true
  [ "$(wc -l <"$repo/.gitattributes")" = 3 ] || fail "README: de drie .gitattributes-regels niet gevonden"
  local line
  while IFS= read -r line; do
    (cd "$repo" && eval "${line//\/pad\/naar\/bondgenoot/$BONDGENOOT}")
  done < <(grep -E "^git config merge\\.bondgenoot\\." "$ROOT/README.md" || true)
  [ -n "$(git -C "$repo" config merge.bondgenoot.driver)" ] || fail "README: de regel git config merge.bondgenoot.driver niet gevonden"
  git -C "$repo" add -A && git -C "$repo" commit -q -m basis
}

loads() { # the model loads: validate answers 0 (no errors) or 1 (findings), not 2 (unreadable)
  local rc=0
  "$BONDGENOOT" validate "$1" >/dev/null 2>"$WORK/validate.err" || rc=$?
  [ "$rc" -le 1 ] || fail "$1 laadt niet: $(cat "$WORK/validate.err")"
}

# 1. Different actors and relations on two branches.
R1="$WORK/schoon"
new_repository "$R1"
git -C "$R1" checkout -q -b ons
sed -i "s|soort=\"welzijn\"/>|soort=\"ggz\"/>|" "$R1/regio.bondgenoot"   # Travers: soort (his second line)
sed -i "s|</bondgenoot:Governancemodel>|  <sturingsrelaties id=\"0000aaaa-0000-4000-8000-000000000401\" naam=\"Opdracht huisbezoek\" van=\"6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101\"\n      naar=\"$TRAVERS\" soort=\"SUBSIDIE\"/>\n</bondgenoot:Governancemodel>|" "$R1/regio.bondgenoot"
git -C "$R1" commit -q -am "ons: Travers ggz, opdracht huisbezoek"
git -C "$R1" checkout -q main
sed -i "s|naam=\"Travers\"|naam=\"Travers Welzijn\"|" "$R1/regio.bondgenoot"   # Travers: naam (his first line)
sed -i "s|naam=\"De Kern\"|naam=\"De Kern Zwolle\"|" "$R1/regio.bondgenoot"
sed -i "s|</bondgenoot:Governancemodel>|  <sturingsrelaties id=\"0000aaaa-0000-4000-8000-000000000402\" naam=\"Subsidie maatschappelijk werk\" van=\"6f1c2a3e-0b7d-4c1e-9a51-3d2f8e7b1101\"\n      naar=\"$DE_KERN\" soort=\"SUBSIDIE\"/>\n</bondgenoot:Governancemodel>|" "$R1/regio.bondgenoot"
git -C "$R1" commit -q -am "main: namen, subsidie"
if git -C "$R1" merge -q --no-edit ons >"$WORK/merge1.out" 2>&1; then
  loads "$R1/regio.bondgenoot"
  for expected in 'naam="Travers Welzijn"' 'soort="ggz"' 'naam="De Kern Zwolle"' 'naam="Opdracht huisbezoek"' 'naam="Subsidie maatschappelijk werk"'; do
    grep -qF "$expected" "$R1/regio.bondgenoot" || fail "samengevoegd model mist $expected"
  done
  ! grep -qE '^(<<<<<<<|=======|>>>>>>>)' "$R1/regio.bondgenoot" || fail "conflictmarkeringen in het model"
  # From the common base (HEAD~2) to the merge: both relations added, both actors changed.
  "$BONDGENOOT" diff "$R1/regio.bondgenoot" --git HEAD~2 >"$WORK/diff1.out" || true
  grep -qF ": 2 toegevoegd, 0 verwijderd, 2 gewijzigd, 0 verplaatst" "$WORK/diff1.out" \
    || fail "diff --git HEAD~2 na de merge: $(cat "$WORK/diff1.out")"
else
  fail "git merge met de driver mislukte: $(cat "$WORK/merge1.out")"
fi

# 2. One actor's soort on both branches.
R2="$WORK/conflict"
new_repository "$R2"
git -C "$R2" checkout -q -b hun
sed -i "s|soort=\"welzijn\"/>|soort=\"jeugdzorg\"/>|" "$R2/regio.bondgenoot"
git -C "$R2" commit -q -am "hun: Travers jeugdzorg"
git -C "$R2" checkout -q main
sed -i "s|soort=\"welzijn\"/>|soort=\"ggz\"/>|" "$R2/regio.bondgenoot"
sed -i "s|naam=\"De Kern\"|naam=\"De Kern Zwolle\"|" "$R2/regio.bondgenoot"
git -C "$R2" commit -q -am "main: Travers ggz"
if git -C "$R2" merge --no-edit hun >"$WORK/merge2.out" 2>&1; then
  fail "git merge meldde geen conflict"
fi
grep -qF "bondgenoot merge: regio.bondgenoot: 1 conflict (onze versie gehouden):" "$WORK/merge2.out" \
  || fail "geen conflictmelding van de driver: $(cat "$WORK/merge2.out")"
grep -qF "Actor 'Travers', Soort: beide kanten wijzigden dit, elk anders; wij gehouden (wij: ggz; zij: jeugdzorg)" "$WORK/merge2.out" \
  || fail "het conflict noemt het element niet: $(cat "$WORK/merge2.out")"
loads "$R2/regio.bondgenoot"
grep -qF 'soort="ggz"' "$R2/regio.bondgenoot" || fail "onze soort is niet gehouden"
! grep -qE '^(<<<<<<<|=======|>>>>>>>)' "$R2/regio.bondgenoot" || fail "conflictmarkeringen in het model"
[ "$(git -C "$R2" diff --name-only --diff-filter=U)" = regio.bondgenoot ] || fail "git noemt regio.bondgenoot niet als conflict"

# 3. The map: both branches move a different element, on neighbouring lines.
R3="$WORK/kaart"
new_repository "$R3"
git -C "$R3" checkout -q -b ons
sed -i 's|"x": 300, "y": 80|"x": 320, "y": 40|' "$R3/regio.netwerkkaart"
git -C "$R3" commit -q -am "ons: Travers verplaatst"
git -C "$R3" checkout -q main
sed -i 's|"x": 300, "y": 200|"x": 520, "y": 220|' "$R3/regio.netwerkkaart"
git -C "$R3" commit -q -am "main: De Kern verplaatst"
if git -C "$R3" merge -q --no-edit ons >"$WORK/merge3.out" 2>&1; then
  grep -qF "\"id\": \"$TRAVERS\", \"x\": 320, \"y\": 40" "$R3/regio.netwerkkaart" || fail "kaart mist de plaats van Travers"
  grep -qF "\"id\": \"$DE_KERN\", \"x\": 520, \"y\": 220" "$R3/regio.netwerkkaart" || fail "kaart mist de plaats van De Kern"
  "$BONDGENOOT" export "$R3/regio.bondgenoot" --format svg --uit "$WORK/kaart.svg" >/dev/null 2>"$WORK/export.err" \
    || fail "de samengevoegde kaart laadt niet: $(cat "$WORK/export.err")"
else
  fail "git merge van de netwerkkaart mislukte: $(cat "$WORK/merge3.out")"
fi

# 4. An assessment beside its model in a subfolder: an answer on one branch, a judgement on the other.
R4="$WORK/beoordeling"
new_repository "$R4"
mkdir -p "$R4/netwerken"
cp "$ROOT/examples/netwerken/ok-team-kamperpoort.bondgenoot" "$ROOT/examples/netwerken/ok-team-kamperpoort-checklist.beoordeling" "$R4/netwerken/"
git -C "$R4" add -A && git -C "$R4" commit -q -m "checklist OK-team"
B="$R4/netwerken/ok-team-kamperpoort-checklist.beoordeling"
git -C "$R4" checkout -q -b ons
sed -i 's|wie het initiatief nam, zegt de bijlage niet.|wie het initiatief nam, zegt de bijlage niet; navragen.|' "$B"
git -C "$R4" commit -q -am "ons: A.Q5 toegelicht"
git -C "$R4" checkout -q main
sed -i 's|oordeel="DEELS"|oordeel="ONVOLDOENDE"|' "$B"
git -C "$R4" commit -q -am "main: A.I3 onvoldoende"
if git -C "$R4" merge -q --no-edit ons >"$WORK/merge4.out" 2>&1; then
  grep -qF "zegt de bijlage niet; navragen." "$B" || fail "samengevoegde beoordeling mist het antwoord van ons"
  grep -qF 'oordeel="ONVOLDOENDE"' "$B" || fail "samengevoegde beoordeling mist het oordeel van main"
  grep -qF '<actor href="ok-team-kamperpoort.bondgenoot#482635fb-ad14-436f-bb71-7858794aad90"/>' "$B" \
    || fail "de verwijzing naar het model is veranderd: $(grep -n href "$B" | head -3)"
  "$BONDGENOOT" diff "$B" "$B" >/dev/null 2>"$WORK/diff4.err" || fail "de samengevoegde beoordeling laadt niet: $(cat "$WORK/diff4.err")"
else
  fail "git merge van de beoordeling mislukte: $(cat "$WORK/merge4.out")"
fi

if [ "$failures" -gt 0 ]; then
  echo "git-merge-test: $failures mislukt" >&2
  exit 1
fi
echo "git-merge-test: 4 geslaagd (schone merge, conflict per element, netwerkkaart, beoordeling)"

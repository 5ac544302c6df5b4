#!/usr/bin/env bash
# The example plug-in (examples/plugin/) installed from the built update site into a COPY of the built product, as a
# user does it: `./bondgenoot install SITE FEATURE`, then the product started headless sees what the plug-in adds,
# then `./bondgenoot uninstall FEATURE` and it is gone. Checks, each counted:
#   1. before: validate of the plug-in's example model reports no WIJK- rule; the view Wijkteams is not drawn;
#   2. a site that does not exist and a feature the site does not have: exit code 2, a Dutch message (the
#      second lists the site's features), nothing installed;
#   3. install: exit code 0; the bundle is in the copy's plugins/ and bundles.info, not in the built product;
#   4. validate (fast launch, re-planned by install) and validate in OSGi (BONDGENOOT_LAUNCH=osgi) report WIJK-1
#      and WIJK-2; `rules` lists them;
#   5. export --weergave Wijkteams draws the SVG with the plug-in's look for its actor kind;
#   6. uninstall: exit code 0; validate and export no longer show the plug-in; a second uninstall says in Dutch
#      that it is not installed.
#   7. the plug-in's command (wijkteams, a contribution to nl.bondgenoot.cli.commands): in `./bondgenoot help`
#      and running after install; gone from the help and an unknown command after uninstall.
# Usage: bash releng/scripts/install-test.sh   (needs the built product and releng/nl.bondgenoot.site/target/repository)
set -uo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
BONDGENOOT="$ROOT/bondgenoot"
BUILT="$ROOT/releng/nl.bondgenoot.product/target/products/nl.bondgenoot.product/linux/gtk/x86_64"
SITE="$ROOT/releng/nl.bondgenoot.site/target/repository"
FEATURE=org.example.bondgenoot.wijkteams.feature
BUNDLE=org.example.bondgenoot.wijkteams
MODEL="$ROOT/examples/plugin/voorbeeld/wijkteam-berflo-es.bondgenoot"
for needed in "$BUILT/launch/help.txt" "$SITE/content.jar"; do
  [ -e "$needed" ] || { echo "install-test: $needed ontbreekt; bouw eerst: ./mvnw -o -q clean verify -DskipTests" >&2; exit 2; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$BUILT" "$WORK/product"
cp "$MODEL" "${MODEL%.bondgenoot}.netwerkkaart" "$WORK/"
MODEL="$WORK/$(basename "$MODEL")"
export BONDGENOOT_PRODUCT="$WORK/product" XDG_STATE_HOME="$WORK/state"

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() { failed=$((failed + 1)); echo "MISLUKT: $*" >&2; }
# run NAME ARGS...: ./bondgenoot ARGS with standard output in $WORK/NAME.out, standard error in NAME.err; exit code in $code
run() {
  local name=$1; shift
  code=0
  "$BONDGENOOT" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || code=$?
}
has() { grep -qF -- "$2" "$WORK/$1"; }

echo "-- vóór de installatie"
run validate-voor validate "$MODEL"
if ! has validate-voor.out "WIJK-" && has validate-voor.out "Netwerk 'Sleutelteam Berflo Es'"; then ok "validate kent WIJK-1 en WIJK-2 nog niet"
else fail "validate vóór installeren: $(cat "$WORK/validate-voor.out" "$WORK/validate-voor.err")"; fi
run export-voor export "$MODEL" --format svg --weergave Wijkteams --uit "$WORK/voor.svg"
if ! grep -qs "#e0f2f1" "$WORK/voor.svg"; then ok "export tekent de weergave Wijkteams niet (afsluitcode $code)"
else fail "export vóór installeren tekende de weergave van de plug-in al"; fi

echo "-- verkeerde updatesite en verkeerde feature"
run site-fout install "$WORK/bestaat-niet" "$FEATURE"
if [ "$code" = 2 ] && has site-fout.err "de updatesite '$WORK/bestaat-niet' bestaat niet"; then ok "onbekende updatesite: afsluitcode 2, Nederlandse melding"
else fail "onbekende updatesite: afsluitcode $code, $(cat "$WORK/site-fout.err")"; fi
run feature-fout install "$SITE" org.example.bestaat.niet
if [ "$code" = 2 ] && has feature-fout.err "heeft geen feature 'org.example.bestaat.niet'. Features op deze site:" \
    && has feature-fout.err "$FEATURE" && [ -z "$(compgen -G "$WORK/product/plugins/$BUNDLE"_* || true)" ]; then
  ok "onbekende feature: afsluitcode 2, de features van de site genoemd, niets geïnstalleerd"
else fail "onbekende feature: afsluitcode $code, $(cat "$WORK/feature-fout.err")"; fi

echo "-- installeren"
run install install "$SITE" "$FEATURE"
cat "$WORK/install.out"
if [ "$code" = 0 ] && has install.out "Geïnstalleerd: $FEATURE" && [ -n "$(compgen -G "$WORK/product/plugins/$BUNDLE"_*.jar || true)" ] \
    && grep -q "^$BUNDLE," "$WORK/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    && [ -z "$(compgen -G "$BUILT/plugins/$BUNDLE"_* || true)" ]; then
  ok "install: de bundel staat in plugins/ en bundles.info van de kopie, niet in het gebouwde product"
else fail "install: afsluitcode $code, $(cat "$WORK/install.out" "$WORK/install.err")"; fi

run validate-na validate "$MODEL"
if has validate-na.out "WIJK-1" && has validate-na.out "WIJK-2" && has validate-na.out "Orgaan 'Teamoverleg Sleutelteam' is een wijkteam met leden uit één discipline"; then
  ok "validate (snelle start) meldt WIJK-1 en WIJK-2"
else fail "validate na installeren: $(cat "$WORK/validate-na.out" "$WORK/validate-na.err")"; fi
code=0
BONDGENOOT_LAUNCH=osgi "$BONDGENOOT" validate "$MODEL" >"$WORK/validate-osgi.out" 2>"$WORK/validate-osgi.err" || code=$?
if has validate-osgi.out "WIJK-1" && has validate-osgi.out "WIJK-2"; then ok "validate in OSGi meldt WIJK-1 en WIJK-2"
else fail "validate in OSGi na installeren: $(cat "$WORK/validate-osgi.out" "$WORK/validate-osgi.err")"; fi
run rules rules
if has rules.out "WIJK-1" && has rules.out "Een wijkteam heeft een opdrachtgever"; then ok "rules toont de regels van de plug-in"
else fail "rules na installeren: $(tail -n 5 "$WORK/rules.out") $(cat "$WORK/rules.err")"; fi
run export-na export "$MODEL" --format svg --weergave Wijkteams --uit "$WORK/na.svg"
if [ "$code" = 0 ] && grep -q 'fill="#e0f2f1"' "$WORK/na.svg" && grep -qF "Wijkteam (actorsoort van de plug-in)" "$WORK/na.svg"; then
  ok "export --weergave Wijkteams tekent het wijkteam in de stijl van de plug-in"
else fail "export na installeren: afsluitcode $code, $(cat "$WORK/export-na.out" "$WORK/export-na.err")"; fi
# The plug-in's own command: in the generated help (launch/help.txt, written again by install) and it runs.
run help-na help
if has help-na.out "  wijkteams MODEL"; then ok "help noemt het commando wijkteams van de plug-in"
else fail "help na installeren noemt wijkteams niet: $(cat "$WORK/help-na.out" "$WORK/help-na.err")"; fi
run wijkteams-na wijkteams "$MODEL"
if [ "$code" = 0 ] && has wijkteams-na.out "Teamoverleg Sleutelteam ("; then ok "wijkteams (het commando van de plug-in) draait"
else fail "wijkteams na installeren: afsluitcode $code, $(cat "$WORK/wijkteams-na.out" "$WORK/wijkteams-na.err")"; fi

echo "-- verwijderen"
run uninstall uninstall "$FEATURE"
cat "$WORK/uninstall.out"
if [ "$code" = 0 ] && has uninstall.out "Verwijderd: $FEATURE" \
    && ! grep -q "^$BUNDLE," "$WORK/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
  ok "uninstall: de bundel is uit bundles.info"
else fail "uninstall: afsluitcode $code, $(cat "$WORK/uninstall.out" "$WORK/uninstall.err")"; fi
run validate-weg validate "$MODEL"
code_osgi=0
BONDGENOOT_LAUNCH=osgi "$BONDGENOOT" validate "$MODEL" >"$WORK/validate-osgi-weg.out" 2>&1 || code_osgi=$?
if ! has validate-weg.out "WIJK-" && ! has validate-osgi-weg.out "WIJK-"; then ok "validate (snel en OSGi) meldt geen WIJK-regel meer"
else fail "validate na verwijderen: $(cat "$WORK/validate-weg.out" "$WORK/validate-osgi-weg.out")"; fi
run export-weg export "$MODEL" --format svg --weergave Wijkteams --uit "$WORK/weg.svg"
if ! grep -qs "#e0f2f1" "$WORK/weg.svg"; then ok "export tekent de weergave Wijkteams niet meer (afsluitcode $code)"
else fail "export na verwijderen tekende de weergave van de plug-in nog"; fi
run help-weg help
run wijkteams-weg wijkteams "$MODEL"
if ! has help-weg.out "wijkteams" && [ "$code" = 2 ] && has wijkteams-weg.err "onbekend commando 'wijkteams'"; then
  ok "help noemt wijkteams niet meer; het commando is onbekend"
else fail "wijkteams na verwijderen: afsluitcode $code, $(cat "$WORK/wijkteams-weg.err")"; fi
run uninstall-weer uninstall "$FEATURE"
if [ "$code" = 2 ] && has uninstall-weer.err "'$FEATURE' is niet met 'bondgenoot install' geïnstalleerd"; then
  ok "nogmaals verwijderen: afsluitcode 2, Nederlandse melding"
else fail "nogmaals verwijderen: afsluitcode $code, $(cat "$WORK/uninstall-weer.err")"; fi

echo "install-test: $passed passed, $failed failed"
[ "$failed" = 0 ]

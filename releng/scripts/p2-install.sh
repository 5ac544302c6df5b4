# Sourced (bash) by ./bondgenoot for `install` and `uninstall`: a plug-in's feature from a p2 update site into the
# product, without the p2 UI. The built product is a p2 installation (profile in p2/, its name in
# configuration/config.ini as eclipse.p2.profile); the p2 director application that the product itself ships
# (org.eclipse.equinox.p2.director) changes that profile, and bundles.info with it, so the OSGi product sees the
# plug-in at its next start. The fast launch reads no profile: its class paths were planned at build time from the
# bundles in bundles.info, so they are planned again (bg_plan, launch.sh) after every change. Needs launch.sh sourced.
#   bg_install PRODUCT STATE SITE FEATURE    exit code 0 when installed, 2 for a wrong site, feature or product
#   bg_uninstall PRODUCT STATE FEATURE

BG_DIRECTOR_APP=org.eclipse.equinox.p2.director

# The p2 profile of the product, or a Dutch message and return 2 when it is no p2 installation.
bg_p2_profile() {
  local product=$1 profile
  profile=$(sed -n 's/^eclipse\.p2\.profile=//p' "$product/configuration/config.ini" 2>/dev/null | head -n 1)
  if [ -z "$profile" ] || [ ! -d "$product/p2/org.eclipse.equinox.p2.engine/profileRegistry/$profile.profile" ]; then
    echo "bondgenoot: $product is geen p2-installatie (geen profiel in p2/); installeren kan alleen in een gebouwd product." >&2
    return 2
  fi
  if [ ! -w "$product/plugins" ] || [ ! -w "$product/p2" ] || [ ! -w "$product/configuration" ]; then
    echo "bondgenoot: de installatie $product kan niet worden beschreven; installeer als de eigenaar ervan, of in een kopie." >&2
    return 2
  fi
  printf '%s\n' "$profile"
}

# The director on the product itself; its output in $BG_P2_LOG, its exit code returned.
bg_director() {
  local product=$1 state=$2; shift 2
  bg_osgi_launch "$product" "$state" "$BG_DIRECTOR_APP"
  "${BG_JAVA[@]}" -data @none "$@" >"$BG_P2_LOG" 2>&1
}

# A feature's installable unit: the id as in feature.xml, with or without p2's suffix .feature.group.
bg_feature_unit() {
  local feature=${1%.feature.group}
  printf '%s.feature.group\n' "$feature"
}

# The site as a URI: a folder (made absolute) or a file:, http: or https: address as given; else a Dutch message.
bg_site_uri() {
  local site=$1
  case "$site" in
    file:*|http://*|https://*) printf '%s\n' "$site"; return 0 ;;
  esac
  if [ ! -d "$site" ]; then
    echo "bondgenoot install: de updatesite '$site' bestaat niet; geef een map met een p2-updatesite (zoals releng/nl.bondgenoot.site/target/repository) of een file:- of http:-adres." >&2
    return 2
  fi
  if [ -z "$(compgen -G "$site/content.*" || true)" ] && [ -z "$(compgen -G "$site/compositeContent.*" || true)" ]; then
    echo "bondgenoot install: de map '$site' is geen p2-updatesite (er staat geen content.jar, content.xml of compositeContent in)." >&2
    return 2
  fi
  printf 'file:%s\n' "$(cd "$site" && pwd)"
}

# The feature ids (without .feature.group) in the director's list output.
bg_feature_ids() {
  { sed -n 's/^\(.*\)\.feature\.group=.*$/\1/p' "$BG_P2_LOG" | grep -v '\.source$' | sort -u | paste -sd ' ' - | sed 's/ /, /g'; } || true
}

# The applications the fast launch serves, without Eclipse's own (p2's director, the error application).
bg_planned_commands() {
  (cd "$1/launch" && ls -- *.classpath | sed 's/\.classpath$//' | grep -v '^org\.eclipse\.' | paste -sd ' ' - || true)
}

bg_install() {
  local product=$1 state=$2 site=$3 feature=$4 profile uri unit
  profile=$(bg_p2_profile "$product") || return 2
  uri=$(bg_site_uri "$site") || return 2
  unit=$(bg_feature_unit "$feature")
  BG_P2_LOG="$state/p2-director.log"
  if ! bg_director "$product" "$state" -repository "$uri" -list; then
    echo "bondgenoot install: '$site' kon niet als p2-updatesite worden gelezen. Het verslag van p2 staat in $BG_P2_LOG; de laatste regels:" >&2
    tail -n 5 "$BG_P2_LOG" >&2
    return 2
  fi
  if ! grep -q "^$unit=" "$BG_P2_LOG"; then
    echo "bondgenoot install: de updatesite '$site' heeft geen feature '${feature%.feature.group}'. Features op deze site: $(bg_feature_ids)." >&2
    return 2
  fi
  local version
  version=$(sed -n "s/^$unit=//p" "$BG_P2_LOG" | sort -V | tail -n 1)
  if ! bg_director "$product" "$state" -repository "$uri" -installIU "$unit" -destination "$product" -profile "$profile"; then
    echo "bondgenoot install: p2 kon '${feature%.feature.group}' niet installeren in $product. Het verslag van p2 staat in $BG_P2_LOG; wat p2 zegt:" >&2
    { grep -v '^\s*$' "$BG_P2_LOG" | grep -v -i 'warning' | tail -n 8 >&2; } || true
    return 2
  fi
  bg_plan "$product" "$state"
  echo "Geïnstalleerd: ${feature%.feature.group} $version uit $uri in $product."
  echo "De snelle start is opnieuw gepland: $(bg_planned_commands "$product")."
}

bg_uninstall() {
  local product=$1 state=$2 feature=$3 profile unit
  profile=$(bg_p2_profile "$product") || return 2
  unit=$(bg_feature_unit "$feature")
  BG_P2_LOG="$state/p2-director.log"
  if ! bg_director "$product" "$state" -listInstalledRoots -destination "$product" -profile "$profile"; then
    echo "bondgenoot uninstall: p2 kon de installatie $product niet lezen. Het verslag staat in $BG_P2_LOG." >&2
    return 2
  fi
  if ! grep -q "^$unit/" "$BG_P2_LOG"; then
    local installed
    installed=$(sed -n 's/^\(.*\)\.feature\.group\/.*$/\1/p' "$BG_P2_LOG" | grep -v '^nl\.bondgenoot\.feature$' | paste -sd ' ' - | sed 's/ /, /g' || true)
    echo "bondgenoot uninstall: '${feature%.feature.group}' is niet met 'bondgenoot install' geïnstalleerd in $product. Geïnstalleerde plug-ins: ${installed:-geen}." >&2
    return 2
  fi
  if ! bg_director "$product" "$state" -uninstallIU "$unit" -destination "$product" -profile "$profile"; then
    echo "bondgenoot uninstall: p2 kon '${feature%.feature.group}' niet verwijderen. Het verslag van p2 staat in $BG_P2_LOG; de laatste regels:" >&2
    tail -n 8 "$BG_P2_LOG" >&2
    return 2
  fi
  bg_plan "$product" "$state"
  echo "Verwijderd: ${feature%.feature.group} uit $product."
  echo "De snelle start is opnieuw gepland: $(bg_planned_commands "$product")."
}

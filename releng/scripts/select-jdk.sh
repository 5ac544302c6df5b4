# Sourced (POSIX sh) by mvnw, ./bondgenoot and the test script: makes JAVA_HOME point to a JDK 21+.
# Tycho 5 and the current Eclipse Platform need Java 21; many Debian machines default to 17.

bg_java_major() { # $1 = java executable; prints its major version or nothing
  # The JDK's release file says it without starting Java (which costs a tenth of a second or more).
  if [ -f "${1%/bin/java}/release" ]; then
    while IFS='=' read -r bg_key bg_value; do
      if [ "$bg_key" = JAVA_VERSION ]; then
        bg_value=${bg_value#\"}
        bg_value=${bg_value%%[.\"]*}
        case "$bg_value" in ''|*[!0-9]*) ;; *) echo "$bg_value"; return 0 ;; esac
      fi
    done <"${1%/bin/java}/release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

bg_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(bg_java_major "$JAVA_HOME/bin/java")
    [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    jhome=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(bg_java_major "$jhome/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA_HOME=$jhome; export JAVA_HOME; return 0; fi
  fi
  best=""; bestv=0
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(bg_java_major "$d/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "Bondgenoot heeft een JDK 21 of nieuwer nodig; er is er geen gevonden (ook niet onder /usr/lib/jvm)." >&2
  echo "Installeer er een, bijvoorbeeld: sudo apt-get install openjdk-21-jdk-headless  (of zet JAVA_HOME)." >&2
  return 1
}

case $- in *f*) bg_noglob=1; set +f ;; *) bg_noglob=0 ;; esac
bg_select_jdk || exit 1
[ "$bg_noglob" = 1 ] && set -f
unset bg_noglob

# Sourced (bash) by ./bondgenoot, releng/benchmark.sh and the build (launch-plan.sh): how the product's
# Java is started. Needs JAVA_HOME (select-jdk.sh) and ROOT (the checkout).
#   bg_jvm_options STATE          -> BG_JVM: the JVM options of every launch (heap, encoding, logging)
#   bg_fast_launch PRODUCT STATE APPLICATION [COMMAND] -> BG_JAVA: the command line of the fast launch
#                                    (plain class path, no OSGi) of an application (for nl.bondgenoot.cli.app:
#                                    of one of its commands, which picks its own class path, class data
#                                    archive and compiler); returns 1 when the build made no plan for it
#                                    (then the OSGi product runs it)
#   bg_osgi_launch PRODUCT STATE APPLICATION -> BG_JAVA: the command line of the OSGi product
#   bg_plan PRODUCT STATE         plans the fast launch from the installed bundles (at build time, and again
#                                    after `bondgenoot install` or `uninstall` changed them)

bg_jvm_options() {
  local state=$1
  # The heap follows the machine (or the container's limit): half of its memory, not a fixed size.
  BG_JVM=(-XX:MaxRAMPercentage=50 -Dfile.encoding=UTF-8 -Dbondgenoot.state="$state"
    -Djava.util.logging.config.file="$ROOT/releng/scripts/logging.properties"
    -Dlog4j.configuration="file:$ROOT/releng/scripts/log4j.properties"
    -Dlog4j2.configurationFile="$ROOT/releng/scripts/log4j2.properties"
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
    # The JVM's own warnings go to standard error: standard output is the user's (and JSON-RPC's for
    # lsp); what class data sharing skips while it archives is no news for the user.
    -Xlog:disable -Xlog:all=warning,cds*=off,aot*=off:stderr)
  # Guice (Xtext, GLSP) still uses sun.misc.Unsafe; JDK 23+ warns about it at every start.
  if [ "$(bg_java_major "$JAVA_HOME/bin/java")" -ge 23 ]; then
    BG_JVM+=(--sun-misc-unsafe-memory-access=allow)
  fi
}

bg_fast_launch() {
  local product=$1 state=$2 app=$3 command=${4-}
  local plan="$product/launch/$app.classpath" entries cp
  [ -f "$plan" ] || return 1
  # A command's own class path (its bundle and what it needs, not the other commands'), when the build
  # planned one; help and unknown commands get the application's, with every command.
  if [[ $command == [a-z]* ]] && [ -f "$product/launch/$app/$command.classpath" ]; then
    plan="$product/launch/$app/$command.classpath"
  fi
  mapfile -t entries <"$plan"
  printf -v cp "$product/%s:" "${entries[@]}"
  bg_jvm_options "$state"
  BG_JAVA=("$JAVA_HOME/bin/java" "${BG_JVM[@]}")
  # Class Data Sharing: the build archives the classes of a typical run of each command (launch-plan.sh:
  # one archive per command, as each loads other classes from the same class path); a start maps them
  # instead of loading them one by one. A command without one, or when the JDK or the jars have changed
  # since, makes it at its first run (where it may write).
  local archive=$app
  case "$command" in [a-z]*) archive=$command ;; esac
  if [ "${BG_CDS-on}" != off ]; then
    BG_JAVA+=(-XX:SharedArchiveFile="$product/launch/cds/$archive.jsa" -XX:+AutoCreateSharedArchive)
  fi
  # Without the optimizing compiler (C2) a command spends a third less processor time: `validate` of a
  # 10 MB model took 4.4 s instead of 7.9-9.5 s, the language server's start 1.6 s of processor time
  # instead of 2.4 s (busy 2-core machine). The map server keeps it: its layouts of large networks run
  # long enough to pay it back.
  case "$command" in
    serve) ;;
    *) BG_JAVA+=(-XX:TieredStopAtLevel=1) ;;
  esac
  BG_JAVA+=(-cp "${cp%:}" nl.bondgenoot.launcher.FastLaunch "$app")
}

bg_osgi_launch() {
  local product=$1 state=$2 app=$3 launcher
  launcher=$(compgen -G "$product/plugins/org.eclipse.equinox.launcher_*.jar" | head -n 1 || true)
  bg_jvm_options "$state"
  BG_JAVA=("$JAVA_HOME/bin/java" "${BG_JVM[@]}" -Dosgi.requiredJavaVersion=21)
  # A product folder this user cannot write (installed by someone else): Equinox would keep its
  # configuration below the home folder, and exit with code 15 and no word when that cannot be
  # written either. It goes to the state folder, with the product's own as the shared one.
  if [ ! -w "$product/configuration" ]; then
    BG_JAVA+=(-Dosgi.configuration.area="$state/osgi-configuration"
      -Dosgi.sharedConfiguration.area="$product/configuration")
  fi
  BG_JAVA+=(-jar "$launcher" -nosplash -application "$app")
}

# The class path of every headless application, resolved by LaunchPlanner from the manifests of the bundles the
# OSGi product starts with (bundles.info; LaunchPlanner.installed) (launch/*.classpath, launch/plan.txt), and the help text, printed by the CLI application itself once here so that
# `./bondgenoot help` needs no Java (launch/help.txt). The class data archives (launch/cds) are kept: the JVM makes
# an archive again by itself when the jars on its class path have changed.
bg_plan() {
  local product=$1 state=$2 launcher kept=""
  launcher=$(compgen -G "$product/plugins/nl.bondgenoot.launcher_*.jar" | head -n 1 || true)
  if [ -d "$product/launch/cds" ]; then
    kept=$(mktemp -d "$state/cds.XXXXXX")
    mv "$product/launch/cds" "$kept/"
  fi
  "$JAVA_HOME/bin/java" -cp "$launcher" nl.bondgenoot.launcher.plan.LaunchPlanner "$product" || return
  if [ -n "$kept" ]; then
    mv "$kept/cds" "$product/launch/cds"
    rmdir "$kept"
  else
    mkdir -p "$product/launch/cds"
  fi
  # Without a class data archive: printing the help is no typical run.
  BG_CDS=off bg_fast_launch "$product" "$state" nl.bondgenoot.cli.app
  "${BG_JAVA[@]}" help >"$product/launch/help.txt"
}

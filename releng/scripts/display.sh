# Sourced (bash) by ./bondgenoot and releng/test.sh: makes sure there is an X display.
# Starts Xvfb on a free display number when DISPLAY is empty; says what to install when it cannot.

bg_ensure_display() {
  [ -n "${DISPLAY-}" ] && return 0
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "Er is geen beeldscherm (DISPLAY is leeg) en geen Xvfb om er een te maken." >&2
    echo "Start dit in een grafische sessie, of installeer Xvfb: sudo apt-get install xvfb xauth" >&2
    return 2
  fi
  local n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  BG_XVFB_PID=$!
  export DISPLAY=":$n"
  local i
  for i in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  if [ ! -e "/tmp/.X11-unix/X$n" ]; then
    echo "Xvfb kon niet starten op $DISPLAY." >&2
    return 2
  fi
  echo "Geen beeldscherm gevonden: virtueel scherm $DISPLAY gestart (Xvfb)." >&2
}

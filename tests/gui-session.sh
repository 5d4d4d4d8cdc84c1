#!/bin/sh
# gui-session.sh PROGRAM [ARGUMENT…] — runs PROGRAM under a virtual display
# and a private session bus, as the GUI tests and benchmarks need.
#
# The bus is started here rather than by dbus-run-session, so that what it
# and the services it starts print — the accessibility registry says it is
# running — stays out of PROGRAM's standard output, the test's TAP stream:
# a forked dbus-daemon writes to /dev/null.
set -eu
exec xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
  set -eu
  bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
  address=$(echo "$bus" | sed -n 1p)
  pid=$(echo "$bus" | sed -n 2p)
  # The forked bus is in a session of its own: a test stopped by its
  # timeout (meson signals the test'"'"'s process group) takes it along here.
  trap '"'"'kill "$pid" 2>/dev/null || true'"'"' EXIT
  trap '"'"'exit 143'"'"' TERM
  trap '"'"'exit 130'"'"' INT
  DBUS_SESSION_BUS_ADDRESS=$address "$@"
' sh "$@"

#!/bin/sh
# gui-session.sh PROGRAM [ARGUMENT…] — runs PROGRAM under a virtual display
# and a private session bus, as the GUI tests and benchmarks need.
#
# PROGRAM's standard output is its own (the test's TAP stream): what the
# bus and the services it starts print — the accessibility registry says
# it is running — goes to standard error.
set -eu
exec 3>&1 1>&2
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
  dbus-run-session -- sh -c 'exec "$@" 1>&3 3>&-' sh "$@"

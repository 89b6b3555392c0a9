#!/bin/sh
# Writes docs/screenshots/<screen>.png — one PNG per screen of the workbench, with the sample data
# loaded — for the README. Runs the real window under a virtual X server (Xvfb), so it works on a
# headless build machine. Needs xvfb-run (Debian/Ubuntu: apt-get install xvfb). The tool,
# io.evolp.ui.shell.Screenshots, is a developer tool of the test sources (not in the product jar):
# packaging/devtool.sh compiles it and runs it from the test class path.
#
#   packaging/screenshots.sh [out-dir]        # default docs/screenshots
set -eu
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
DEVTOOL_JAVA_OPTS="-Dglass.platform=gtk -Dprism.order=sw" \
  exec xvfb-run -a -s "-screen 0 1600x1000x24" packaging/devtool.sh io.evolp.ui.shell.Screenshots "$OUT" sample-data

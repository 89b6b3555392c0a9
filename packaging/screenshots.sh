#!/bin/sh
# Writes docs/screenshots/<screen>.png — one PNG per screen of the workbench, with the sample data
# loaded — for the README. Runs the real window under a virtual X server (Xvfb), so it works on a
# headless build machine. Needs xvfb-run (Debian/Ubuntu: apt-get install xvfb) and target/evolp.jar
# (./mvnw -DskipTests package).
#
#   packaging/screenshots.sh [out-dir]        # default docs/screenshots
set -eu
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
[ -f target/evolp.jar ] || ./mvnw -q -B -DskipTests package
exec xvfb-run -a -s "-screen 0 1600x1000x24" \
  java -Dglass.platform=gtk -Dprism.order=sw -cp target/evolp.jar io.evolp.ui.app.Screenshots "$OUT" sample-data

#!/bin/sh
# Writes docs/screenshots/<screen>-<W>x<H>-<theme>.png — every screen of the workbench (and the
# welcome page, user guide, glossary and About windows) at 1280x800 and 1920x1080, light and dark,
# with the sample data loaded — then the same in presentation mode at 1280x800
# (<screen>-presentation-1280x800-<theme>.png), as a class would see it from a projector.
# Runs the real window under a virtual X server (Xvfb), so it works on a headless build machine.
# Needs xvfb-run (Debian/Ubuntu: apt-get install xvfb). The tool, io.evolp.ui.shell.Screenshots, is a
# developer tool of the test sources (not in the product jar): packaging/devtool.sh compiles it and
# runs it from the test class path.
#
#   packaging/screenshots.sh [out-dir]        # default docs/screenshots
set -eu
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
export DEVTOOL_JAVA_OPTS="-Dglass.platform=gtk -Dprism.order=sw"
# The virtual screen is as large as the largest window; each size is the window's (no window manager: no borders).
xvfb-run -a -s "-screen 0 1920x1080x24" packaging/devtool.sh io.evolp.ui.shell.Screenshots "$OUT" sample-data 1280x800 1920x1080
# Presentation mode goes full screen: a 1280x800 screen, like a classroom projector.
MVN_FLAGS="${MVN_FLAGS:--q -B -o}" \
  xvfb-run -a -s "-screen 0 1280x800x24" packaging/devtool.sh io.evolp.ui.shell.Screenshots "$OUT" sample-data --presentation 1280x800

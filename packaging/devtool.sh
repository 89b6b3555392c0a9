#!/bin/sh
# Runs a developer tool — a main class of the TEST sources (Screenshots, SampleProject, ScatterBench,
# DatasetCsvLoadTiming): they are not part of the product jar. Compiles the test classes, writes the
# test class path to target/test-classpath.txt and starts the class with the JVM options in
# $DEVTOOL_JAVA_OPTS. Add -o to MVN_FLAGS (e.g. MVN_FLAGS="-q -B -o") to build offline.
#
#   packaging/devtool.sh io.evolp.ui.shell.SampleProject sample-data
#   DEVTOOL_JAVA_OPTS="-Dglass.platform=gtk -Dprism.order=sw" xvfb-run -a packaging/devtool.sh io.evolp.ui.shell.Screenshots
set -eu
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: packaging/devtool.sh MAIN-CLASS [ARGS...]" >&2; exit 2; }
MAIN="$1"; shift
# shellcheck disable=SC2086
./mvnw ${MVN_FLAGS:--q -B} test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
# shellcheck disable=SC2086
exec java ${DEVTOOL_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$MAIN" "$@"

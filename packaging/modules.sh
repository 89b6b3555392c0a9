#!/bin/sh
# Prints the JDK / JavaFX modules jdeps finds in the app jar and its runtime dependencies — the
# starting point of <installer.modules> in pom.xml (which adds what jdeps cannot see: jdk.crypto.ec,
# jdk.charsets, java.management, jdk.zipfs). Run after `mvn -Pinstaller package` (or at least
# up to the copy of the dependencies into target/installer/).
set -eu
cd "$(dirname "$0")/.."
in=target/installer/input
jfx=target/installer/javafx
[ -d "$in" ] && [ -d "$jfx" ] || { echo "run mvn -Pinstaller package first" >&2; exit 2; }
cp=$(ls "$in"/*.jar | tr '\n' ':')
for j in "$in"/*.jar; do
  jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps \
        --module-path "$jfx" --class-path "$cp" "$j" 2>/dev/null | tail -1 || true
done | tr ',' '\n' | grep -E '^(java|jdk|javafx)\.' | sort -u | paste -sd, -

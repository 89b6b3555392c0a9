#!/bin/sh
# Checks the Linux .deb that `mvn -Pinstaller package` wrote: unpacks it into a scratch root
# (dpkg-deb -x, no root rights, nothing installed on this machine) and asserts the package metadata,
# the files, the desktop entry and its icon, the maintainer scripts, and that the unpacked
# launchers run (`evolp --version`, and the runtime's java for the measurement worker).
#
#   packaging/check-deb.sh [path/to/evolp-workbench_*.deb]
set -eu
cd "$(dirname "$0")/.."
deb="${1:-$(ls target/installer/evolp-workbench_*.deb 2>/dev/null | head -1)}"
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: run mvn -Pinstaller package first" >&2; exit 2; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fails=0
ok()   { echo "  ok    $1"; }
fail() { echo "  FAIL  $1"; fails=$((fails + 1)); }
check() { desc="$1"; shift; if "$@" >/dev/null 2>&1; then ok "$desc"; else fail "$desc"; fi; }

echo "$deb ($(du -h "$deb" | cut -f1))"
info=$(dpkg-deb -f "$deb" Package Version Depends Section)
check "package name evolp-workbench" sh -c "dpkg-deb -f '$deb' Package | grep -qx evolp-workbench"
check "Depends names libgtk-3-0 and libgl1" sh -c "dpkg-deb -f '$deb' Depends | grep -q 'libgtk-3-0' && dpkg-deb -f '$deb' Depends | grep -q 'libgl1'"
check "Depends names xdg-utils (menu entry)" sh -c "dpkg-deb -f '$deb' Depends | grep -q 'xdg-utils'"

dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$root/DEBIAN"
app="$root/opt/evolp-workbench"
check "window launcher bin/EvoLP Workbench" test -x "$app/bin/EvoLP Workbench"
check "command-line launcher bin/evolp" test -x "$app/bin/evolp"
check "runtime keeps bin/java (local measurement worker)" test -x "$app/lib/runtime/bin/java"
check "app jar" sh -c "ls '$app'/lib/app/evolp-workbench-*.jar"
check "ONNX Runtime jar" sh -c "ls '$app'/lib/app/onnxruntime-*.jar"
check "no JavaFX jars on the class path (they are runtime modules)" sh -c "! ls '$app'/lib/app/javafx-*.jar"
check "sample data next to the jar" test -f "$app/lib/app/sample-data/vgg16-simulated-tx2.csv"
check "sample project next to the jar" test -f "$app/lib/app/sample-data/sample.evolp.json"
for m in javafx.controls javafx.swing jdk.unsupported jdk.httpserver jdk.crypto.ec java.net.http java.sql; do
  check "runtime module $m" grep -q "$m" "$app/lib/runtime/release"
done
check "runtime has no jdk.jpackage / javac (trimmed)" sh -c "! grep -q -e jdk.jpackage -e jdk.compiler '$app/lib/runtime/release'"

desktops=$(ls "$app"/lib/*.desktop 2>/dev/null | wc -l)
if [ "$desktops" -eq 1 ]; then ok "exactly one desktop entry (none for the command line)"; else fail "desktop entries: $desktops"; fi
d=$(ls "$app"/lib/*.desktop | head -1)
check "desktop entry Name=EvoLP Workbench" grep -qx "Name=EvoLP Workbench" "$d"
check "desktop entry Categories=Science;Education;" grep -qx "Categories=Science;Education;" "$d"
check "desktop entry Exec= the window launcher" grep -qx 'Exec="/opt/evolp-workbench/bin/EvoLP Workbench"' "$d"
icon=$(sed -n 's/^Icon=//p' "$d")
check "desktop entry Icon= a file in the package ($icon)" test -f "$root$icon"
check "icon is a 256×256 PNG" sh -c "file '$root$icon' | grep -q 'PNG image data, 256 x 256'"
check "icon is the EvoLP icon" cmp -s "$root$icon" icons/png/evolp-256.png
check "postinst installs the menu entry" grep -q "xdg-desktop-menu install /opt/evolp-workbench/lib/" "$root/DEBIAN/postinst"
check "postinst puts evolp on the PATH" grep -q "update-alternatives --install /usr/bin/evolp evolp /opt/evolp-workbench/bin/evolp" "$root/DEBIAN/postinst"
check "prerm removes both" sh -c "grep -q 'xdg-desktop-menu uninstall' '$root/DEBIAN/prerm' && grep -q 'update-alternatives --remove evolp' '$root/DEBIAN/prerm'"
check "unpacked evolp --version runs" sh -c "'$app/bin/evolp' --version | grep -q 'EvoLP Workbench'"
check "unpacked runtime java -version runs" "$app/lib/runtime/bin/java" -version
echo "installed size: $(du -sh "$app" | cut -f1); runtime: $(du -sh "$app/lib/runtime" | cut -f1)"
if [ "$fails" -eq 0 ]; then echo "check-deb: all checks passed"; else echo "check-deb: $fails check(s) failed"; exit 1; fi

#!/bin/sh
# Renders icons/evolp.svg into every size the platforms need and commits nothing itself:
#   icons/png/evolp-<n>.png  n = 16 24 32 48 64 128 256 512 1024   (Linux, the window icon, the .deb)
#   icons/evolp.ico          16–256, multi-size                      (Windows .msi / .exe)
#   icons/evolp.icns         16–1024                                  (macOS .dmg / .app)
# and copies the sizes the window uses into src/main/resources/io/evolp/ui/icons/.
# Tools (Debian/Ubuntu): apt-get install librsvg2-bin imagemagick icnsutils
set -eu
cd "$(dirname "$0")"
mkdir -p png
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" evolp.svg -o "png/evolp-$n.png"
done
# -strip: no timestamps in the files, so a rebuild without changes leaves git clean
convert png/evolp-16.png png/evolp-24.png png/evolp-32.png png/evolp-48.png png/evolp-64.png \
        png/evolp-128.png png/evolp-256.png -strip evolp.ico
png2icns evolp.icns png/evolp-16.png png/evolp-32.png png/evolp-48.png png/evolp-128.png \
        png/evolp-256.png png/evolp-512.png png/evolp-1024.png >/dev/null
res=../src/main/resources/io/evolp/ui/icons
mkdir -p "$res"
for n in 16 32 48 64 128 256; do cp "png/evolp-$n.png" "$res/"; done
ls -l evolp.ico evolp.icns png

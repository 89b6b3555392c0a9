#!/bin/sh
# Checks the Linux app image that `mvn -Pinstaller package` wrote (target/installer/EvoLP Workbench):
#  1. the window launcher starts under a virtual X server (Xvfb) and shows the main window — a
#     screenshot of the whole screen goes to target/installer/app-image-window.png (look at it);
#     settings and the log go to a scratch XDG home, and the log file must appear there;
#  2. the `evolp` launcher runs the command line;
#  3. the local measurement worker (a second JVM from the image's runtime, ONNX Runtime inside)
#     measures a conv layer, through `evolp agent` on a free port.
# Needs xvfb-run and ImageMagick's `import`, curl.
#
#   packaging/check-app-image.sh [app-image-dir]
set -eu
cd "$(dirname "$0")/.."
app="${1:-target/installer/EvoLP Workbench}"
[ -x "$app/bin/EvoLP Workbench" ] || { echo "no app image at $app: run mvn -Pinstaller package first" >&2; exit 2; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shot=target/installer/app-image-window.png

echo "1. window (Xvfb, 20 s)"
XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" xvfb-run -a -s "-screen 0 1440x900x24" sh -c '
  "$1/bin/EvoLP Workbench" > "$2/app.out" 2>&1 &
  pid=$!
  sleep 20
  import -window root "$3"
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true' sh "$app" "$home" "$shot"
echo "   screenshot: $shot ($(file -b "$shot" | cut -d, -f2))"
test -s "$home/state/evolp-workbench/evolp0.log" && echo "   log: $(head -2 "$home/state/evolp-workbench/evolp0.log" | tail -1)" \
  || { echo "   FAIL: no log file under XDG_STATE_HOME"; cat "$home/app.out"; exit 1; }

echo "2. command line"
"$app/bin/evolp" --version | head -1
"$app/bin/evolp" model | head -3

echo "3. local measurement worker via evolp agent"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$app/bin/evolp" agent --port "$port" > "$home/agent.out" 2>&1 &
agent=$!
trap 'kill $agent 2>/dev/null || true; rm -rf "$home"' EXIT
for i in $(seq 1 50); do curl -s "http://127.0.0.1:$port/v1/info" >/dev/null 2>&1 && break; sleep 0.2; done
answer=$(curl -s -d '{"layer":{"input_size":28,"cin":32,"cout":64,"k":3,"p":1},"settings":{"warmup":2,"repeats":5,"rounds":1}}' \
  "http://127.0.0.1:$port/v1/measure")
kill $agent 2>/dev/null || true
echo "$answer" | grep -o '"medianMs":[0-9.]*' || { echo "   FAIL: $answer"; cat "$home/agent.out"; exit 1; }
echo "$answer" | grep -o '"ortVersion":"[^"]*"'
echo "check-app-image: passed"

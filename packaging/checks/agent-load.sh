#!/usr/bin/env bash
# Issue 11's agent figures on loopback: slow clients vs authorised requests, and memory through large
# uploads. Not part of the Maven build. Needs target/evolp.jar (and target/test-classes for "jdk").
#
#   packaging/checks/agent-load.sh [jetty|jdk] [SLOW=8] [TRIES=25] [UPLOADS=10] [MB=300] [JDK_THREADS=64]
#
# jetty: the shipped agent (`evolp agent`, default limits) started from the jar, as a user would.
# jdk:   the same API on the JDK's HttpServer with an executor of JDK_THREADS threads and maxReqTime 10 s
#        (io.evolp.measure.agent.JdkAgentHost, test code), for the comparison the issue asks for.
# Both run with the JVM's default heap settings (no -Xmx), the case where memory grows most; extra JVM
# options for the agent only in AGENT_JAVA_OPTS (e.g. -Xms64m). CHUNKED=1 sends uploads without a
# Content-Length; with BODY_MB=256 and MB=300 every upload is then refused after 256 MiB were read.
set -euo pipefail
cd "$(dirname "$0")/../.."
server=${1:-jetty}; slow=${2:-8}; tries=${3:-25}; uploads=${4:-10}; mb=${5:-300}; jdk_threads=${6:-64}
token="load-check-token-$$"
body_mb=${BODY_MB:-$(( mb + 16 ))}   # BODY_MB=256: the default limit, so MB=300 uploads are refused (413)
[ -f target/evolp.jar ] || ./mvnw -B -o -q package -DskipTests
if [ "$server" = jdk ]; then
  [ -d target/test-classes/io/evolp/measure/agent ] || ./mvnw -B -o -q test-compile
  cmd=(java ${AGENT_JAVA_OPTS:-} -cp target/evolp.jar:target/test-classes io.evolp.measure.agent.JdkAgentHost "$token" "$body_mb" "$jdk_threads")
else
  cmd=(java ${AGENT_JAVA_OPTS:-} -cp target/evolp.jar io.evolp.Launcher agent --port 0 --max-body-mb "$body_mb" --store-mb 1024)
fi
out=$(mktemp); err=$(mktemp)
EVOLP_AGENT_TOKEN="$token" "${cmd[@]}" >"$out" 2>"$err" &
agent=$!
trap 'kill $agent 2>/dev/null || true; wait $agent 2>/dev/null || true; rm -f "$out" "$err"' EXIT
for _ in $(seq 1 300); do
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$out" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  kill -0 $agent 2>/dev/null || { echo "agent did not start:"; cat "$err"; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "agent did not print its port"; exit 1; }
echo "== $server agent ${AGENT_JAVA_OPTS:-}, pid $agent, port $port; $(nproc) cores, $(java -version 2>&1 | head -1)"
java packaging/checks/AgentLoadCheck.java "$port" "$agent" "$token" "$slow" "$tries" "$uploads" "$mb" "${CHUNKED:+chunked}"
kill -0 $agent && echo "agent still running: yes"

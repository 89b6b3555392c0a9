#!/bin/sh
# Issue 10 guard: the default correction must not lose to no correction on noisy whole-model data.
#
# Trains one `auto` predictor per architecture on sample-data/measured/$a-local-cpu.csv, writes
# COPIES noisy copies of each $a-random-local-cpu.jsonl (every latency_ms × e^N(0, 0.15²), spreads
# dropped: "unknown noise", as on a busy device that records no runs), runs `evolve-eval --draws 20
# --seed 1 --max-k 5 --corrections none,shrink` on each, and prints, per k, the worst and mean
# difference shrink − none of the median MAPE over the copies, and the mean 90 % band coverage at
# k = 5. The noise is synthetic, the latencies under it are measured.
#
#   [EVOLP_JAR=other.jar] packaging/checks/evolve-noisy.sh [copies]   (needs target/evolp.jar, python3)
set -eu
cd "$(dirname "$0")/../.."
COPIES="${1:-16}"
JAR="${EVOLP_JAR:-target/evolp.jar}"
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
evolp() { java -cp "$JAR" io.evolp.Launcher "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
M=sample-data/measured
ARCHS="resnet50 mobilenetv1 vgg16 inceptionv3"
for a in $ARCHS; do
  evolp train --data "$M/$a-local-cpu.csv" --predictor auto --out "$work/$a.json" > /dev/null
done
python3 - "$work" "$COPIES" $ARCHS <<'PY'
import json, math, random, sys
work, copies, archs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for seed in range(1, copies + 1):
    for i, a in enumerate(archs):
        rng = random.Random(seed * 1000 + i)
        with open(f"{work}/{a}-s{seed}.jsonl", "w") as out:
            for line in open(f"sample-data/measured/{a}-random-local-cpu.jsonl"):
                d = json.loads(line)
                d["latency_ms"] *= math.exp(rng.gauss(0, 0.15))
                for k in ("sd_ms", "noise_sd_ms", "iqr_ms"): d.pop(k, None)
                out.write(json.dumps(d) + "\n")
PY
for s in $(seq 1 "$COPIES"); do for a in $ARCHS; do
  evolp evolve-eval --predictor "$work/$a.json" --measured "$work/$a-s$s.jsonl" --draws 20 --seed 1 --max-k 5 \
    --corrections none,shrink --json > "$work/res-$a-s$s.json"
done; done
python3 - "$work" <<'PY'
import glob, json, statistics, sys
res = [{(c["correction"], c["k"]): c for c in json.load(open(f))["results"]} for f in glob.glob(sys.argv[1] + "/res-*.json")]
for k in (1, 2, 3, 5):
    d = [r[("shrink", k)]["mape"]["median"] - r[("none", k)]["mape"]["median"] for r in res]
    over = sum(1 for x in d if x > 0.3)
    print(f"k = {k}: shrink - none, median MAPE points over {len(d)} copies: worst {max(d):+.2f}, mean {statistics.mean(d):+.2f}, "
          f"median {statistics.median(d):+.2f}; {over} of {len(d)} copies lose more than 0.3")
cov = [r[("shrink", 5)]["coverage90"]["mean"] for r in res]
print(f"90 % band coverage at k = 5: mean {statistics.mean(cov):.1f} %, range {min(cov):.1f}-{max(cov):.1f} %")
PY

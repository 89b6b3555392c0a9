#!/bin/sh
# Issue 10 "done when": compression on SIMULATED devices lands in the window under re-measurement.
#
# For VGG16 and ResNet-50 on simulated:tx2 and MobileNetV1 on simulated:nano, at 45, 60 and 75 % of
# the unpruned prediction (demo γ, predictors trained on the matching simulated CSVs in
# sample-data/): run `evolp compress`, then re-measure the chosen widths with `evolp simulate
# --models` under REMEASURE fresh seeds and take the median. A run passes when that median lies in
# [0.97, 1.0] × budget; a session that claims convergence (exit 0) for widths that re-measure
# outside is a false claim, and so is "unreachable" when the most pruned model re-measures under the
# budget. Prints one table row per run and a summary; exits 1 when fewer than 8 of 9 runs pass or
# any claim is false. (MobileNetV1 at 45 % on the simulated Nano is physically unreachable: its
# per-layer overheads alone exceed that budget.) Numbers are simulated, never measurements of hardware.
#
# The re-measurement is itself a noisy instrument, and it must be much finer than the 3 %-wide
# window or the check grades its own noise: one 9-run median scatters by 1.26 % (TX2) and 1.69 %
# (Nano), so the median of 3 such re-measurements (this script's old setting) scatters by ~1.1 % on
# the Nano and failed widths whose true latency sat 1 % inside the window about one time in five.
# Default: REMEASURE = 9 fresh seeds × RUNS = 45 runs each (median of medians scatters ~0.3 %); the
# re_se column prints the instrument's own standard error (1.2533 · sd of the seed medians / √R).
#
#   packaging/checks/compress-sim.sh [session-seed] [remeasure-count] [runs-per-remeasure]   (needs target/evolp.jar, jq)
set -eu
cd "$(dirname "$0")/../.."
SEED="${1:-1}"
REMEASURE="${2:-9}"
RUNS="${3:-45}"
JAR=target/evolp.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
evolp() { java -cp "$JAR" io.evolp.Launcher "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-12s %-6s %4s %9s %-24s %5s %10s %10s %7s %-18s %s\n' model device pct budget_ms state meas session_ms remeasured re_se window verdict
pass=0; runs=0; false_claims=0; unreachable_ok=0
for spec in vgg16:tx2:vgg16-simulated-tx2.csv resnet50:tx2:resnet50-simulated-tx2.csv mobilenetv1:nano:mobilenetv1-simulated-nano.csv; do
  arch=${spec%%:*}; rest=${spec#*:}; dev=${rest%%:*}; csv=${rest#*:}
  evolp train --data "sample-data/$csv" --predictor evolp --out "$work/$arch.json" > /dev/null
  full=$(evolp predict --predictor "$work/$arch.json" --model "$arch" --json | jq '.latency_ms')
  for pct in 45 60 75; do
    budget=$(echo "$full $pct" | awk '{printf "%.6f", $1 * $2 / 100}')
    code=0
    evolp compress --predictor "$work/$arch.json" --model "$arch" --budget "$budget" --device "simulated:$dev" \
      --seed "$SEED$pct" --demo-importance 1 --json --model-out "$work/pruned.json" > "$work/out.json" 2> "$work/err.txt" || code=$?
    if [ "$code" -ne 0 ] && [ "$code" -ne 3 ] && [ "$code" -ne 4 ]; then cat "$work/err.txt"; exit 1; fi
    state=$(jq -r '.state' "$work/out.json")
    meas=$(jq -r '.measurements' "$work/out.json")
    session_ms=$(jq -r '.measured_ms' "$work/out.json")
    : > "$work/medians.txt"
    for r in $(seq 1 "$REMEASURE"); do
      evolp simulate --models "$work/pruned.json" --device "simulated:$dev" --seed "$((9000 + r * 17 + pct))" --repeats "$RUNS" \
        --out "$work/re.jsonl" > /dev/null
      jq '.latency_ms' "$work/re.jsonl" >> "$work/medians.txt"
    done
    remeasured=$(sort -g "$work/medians.txt" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
    re_se=$(awk -v b="$budget" '{s+=$1; q+=$1*$1; n++} END {sd = n > 1 ? sqrt((q - s*s/n) / (n-1)) : 0; printf "%.2f%%", 100 * 1.2533 * sd / sqrt(n) / b}' "$work/medians.txt")
    verdict=$(echo "$remeasured $budget" | awk '{r = $1 / $2; print (r >= 0.97 && r <= 1.0) ? "inside" : "OUTSIDE"}')
    ratio=$(echo "$remeasured $budget" | awk '{printf "%.4f x budget", $1 / $2}')
    runs=$((runs + 1))
    [ "$verdict" = inside ] && pass=$((pass + 1))
    if [ "$state" = CONVERGED ] && [ "$verdict" != inside ]; then false_claims=$((false_claims + 1)); verdict="$verdict FALSE-CLAIM"; fi
    # An unreachable verdict is right when the most pruned model re-measures above the budget too.
    if [ "$state" = UNREACHABLE ]; then
      if echo "$remeasured $budget" | awk '{exit !($1 > $2)}'; then unreachable_ok=$((unreachable_ok + 1)); verdict="$verdict (unreachable: confirmed)"
      else false_claims=$((false_claims + 1)); verdict="$verdict FALSE-UNREACHABLE"; fi
    fi
    printf '%-12s %-6s %4s %9.3f %-24s %5s %10.3f %10.3f %7s %-18s %s\n' "$arch" "$dev" "$pct" "$budget" "$state" "$meas" \
      "$session_ms" "$remeasured" "$re_se" "$ratio" "$verdict"
  done
done
echo "re-measured: median of $REMEASURE fresh seeds x $RUNS runs each"
echo "inside on re-measurement: $pass of $runs; correctly unreachable: $unreachable_ok; false claims: $false_claims (simulated devices)"
[ "$pass" -ge 8 ] && [ "$false_claims" -eq 0 ]

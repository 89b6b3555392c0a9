#!/usr/bin/env bash
# Measures the sample datasets in this folder FOR REAL on the local machine: ONNX Runtime 1.28.0 in
# EvoLP Workbench's worker process, 1 intra-op thread, optimisation level ALL.
# Usage: ./mvnw -DskipTests package && sample-data/measured/measure.sh [arch …]
# Re-running resumes each campaign (rows already in a CSV are skipped); delete a CSV and its
# .raw.jsonl to measure it afresh. Takes about 15 minutes on a 2-vCPU AMD EPYC VM.
set -euo pipefail
cd "$(dirname "$0")"
evolp() { java -jar ../../target/evolp.jar "$@"; }

# Layer campaigns: Conv+BN+ReLU modules of N copies, warm-up runs, then timed runs in each of 3 fresh
# sessions; the latency is the median of all timed runs divided by N. Rows in seeded shuffled order.
LAYER_OPTS=(--device local --device-name local-cpu --threads 1 --opt-level all --rounds 3 --seed 1)
# VGG16's layers are large (up to 18 ms each): 5 copies, 2 warm-up + 5 timed runs keep it at ~2.5 min.
# The other plans' layers are small (down to 3 µs) and the per-run overhead of ONNX Runtime would show:
# the authors' 20 copies and 5 warm-up + 10 timed runs per round, still under ~4 min per plan.
declare -A EFFORT=([vgg16]="--module-repeats 5 --warmup 2 --repeats 5"
                   [resnet50]="--module-repeats 20 --warmup 5 --repeats 10"
                   [mobilenetv1]="--module-repeats 20 --warmup 5 --repeats 10"
                   [inceptionv3]="--module-repeats 20 --warmup 5 --repeats 10")
# Whole models: 3 warm-up runs, 10 timed runs in each of 3 fresh sessions (median of 30 runs).
MODEL_OPTS=(--device local --threads 1 --opt-level all --warmup 3 --repeats 10 --rounds 3 --seed 1)

archs=("$@")
[ ${#archs[@]} -eq 0 ] && archs=(vgg16 resnet50 mobilenetv1 inceptionv3)
declare -A seed=([vgg16]=21 [resnet50]=22 [mobilenetv1]=23 [inceptionv3]=24)

mkdir -p plans models
for a in "${archs[@]}"; do
  evolp plan --model "$a" --samples 320 --out "plans/$a-plan.csv"
  # shellcheck disable=SC2086 # EFFORT holds several options on purpose
  evolp measure --plan "plans/$a-plan.csv" --out "$a-local-cpu.csv" "${LAYER_OPTS[@]}" ${EFFORT[$a]}
  evolp model --arch "$a" --random 20 --seed "${seed[$a]}" --out "models/$a-random.jsonl"
  # --json: one object per model with the raw statistics and runtime facts (kept as the sidecar);
  # --out: the models with latency_ms, ready for `evolp evolve --measured`.
  evolp measure-model --model "models/$a-random.jsonl" "${MODEL_OPTS[@]}" \
        --json --out "$a-random-local-cpu.jsonl" > "$a-random-local-cpu.raw.jsonl"
done

#!/usr/bin/env bash
# Measures a THIRD "device" for the transfer experiments (issue 14) FOR REAL on the local machine:
# the same ONNX Runtime 1.28.0 worker as measure.sh, 1 intra-op thread, graph optimisation level
# EXTENDED: Conv+BN+ReLU are fused as at level ALL, but the NCHWc layout pass (level ALL only) does not
# run, so every conv runs MLAS's plain NCHW kernels (im2col + GEMM; a different depthwise kernel) —
# a device of a different speed and shape dependence that repeats like device A (see README.md).
# Same plans (plans/*-plan.csv) and the same effort as measure.sh; wall-clock timing like measure.sh.
# Run on a QUIET machine. Usage: ./mvnw -DskipTests package && sample-data/measured/measure-ext.sh [arch …]
# EVOLP_JAR may point at a copy of the jar so a rebuild cannot change it mid-campaign.
set -euo pipefail
cd "$(dirname "$0")"
JAR="${EVOLP_JAR:-../../target/evolp.jar}"
evolp() { java -jar "$JAR" "$@"; }

LAYER_OPTS=(--device local --device-name local-cpu-ext --threads 1 --opt-level extended --rounds 3 --seed 3)
# As measure.sh: VGG16's layers are large (up to ~50 ms unfused-layout), so modules of 5 copies and
# 2 warm-up + 5 timed runs; the other plans' small layers get modules of 20 and 5 + 10 runs.
declare -A EFFORT=([vgg16]="--module-repeats 5 --warmup 2 --repeats 5"
                   [resnet50]="--module-repeats 20 --warmup 5 --repeats 10"
                   [mobilenetv1]="--module-repeats 20 --warmup 5 --repeats 10"
                   [inceptionv3]="--module-repeats 20 --warmup 5 --repeats 10")
archs=("$@")
[ ${#archs[@]} -eq 0 ] && archs=(vgg16 resnet50 mobilenetv1 inceptionv3)
for a in "${archs[@]}"; do
  echo "$(date -u +%FT%TZ) $a start, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086 # EFFORT holds several options on purpose
  evolp measure --plan "plans/$a-plan.csv" --out "$a-local-cpu-ext.csv" "${LAYER_OPTS[@]}" ${EFFORT[$a]}
  echo "$(date -u +%FT%TZ) $a done, load: $(cut -d' ' -f1-3 /proc/loadavg)"
done

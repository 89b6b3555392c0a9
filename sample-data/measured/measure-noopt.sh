#!/usr/bin/env bash
# Measures a SECOND "device" for the transfer experiments (issue 14) FOR REAL on the local machine:
# the same ONNX Runtime 1.28.0 worker as measure.sh, 1 intra-op thread, but graph optimisation
# level NONE — no Conv+BN+ReLU fusion and no NCHWc layout, so BN and ReLU run as separate kernels and
# the channel-alignment behaviour differs. Same plans (plans/*-plan.csv) as the local-cpu files.
# Run on a QUIET machine, with EVOLP_MEASURE_CLOCK=cpu (see README.md: the committed files were timed in
# thread CPU time at load 0-2.3; under load this VM slows ~3x, CPU time included). Usage: ./mvnw -DskipTests package &&
#   EVOLP_MEASURE_CLOCK=cpu sample-data/measured/measure-noopt.sh [arch …]
# EVOLP_JAR may point at a copy of the jar so a rebuild cannot change it mid-campaign.
set -euo pipefail
cd "$(dirname "$0")"
JAR="${EVOLP_JAR:-../../target/evolp.jar}"
evolp() { java -jar "$JAR" "$@"; }

LAYER_OPTS=(--device local --device-name local-cpu-noopt --threads 1 --opt-level none --rounds 3 --seed 2)
# Without fusion and NCHWc the layers are several times slower than at level ALL (a ResNet-50 1x1 conv
# of 30 MMACs: 4.5 ms), so per-run overhead matters less and the machine was loaded (load average
# 14-19 from other builds): modules of 5 copies and 2 warm-up + 5 timed runs per round for every plan.
declare -A EFFORT=([vgg16]="--module-repeats 5 --warmup 2 --repeats 5"
                   [resnet50]="--module-repeats 5 --warmup 2 --repeats 5"
                   [mobilenetv1]="--module-repeats 5 --warmup 2 --repeats 5"
                   [inceptionv3]="--module-repeats 5 --warmup 2 --repeats 5")
archs=("$@")
[ ${#archs[@]} -eq 0 ] && archs=(vgg16 resnet50 mobilenetv1 inceptionv3)
for a in "${archs[@]}"; do
  echo "$(date -u +%FT%TZ) $a start, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086 # EFFORT holds several options on purpose
  evolp measure --plan "plans/$a-plan.csv" --out "$a-local-cpu-noopt.csv" "${LAYER_OPTS[@]}" ${EFFORT[$a]}
  echo "$(date -u +%FT%TZ) $a done, load: $(cut -d' ' -f1-3 /proc/loadavg)"
done

#!/usr/bin/env bash
# Measures a FOURTH "device" for the transfer (issue 14) and evolution (issue 10) experiments FOR REAL
# on the local machine: the same ONNX Runtime 1.28.0 worker and graph optimisation level ALL as
# measure.sh, but TWO intra-op threads — the issue's own example of a second runtime setting. Dense
# convs run about 1.8x faster, but ORT's NCHWc depthwise kernel for channel counts divisible by 4 is not
# split across threads, and small layers gain less than large ones: a device of a different shape
# dependence, not only a different speed. Same plans and effort as measure.sh, wall-clock timing;
# then the 20 random models per architecture whole (models/*-random.jsonl), as measure.sh does.
# Run on a QUIET machine (both cores are used). Usage: ./mvnw -DskipTests package &&
#   sample-data/measured/measure-2t.sh [arch …]
# EVOLP_JAR may point at a copy of the jar so a rebuild cannot change it mid-campaign.
set -euo pipefail
cd "$(dirname "$0")"
JAR="${EVOLP_JAR:-../../target/evolp.jar}"
evolp() { java -jar "$JAR" "$@"; }

LAYER_OPTS=(--device local --device-name local-cpu-2t --threads 2 --opt-level all --rounds 3 --seed 5)
declare -A EFFORT=([vgg16]="--module-repeats 5 --warmup 2 --repeats 5"
                   [resnet50]="--module-repeats 20 --warmup 5 --repeats 10"
                   [mobilenetv1]="--module-repeats 20 --warmup 5 --repeats 10"
                   [inceptionv3]="--module-repeats 20 --warmup 5 --repeats 10")
MODEL_OPTS=(--device local --threads 2 --opt-level all --warmup 3 --repeats 10 --rounds 3 --seed 5)
archs=("$@")
[ ${#archs[@]} -eq 0 ] && archs=(vgg16 resnet50 mobilenetv1 inceptionv3)
for a in "${archs[@]}"; do
  echo "$(date -u +%FT%TZ) $a layers start, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086 # EFFORT holds several options on purpose
  evolp measure --plan "plans/$a-plan.csv" --out "$a-local-cpu-2t.csv" "${LAYER_OPTS[@]}" ${EFFORT[$a]}
  echo "$(date -u +%FT%TZ) $a models start, load: $(cut -d' ' -f1-3 /proc/loadavg)"
  evolp measure-model --model "models/$a-random.jsonl" "${MODEL_OPTS[@]}" \
        --json --out "$a-random-local-cpu-2t.jsonl" > "$a-random-local-cpu-2t.raw.jsonl"
  echo "$(date -u +%FT%TZ) $a done, load: $(cut -d' ' -f1-3 /proc/loadavg)"
done

#!/usr/bin/env bash
# Regenerates the sample data from the command line. Everything here comes from the SIMULATED
# devices (an analytic roofline model with noise) — none of it is a measurement of real hardware.
# Usage: ./mvnw -DskipTests package && sample-data/generate.sh
set -euo pipefail
cd "$(dirname "$0")"
evolp() { java -jar ../target/evolp.jar "$@"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

layers() { # arch device samples
  evolp plan --model "$1" --samples "$3" --out "$tmp/$1.plan.csv"
  evolp simulate --plan "$tmp/$1.plan.csv" --device "simulated:$2" --seed 11 --out "$1-simulated-$2.csv"
}
layers vgg16 tx2 3000
layers resnet50 tx2 3000
layers mobilenetv1 nano 3000
layers inceptionv3 cpu 3000

mkdir -p models
evolp model --arch vgg16 --width-multiplier 0.5 --out models/vgg16-half.json
evolp model --arch mobilenetv1 --width-multiplier 0.5 --out models/mobilenetv1-half.json
# Whole-model "measurements" for the correction: random-width variants run on the simulated devices.
evolp model --arch vgg16 --random 20 --seed 5 --out "$tmp/vgg16-random.jsonl"
evolp simulate --models "$tmp/vgg16-random.jsonl" --device simulated:tx2 --seed 12 --out models/vgg16-random-simulated-tx2.jsonl
evolp model --arch mobilenetv1 --random 20 --seed 6 --out "$tmp/mbv1-random.jsonl"
evolp simulate --models "$tmp/mbv1-random.jsonl" --device simulated:nano --seed 13 --out models/mobilenetv1-random-simulated-nano.jsonl

# The project the welcome screen and the classroom demo open (datasets embedded, trained predictors);
# SampleProject is a developer tool of the test sources, run from the test class path.
../packaging/devtool.sh io.evolp.ui.shell.SampleProject sample-data

#!/usr/bin/env bash
# Smoke test of the shaded jar after minimization (pom.xml: fastutil and ICU4J are minimized, ICU's
# locale data dropped): runs the commands whose libraries load classes at run time and Tablesaw's
# own CSV reader (the only path that touches ICU). Usage: packaging/shaded-smoke.sh [target/evolp.jar]
set -euo pipefail
JAR=${1:-target/evolp.jar}
D=sample-data/measured
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
java -jar "$JAR" --version
java -jar "$JAR" validate --data $D/vgg16-local-cpu.csv --predictor gbt,lut --folds 3 --breakdown residue
java -jar "$JAR" accuracy --data $D/vgg16-local-cpu.csv --data $D/resnet50-local-cpu.csv --predictor lut,flops \
    --folds 3 --csv "$T/matrix.csv" --json
java -jar "$JAR" train --data $D/vgg16-local-cpu.csv --predictor forest --out "$T/f.json"
java -jar "$JAR" evaluate --predictor "$T/f.json" --data $D/resnet50-local-cpu.csv --breakdown key --json
java -jar "$JAR" predict --predictor "$T/f.json" --model vgg16 --json
# Tablesaw reading a file: charset detection through ICU, the reflective reader registry.
printf 'System.out.println(tech.tablesaw.api.Table.read().csv("%s").shape());\n/exit\n' "$T/matrix.csv" \
    | jshell --class-path "$JAR" -q -
echo "shaded jar OK: $JAR ($(stat -c %s "$JAR") bytes)"

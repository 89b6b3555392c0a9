#!/usr/bin/env python3
"""How well can any predictor score on a measured file? (issue 14)

For every row of a measurement sidecar (*.raw.jsonl) with three round medians, reports
  - round vs round: the share of ordered pairs of a row's round medians within ±10 % of each other
    (how often one 5-run measurement predicts another of the same layer minutes apart);
  - a Gaussian estimate of the ±10 % accuracy of a perfect predictor against the file's 15-run
    median, from the per-round log spread (sd of round differences / sqrt 2, divided by sqrt 3).
Both see only the noise within one row's measurement. Layers measured in two campaigns (the same
layer in two architectures' plans) show the noise between measurements too.
Usage: sample-data/measured/noise-ceiling.py FILE.raw.jsonl ...
"""
import itertools, json, math, sys


def rows(fn):
    out = {}
    for line in open(fn):
        o = json.loads(line)
        if o.get("type") == "row" and len(o.get("round_medians_ms") or []) >= 3:
            L = o["layer"]
            out[tuple(L[k] for k in ("input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw", "bias", "groups"))] = o
    return out


def phi(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


files = {fn: rows(fn) for fn in sys.argv[1:]}
for fn, rs in files.items():
    if not rs:
        print(f"{fn}: no rows with round medians")
        continue
    agree = total = 0
    diffs = []
    for o in rs.values():
        r = o["round_medians_ms"][:3]
        for i, j in itertools.permutations(range(3), 2):
            agree += abs(r[i] / r[j] - 1) <= 0.10
            total += 1
        diffs += [math.log(r[i] / r[j]) for i, j in itertools.combinations(range(3), 2)]
    per_round = math.sqrt(sum(d * d for d in diffs) / len(diffs) / 2)
    label = per_round / math.sqrt(3)
    ceiling = phi(math.log(1.1) / label) - phi(math.log(0.9) / label)
    print(f"{fn}: {len(rs)} rows, round vs round within ±10 %: {100 * agree / total:.1f} %, "
          f"per-round log sd {per_round:.3f}, perfect predictor vs 15-run median: ~{100 * ceiling:.1f} %")
def device(fn):  # e.g. resnet50-local-cpu-noopt.csv.raw.jsonl -> local-cpu-noopt
    return fn.split("/")[-1].split(".")[0].split("-", 1)[-1]


for (fa, a), (fb, b) in itertools.combinations(files.items(), 2):
    if device(fa) != device(fb):
        continue
    for k in (k for k in a if k in b):
        x, y = a[k]["latency_ms"], b[k]["latency_ms"]
        print(f"same layer in {fa.split('/')[-1]} and {fb.split('/')[-1]}: {x:.4f} vs {y:.4f} ms ({100 * (y / x - 1):+.1f} %)")

#!/usr/bin/env python3
"""Device pairs for transfer studies from a public GPU table: one V100, three TensorRT precisions.

The table is tinynas/latency/op_profiler/V100/conv_data.out{,.fp16,.int8} of
github.com/alibaba/lightweight-neural-architecture-search (Apache-2.0), one line per conv:
``{Regular|Depthwise,batch,cin,h,w,cout,kernel,stride,elmt_fused} latency_ms`` (-1 = not measured).
It is not copied into this repository; fetch it, then

    python3 packaging/peers/v100_precision_pairs.py DIR_WITH_THE_THREE_FILES OUT_DIR [--rows 400]

writes OUT_DIR/v100-{regular,dw}-{fp32,fp16,int8}.csv in the EvoLP layer layout (DESIGN §3): batch 1,
no fused add, square inputs, padding kernel // 2, the same randomly drawn configurations (seeded)
in every precision, each configuration measured (> 0) in all three. Each precision is one "device"
(``v100-trt-fp16`` …), so ``evolp validate --data v100-regular-fp16.csv --base v100-regular-fp32.csv
--predictor transfer,auto --learning-curve 30,100,all`` is a transfer study on a real pair of runtimes.
Development tool only: nothing in the build uses it.
"""
import argparse
import os
import random
import re

LINE = re.compile(r"\{(\w+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\}\s+(\S+)")
FILES = {"fp32": "conv_data.out", "fp16": "conv_data.out.fp16", "int8": "conv_data.out.int8"}
HEADER = ("input_size,input_channel,output_channel,kernel_size_1,kernel_size_2,stride_1,stride_2,"
          "padding_1,padding_2,bias,groups,latency,device")


def load(path):
    """(type, cin, size, cout, kernel, stride) -> latency ms, for batch 1 without the fused add."""
    table = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            m = LINE.match(line)
            if not m:
                raise SystemExit(f"{path}:{n}: not a conv_data line: {line.strip()[:80]}")
            kind, batch, cin, h, w, cout, k, s, fused, lat = m.groups()
            if batch != "1" or fused != "0" or h != w or float(lat) <= 0:
                continue
            table[(kind, int(cin), int(h), int(cout), int(k), int(s))] = float(lat)
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=400, help="configurations per conv type (default 400)")
    ap.add_argument("--seed", type=int, default=20261204)
    a = ap.parse_args()
    tables = {p: load(os.path.join(a.src, f)) for p, f in FILES.items()}
    os.makedirs(a.out, exist_ok=True)
    for kind, short in (("Regular", "regular"), ("Depthwise", "dw")):
        common = sorted(k for k in tables["fp32"] if k[0] == kind and all(k in t for t in tables.values()))
        pick = random.Random(a.seed).sample(common, min(a.rows, len(common)))
        print(f"{kind}: {len(common)} configurations in all three precisions, {len(pick)} drawn")
        for prec, table in tables.items():
            with open(os.path.join(a.out, f"v100-{short}-{prec}.csv"), "w") as out:
                out.write(HEADER + "\n")
                for key in pick:
                    _, cin, size, cout, k, s = key
                    groups = cin if kind == "Depthwise" else 1
                    out.write(f"{size},{cin},{cout},{k},{k},{s},{s},{k // 2},{k // 2},False,{groups},"
                              f"{table[key]},v100-trt-{prec}\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Transfer to a new device against what a researcher would write with scikit-learn, on identical splits.

For each pair TARGET.csv:SOURCE.csv and seed: a seeded 30 % of the target rows is held out; the
first N rows of a seeded shuffle of the rest train every method (N from --sizes). The Java side runs
as a user would: `evolp train --data train.csv --base SOURCE.csv --predictor auto` (transfer, or auto
when the source does not help) and `evolp train --data train.csv --predictor auto` (from scratch),
each scored by `evolp evaluate`. The peers see the same rows; their source prediction is a
gradient-boosted fit of all source rows (as `--base` trains gbt on a source dataset):

  sk_gbr_source_feature  gradient boosting on log latency, the layer features plus the log source
                         prediction (the "source latency as a feature" of HELP-style transfer)
  sk_et_ratio            extremely randomized trees on log(target / source), features plus log source
  sk_gbr_scratch         gradient boosting on log latency, target rows alone
  sk_gp_scratch          a Gaussian process on log latency, target rows alone: ARD RBF + white noise over
                         log sizes, alignment to 4 and depthwise, normalised target, 2 optimiser restarts
                         (what `gp` in the workbench implements)

    python3 packaging/peers/compare_transfer.py --jar target/evolp.jar --seeds 3 --sizes 30,100 \\
        new.csv:known.csv [more pairs] [--json out.json]

Development tool only (needs Debian's python3-sklearn); nothing in the build uses it.
"""
import argparse
import concurrent.futures as cf
import json
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
from sklearn.ensemble import ExtraTreesRegressor, GradientBoostingRegressor
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.exceptions import ConvergenceWarning
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, WhiteKernel

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peer_models  # noqa: E402
from compare_predictors import load, write_csv  # noqa: E402

METHODS = ("evolp_transfer", "evolp_auto_scratch", "sk_gbr_source_feature", "sk_et_ratio", "sk_gbr_scratch",
           "sk_gp_scratch")


def features(rows):
    return peer_models.full_features(peer_models.layer_arrays(rows))


def gbr(seed):
    return GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4, subsample=0.8,
                                     random_state=seed)


def gp_features(rows):
    """The inputs of the workbench's gp kind (GpFeatures): log sizes, kernel and stride, alignment, depthwise."""
    a = peer_models.layer_arrays(rows)
    oh, ow, macs, _, in_el, out_el = peer_models.geometry(a)
    cin, cout, g = a["input_channel"], a["output_channel"], a["groups"]
    return np.column_stack([np.log(a["input_size"]), np.log(cin), np.log(cout), a["kernel_size_1"], a["kernel_size_2"],
                            a["stride_1"], a["stride_2"], np.log(np.maximum(macs, 1)), np.log(in_el),
                            np.log(np.maximum(out_el, 1)), np.log(g), cin % 4 == 0, cout % 4 == 0,
                            (g == cin) & (g > 1)]).astype(float)


def gp_scratch(seed, train, test):
    x_tr, x_te = gp_features(train), gp_features(test)
    mu, sd = x_tr.mean(0), x_tr.std(0)
    sd[sd == 0] = 1
    d = x_tr.shape[1]
    kernel = ConstantKernel(0.1) * RBF(np.full(d, 3.0), (0.1, 1e3)) + WhiteKernel(0.01, (1e-4, 1))
    m = GaussianProcessRegressor(kernel, normalize_y=True, n_restarts_optimizer=2, random_state=seed)
    with warnings.catch_warnings():   # length scales at their bound are inputs that do not matter
        warnings.simplefilter("ignore", ConvergenceWarning)
        m.fit((x_tr - mu) / sd, np.log([r["latency"] for r in train]))
    return np.exp(m.predict((x_te - mu) / sd))


def peers(seed, train, test, ls_train, ls_test):
    """Predictions (ms) of the scikit-learn methods for the test rows."""
    x_tr, x_te = features(train), features(test)
    y = np.log([r["latency"] for r in train])
    out = {}
    m = gbr(seed).fit(np.column_stack([x_tr, ls_train]), y)
    out["sk_gbr_source_feature"] = np.exp(m.predict(np.column_stack([x_te, ls_test])))
    et = ExtraTreesRegressor(n_estimators=300, max_features=0.5, random_state=seed, n_jobs=1)
    et.fit(np.column_stack([x_tr, ls_train]), y - ls_train)
    out["sk_et_ratio"] = np.exp(ls_test + et.predict(np.column_stack([x_te, ls_test])))
    out["sk_gbr_scratch"] = np.exp(gbr(seed).fit(x_tr, y).predict(x_te))
    out["sk_gp_scratch"] = gp_scratch(seed, train, test)
    return out


def java(cmd, seed, train_csv, test_csv, out_json, base=None):
    args = cmd + ["train", "--data", str(train_csv), "--predictor", "auto", "--seed", str(seed), "--out", str(out_json)]
    if base:
        args += ["--base", str(base)]
    t = subprocess.run(args, capture_output=True, text=True)
    if t.returncode != 0:
        raise RuntimeError(f"train on {train_csv}: {t.stderr.strip()[-400:]}")
    e = subprocess.run(cmd + ["evaluate", "--predictor", str(out_json), "--data", str(test_csv), "--json"],
                       capture_output=True, text=True)
    if e.returncode != 0:
        raise RuntimeError(f"evaluate on {test_csv}: {e.stderr.strip()[-400:]}")
    return json.loads(e.stdout.strip().splitlines()[-1])["acc10"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", nargs="+", help="TARGET.csv:SOURCE.csv")
    ap.add_argument("--jar", default="target/evolp.jar")
    ap.add_argument("--java", default="java")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--sizes", default="30,100")
    ap.add_argument("--holdout", type=float, default=0.3)
    ap.add_argument("--jobs", type=int, default=2, help="Java runs at a time")
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",")]
    cmd = [a.java, "-jar", a.jar]
    results = []
    with tempfile.TemporaryDirectory() as tmp, cf.ThreadPoolExecutor(a.jobs) as pool:
        for p, pair in enumerate(a.pairs):
            target_csv, source_csv = pair.split(":")
            rows, device = load(target_csv)
            src_rows, _ = load(source_csv)
            src_model = gbr(0).fit(features(src_rows), np.log([r["latency"] for r in src_rows]))
            ls = src_model.predict(features(rows))
            for seed in range(1, a.seeds + 1):
                rng = np.random.default_rng(seed)
                perm = rng.permutation(len(rows))
                k = int(round(a.holdout * len(rows)))
                test_idx, pool_idx = perm[:k], rng.permutation(perm[k:])
                test = [rows[i] for i in test_idx]
                y_test = np.array([r["latency"] for r in test])
                d = Path(tmp) / f"p{p}s{seed}"
                write_csv(d / "test.csv", test, device)
                for n in sizes:
                    tr_idx = pool_idx[:n]
                    train = [rows[i] for i in tr_idx]
                    write_csv(d / f"train{n}.csv", train, device)
                    jt = pool.submit(java, cmd, seed, d / f"train{n}.csv", d / "test.csv", d / f"t{n}.json", source_csv)
                    js = pool.submit(java, cmd, seed, d / f"train{n}.csv", d / "test.csv", d / f"s{n}.json")
                    acc = {m: peer_models.metrics(v, y_test)["acc10"]
                           for m, v in peers(seed, train, test, ls[tr_idx], ls[test_idx]).items()}
                    acc["evolp_transfer"], acc["evolp_auto_scratch"] = jt.result(), js.result()
                    results.append({"pair": pair, "seed": seed, "rows": n, "acc10": acc})
                    print(f"{Path(target_csv).stem} <- {Path(source_csv).stem} seed {seed} rows {n}: "
                          + " ".join(f"{m} {acc[m]:.1f}" for m in METHODS), flush=True)
    print("\nmedian ±10 % accuracy over seeds")
    print("| pair | rows | " + " | ".join(METHODS) + " |")
    print("|---|---|" + "---|" * len(METHODS))
    for pair in a.pairs:
        for n in sizes:
            rs = [r["acc10"] for r in results if r["pair"] == pair and r["rows"] == n]
            t, s = (Path(x).stem for x in pair.split(":"))
            print(f"| {t} ← {s} | {n} | " + " | ".join(f"{np.median([r[m] for r in rs]):.1f}" for m in METHODS) + " |")
    if a.json:
        Path(a.json).write_text(json.dumps({"settings": vars(a), "results": results}, indent=1))


if __name__ == "__main__":
    main()

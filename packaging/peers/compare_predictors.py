#!/usr/bin/python3
"""Compare the workbench's layer predictors with the strongest scikit-learn peers on identical splits.

Run with Debian's /usr/bin/python3 (python3-sklearn); see README.md beside this file. Every split is
written to a temporary folder as train/test CSVs in the EvoLP layout; the Java predictors are trained
and evaluated on exactly those files through the command line, the peers on the same rows.
"""
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # HistGradientBoosting's OpenMP threads crawl on a busy machine

import argparse
import concurrent.futures as cf
import csv
import json
import multiprocessing
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.model_selection import KFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peer_models  # noqa: E402
import report  # noqa: E402

DETERMINISTIC = {"lut", "flops"}  # trained without randomness: one run per split serves every seed
SPLITS = ("random", "cv", "arch", "extrap")


def load(path):
    """Rows (dicts with int layer columns, float latency) and the device name of one layer CSV."""
    rows, device = [], None
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        names = {n.strip().lower(): n for n in reader.fieldnames or []}
        missing = [c for c in peer_models.COLUMNS[:-1] + ["latency"] if c not in names]
        if missing:
            sys.exit(f"{path}: missing column(s) {', '.join(missing)}")
        for line, r in enumerate(reader, start=2):
            try:
                row = {c: int(float(r[names[c]])) for c in peer_models.COLUMNS if c in names and c != "bias"}
                row["groups"] = row.get("groups", 1)
                row["bias"] = 1 if r[names["bias"]].strip().lower() in ("true", "1") else 0
                row["latency"] = float(r[names["latency"]])
            except (ValueError, TypeError) as e:
                sys.exit(f"{path}:{line}: bad value ({e})")
            if not row["latency"] > 0:
                sys.exit(f"{path}:{line}: latency must be > 0")
            rows.append(row)
            if device is None and "device" in names:
                device = r[names["device"]].strip() or None
    return rows, device or Path(path).stem


def write_csv(path, rows, device):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(peer_models.COLUMNS + ["latency", "device"])
        for r in rows:
            vals = [r[c] for c in peer_models.COLUMNS]
            vals[peer_models.COLUMNS.index("bias")] = "True" if r["bias"] else "False"
            w.writerow(vals + [repr(r["latency"]), device])


def splits(datasets, kinds, seeds, frac, folds, cv_seeds):
    """(kind, dataset label, split id, fold, train rows, test rows, device, seeds it serves)."""
    out = []
    for name, (rows, device) in datasets.items():
        n = len(rows)
        if "random" in kinds:
            for s in seeds:
                perm = np.random.default_rng(s).permutation(n)
                k = int(round(frac * n))
                out.append(("random", name, f"s{s}", 0, [rows[i] for i in perm[k:]], [rows[i] for i in perm[:k]], device, [s]))
        if "cv" in kinds:
            for s in cv_seeds:
                for f, (tr, te) in enumerate(KFold(folds, shuffle=True, random_state=s).split(np.arange(n))):
                    out.append(("cv", name, f"s{s}f{f}", f, [rows[i] for i in tr], [rows[i] for i in te], device, [s]))
        if "extrap" in kinds:
            order = sorted(range(n), key=lambda i: rows[i]["latency"])
            k = int(round((1 - frac) * n))
            out.append(("extrap", name, "low70", 0, [rows[i] for i in order[:k]], [rows[i] for i in order[k:]], device, seeds))
    if "arch" in kinds and len(datasets) > 1:
        devices = {d for _, d in datasets.values()}
        device = devices.pop() if len(devices) == 1 else "combined"
        for name, (rows, _) in datasets.items():
            train = [r for other, (rs, _) in datasets.items() if other != name for r in rs]
            out.append(("arch", name, "rest", 0, train, rows, device, seeds))
    return out


def run_peer(name, seed, train, test, tune=False):
    """One scikit-learn peer on one split (a module-level function, so worker processes can run it)."""
    y_train = np.array([r["latency"] for r in train])
    y_test = np.array([r["latency"] for r in test])
    return peer_models.metrics(peer_models.fit_predict(name, seed, train, y_train, test, tune), y_test)


def peer_executor(jobs):
    """The process pool of the scikit-learn fits, started with 'spawn', never 'fork'.

    Its workers start while Java runs are in flight on the thread pool. A forked worker inherits every
    open descriptor of this process, the write ends of a Java child's stdout/stderr pipes among them, and
    keeps them until the pool shuts down; that Java run then never sees end-of-file, its future never
    completes, and the script hung after its last fit. Spawned workers start from a fresh interpreter
    and hold none of them."""
    return cf.ProcessPoolExecutor(max(1, jobs), mp_context=multiprocessing.get_context("spawn"))


class JavaRunner:
    """Trains and evaluates one Java predictor kind through `evolp train` / `evolp evaluate --json`."""

    def __init__(self, java, jar):
        self.cmd = [java, "-jar", str(jar)]
        self.unavailable = {}

    def run(self, kind, seed, train_csv, test_csv, out_json):
        if kind in self.unavailable:
            return None
        t = subprocess.run(self.cmd + ["train", "--data", str(train_csv), "--predictor", kind,
                                       "--seed", str(seed), "--out", str(out_json)], capture_output=True, text=True)
        if t.returncode != 0:
            if "unknown predictor kind" in t.stderr:
                self.unavailable[kind] = t.stderr.strip().splitlines()[-1]
                return None
            raise RuntimeError(f"train {kind} on {train_csv}: {t.stderr.strip()[-500:]}")
        e = subprocess.run(self.cmd + ["evaluate", "--predictor", str(out_json), "--data", str(test_csv), "--json"],
                           capture_output=True, text=True)
        if e.returncode != 0:
            raise RuntimeError(f"evaluate {kind} on {test_csv}: {e.stderr.strip()[-500:]}")
        m = json.loads(e.stdout.strip().splitlines()[-1])
        return {"n": m["n"], "mape": m["mape"], "acc10": m["acc10"], "acc5": m["acc5"]}


def save(path, a, seeds, notes, results, summary=None):
    out = {"settings": dict(vars(a), seeds=seeds, data=a.data), "notes": notes,
           "summary": summary if summary is not None else report.aggregate(results), "results": results}
    tmp = Path(str(path) + ".tmp")
    tmp.write_text(json.dumps(out, indent=1))
    tmp.replace(path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="*", help="layer dataset CSVs (EvoLP layout), one device each")
    ap.add_argument("--from-json", help="only print the tables of an earlier run's --json file")
    ap.add_argument("--seeds", type=int, default=5, help="seeds 1..N of the random splits and trainings (default 5)")
    ap.add_argument("--splits", default=",".join(SPLITS), help="random, cv, arch, extrap (default all)")
    ap.add_argument("--test-frac", type=float, default=0.3)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cv-seeds", type=int, default=1, help="repetitions of k-fold CV, seeds 1..N (default 1)")
    ap.add_argument("--java-kinds", default="evolp,forest,lut,flops,gbt,hybrid,auto")
    ap.add_argument("--peers", default=",".join(peer_models.peers(0)), help="scikit-learn peers to fit")
    ap.add_argument("--tune", action="store_true", help="tune each peer by 3-fold grid search on the training rows")
    ap.add_argument("--peer-jobs", type=int, default=1, help="scikit-learn fits in parallel processes (default 1)")
    ap.add_argument("--jar", default=str(Path(__file__).resolve().parents[2] / "target" / "evolp.jar"))
    ap.add_argument("--java", default="java")
    ap.add_argument("--jobs", type=int, default=2, help="Java runs in parallel (default 2)")
    ap.add_argument("--workdir", help="keep the split CSVs here (default: a temporary folder, removed)")
    ap.add_argument("--json", help="write all results (per seed and aggregated) to this JSON file")
    ap.add_argument("--markdown", help="also write the markdown tables to this file")
    a = ap.parse_args(argv)
    if a.from_json:
        old = json.loads(Path(a.from_json).read_text())
        print(report.markdown(report.aggregate(old["results"]), old["notes"], old["settings"]))
        return 0
    if not a.data:
        ap.error("give at least one layer CSV")

    kinds = [k for k in a.splits.split(",") if k]
    bad = [k for k in kinds if k not in SPLITS]
    if bad:
        ap.error(f"unknown split kind(s) {bad}; expected {SPLITS}")
    java_kinds = [k for k in a.java_kinds.split(",") if k]
    peer_names = [p for p in a.peers.split(",") if p]
    if java_kinds and not Path(a.jar).is_file():
        ap.error(f"{a.jar} not found: build it with ./mvnw -B -o -q package -DskipTests (or pass --java-kinds '')")
    datasets = {}
    for p in a.data:
        name = Path(p).stem
        if name in datasets:
            name = str(Path(p))
        datasets[name] = load(p)
    seeds = list(range(1, a.seeds + 1))
    work = tempfile.TemporaryDirectory(prefix="evolp-peers-") if not a.workdir else None
    root = Path(a.workdir or work.name)
    java = JavaRunner(a.java, a.jar)
    results, errors = [], []
    with cf.ThreadPoolExecutor(max(1, a.jobs)) as pool, peer_executor(a.peer_jobs) as peer_pool:
        futures = {}
        for kind, name, sid, fold, train, test, device, serves in splits(
                datasets, kinds, seeds, a.test_frac, a.folds, range(1, a.cv_seeds + 1)):
            d = root / kind / name
            tr, te = d / f"{sid}-train.csv", d / f"{sid}-test.csv"
            write_csv(tr, train, device)
            write_csv(te, test, device)
            key = dict(split=kind, dataset=name, fold=fold)
            for jk in java_kinds:
                for s in ([serves[0]] if jk in DETERMINISTIC else serves):
                    f = pool.submit(java.run, jk, s, tr, te, d / f"{sid}-{jk}-{s}.json")
                    futures[f] = dict(key, predictor=jk, seeds=serves if jk in DETERMINISTIC else [s])
            for pn in peer_names:
                for s in serves:
                    f = peer_pool.submit(run_peer, pn, s, train, test, a.tune)
                    futures[f] = dict(key, predictor=pn, seeds=[s])
        done = 0
        for f in cf.as_completed(futures):
            info = futures[f]
            done += 1
            if done % 20 == 0 or done == len(futures):
                print(f"{done}/{len(futures)} fits done", file=sys.stderr, flush=True)
                if a.json:  # a long run that is stopped still leaves its finished fits
                    save(a.json, a, seeds, [f"partial: {done} of {len(futures)} fits"], results)
            try:
                m = f.result()
            except RuntimeError as e:
                errors.append(str(e))
                continue
            if m is not None:
                for s in info["seeds"]:
                    results.append(dict({k: v for k, v in info.items() if k != "seeds"}, seed=s, **m))
    notes = [f"{k}: skipped, not in this jar ({msg})" for k, msg in java.unavailable.items()]
    notes += [f"error: {e}" for e in errors]
    summary = report.aggregate(results)
    md = report.markdown(summary, notes, dict(vars(a), seeds=seeds, data=a.data))
    print(md)
    if a.markdown:
        Path(a.markdown).write_text(md)
    if a.json:
        save(a.json, a, seeds, notes, results, summary)
    if work:
        work.cleanup()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

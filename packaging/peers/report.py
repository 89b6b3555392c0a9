"""Aggregation and markdown tables of compare_predictors.py."""
from collections import defaultdict

import numpy as np

TITLES = {
    "random": "Random {frac:.0%} test splits, one per seed",
    "cv": "{folds}-fold cross-validation (pooled over the folds), {cv_seeds} repetition(s)",
    "arch": "Cross-architecture: trained on the other files' rows, tested on this file (seeds: training only)",
    "extrap": "Above the training range: trained on the {keep:.0%} fastest rows, tested on the slowest "
              "(seeds: training only)",
}


def aggregate(results):
    """Per (split, dataset, predictor): per-seed metrics (folds pooled, weighted by n) and their
    mean, standard deviation, median, min and max over the seeds."""
    per_seed = defaultdict(lambda: defaultdict(list))
    for r in results:
        per_seed[(r["split"], r["dataset"], r["predictor"])][r["seed"]].append(r)
    out = []
    for (split, dataset, predictor), by_seed in sorted(per_seed.items()):
        rows = []
        for seed, rs in sorted(by_seed.items()):
            n = sum(r["n"] for r in rs)
            rows.append({"seed": seed, "n": n, **{m: sum(r[m] * r["n"] for r in rs) / n
                                                  for m in ("mape", "acc10", "acc5")}})
        entry = {"split": split, "dataset": dataset, "predictor": predictor, "per_seed": rows}
        for m in ("mape", "acc10", "acc5"):
            v = np.array([r[m] for r in rows])
            entry[m] = {"mean": float(v.mean()), "sd": float(v.std(ddof=1)) if len(v) > 1 else 0.0,
                        "median": float(np.median(v)), "min": float(v.min()), "max": float(v.max()),
                        "seeds": len(v)}
        out.append(entry)
    return out


def _table(entries, metric, lower_better):
    datasets = sorted({e["dataset"] for e in entries})
    predictors = _order({e["predictor"] for e in entries})
    cell = {(e["predictor"], e["dataset"]): e[metric] for e in entries}
    best = {}
    for d in datasets:
        vals = [cell[(p, d)]["mean"] for p in predictors if (p, d) in cell]
        best[d] = min(vals) if lower_better else max(vals)
    lines = ["| predictor | " + " | ".join(datasets) + " | mean |", "|---" * (len(datasets) + 2) + "|"]
    for p in predictors:
        cells, means = [], []
        for d in datasets:
            c = cell.get((p, d))
            if c is None:
                cells.append("–")
                continue
            means.append(c["mean"])
            txt = f"{c['mean']:.1f} ± {c['sd']:.1f}"
            cells.append(f"**{txt}**" if abs(c["mean"] - best[d]) < 1e-9 else txt)
        avg = f"{np.mean(means):.1f}" if len(means) == len(datasets) else "–"
        lines.append(f"| {p} | " + " | ".join(cells) + f" | {avg} |")
    peers = [p for p in predictors if p.startswith("sk_")]
    if peers:  # the bar a Java predictor has to clear: the strongest peer of each column
        pick = min if lower_better else max
        bests = [pick(cell[(p, d)]["mean"] for p in peers if (p, d) in cell) for d in datasets]
        lines.append("| *strongest peer* | " + " | ".join(f"*{b:.1f}*" for b in bests)
                     + f" | *{np.mean(bests):.1f}* |")
    return "\n".join(lines)


def _order(predictors):
    java = [p for p in ("auto", "hybrid", "gbt", "evolp", "forest", "lut", "flops") if p in predictors]
    return java + sorted(p for p in predictors if p not in java)


def markdown(summary, notes, settings):
    out = ["# Layer predictors vs scikit-learn peers", "",
           "Data: " + ", ".join(settings["data"]),
           f"Seeds: {settings['seeds'][0]}..{settings['seeds'][-1]}; cells are mean ± sd over the seeds "
           "(median, min, max and every seed in the JSON); best mean per column in bold. "
           "Java predictors (evolp, forest, lut, flops, …) through `evolp train` / `evolp evaluate --json`, "
           "`sk_*` are scikit-learn peers on the same rows.", ""]
    for split in ("random", "cv", "arch", "extrap"):
        entries = [e for e in summary if e["split"] == split]
        if not entries:
            continue
        title = TITLES[split].format(frac=settings["test_frac"], folds=settings["folds"],
                                     cv_seeds=settings["cv_seeds"], keep=1 - settings["test_frac"])
        out += [f"## {title}", "", "MAPE (%), lower is better:", "", _table(entries, "mape", True), "",
                "±10 % accuracy (%), higher is better:", "", _table(entries, "acc10", False), ""]
    if notes:
        out += ["## Notes", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(out)

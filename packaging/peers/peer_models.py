"""The scikit-learn peers of compare_predictors.py: features and models a researcher would use.

Kept apart from the driver so the feature set is easy to read and to compare with the Java one.
"""
import numpy as np
from sklearn.compose import TransformedTargetRegressor
from sklearn.ensemble import (GradientBoostingRegressor, HistGradientBoostingRegressor,
                              RandomForestRegressor)
from sklearn.model_selection import GridSearchCV, KFold

COLUMNS = ["input_size", "input_channel", "output_channel", "kernel_size_1", "kernel_size_2",
           "stride_1", "stride_2", "padding_1", "padding_2", "bias", "groups"]
ALIGN = (4, 8, 16, 32)


def layer_arrays(rows):
    """Column arrays (int) of parsed layer rows (dicts with the EvoLP column names)."""
    a = {c: np.array([r[c] for r in rows], dtype=np.int64) for c in COLUMNS}
    return a


def geometry(a):
    """Output size, MACs, weights, input and output elements (square inputs, as the EvoLP layout)."""
    s, cin, cout, g = a["input_size"], a["input_channel"], a["output_channel"], a["groups"]
    oh = (s + 2 * a["padding_1"] - a["kernel_size_1"]) // a["stride_1"] + 1
    ow = (s + 2 * a["padding_2"] - a["kernel_size_2"]) // a["stride_2"] + 1
    weights = a["kernel_size_1"] * a["kernel_size_2"] * cin * cout / g
    macs = oh * ow * weights
    return oh, ow, macs, weights, s * s * cin, oh * ow * cout


def full_features(a):
    """Everything a careful researcher would feed a tree model: both kernel dims and strides,
    depthwise flag, MACs / memory, and channel alignment (residues and 32-wide tile counts)."""
    oh, ow, macs, weights, in_el, out_el = geometry(a)
    cin, cout, g = a["input_channel"], a["output_channel"], a["groups"]
    dw = ((g == cin) & (g > 1)).astype(np.int64)
    cols = [a[c] for c in COLUMNS] + [dw, oh, ow, macs, np.log(macs), weights, in_el, out_el]
    for v in (cin, cout, g):
        cols += [v % m for m in ALIGN] + [-(-v // 32)]
    return np.column_stack(cols).astype(float)


def nnmeter_features(a):
    """nn-Meter's conv features (MobiSys'21): input size, cin, cout, kernel, stride, FLOPs, params."""
    _, _, macs, weights, _, _ = geometry(a)
    return np.column_stack([a["input_size"], a["input_channel"], a["output_channel"],
                            a["kernel_size_1"], a["stride_1"], macs, weights]).astype(float)


def _log_target(model):
    return TransformedTargetRegressor(regressor=model, func=np.log, inverse_func=np.exp)


def peers(seed):
    """name -> (feature function, estimator on the latency scale, small grid for --tune)."""
    rf = dict(n_estimators=200, random_state=seed, n_jobs=1)
    rf_grid = {"max_features": [1.0, 0.5], "min_samples_leaf": [1, 2]}
    gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4,
                                    subsample=0.8, random_state=seed)
    hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, max_leaf_nodes=15,
                                        min_samples_leaf=5, l2_regularization=1e-3,
                                        early_stopping=False, random_state=seed)
    return {
        "sk_rf_nnmeter": (nnmeter_features, RandomForestRegressor(**rf), rf_grid),
        "sk_rf_raw": (full_features, RandomForestRegressor(max_features=0.5, **rf), rf_grid),
        "sk_rf_log": (full_features, _log_target(RandomForestRegressor(max_features=0.5, **rf)),
                      {"regressor__" + k: v for k, v in rf_grid.items()}),
        "sk_gbr_log": (full_features, _log_target(gbr),
                       {"regressor__learning_rate": [0.03, 0.1], "regressor__max_depth": [3, 5]}),
        "sk_hgb_log": (full_features, _log_target(hgb),
                       {"regressor__learning_rate": [0.05, 0.1], "regressor__max_leaf_nodes": [7, 15]}),
    }


def fit_predict(name, seed, train_rows, y_train, test_rows, tune=False):
    """Latency predictions (ms) of one peer for the test rows."""
    feats, model, grid = peers(seed)[name]
    x_train, x_test = feats(layer_arrays(train_rows)), feats(layer_arrays(test_rows))
    if tune and len(train_rows) >= 30:
        model = GridSearchCV(model, grid, cv=KFold(3, shuffle=True, random_state=seed),
                             scoring="neg_mean_absolute_percentage_error", n_jobs=1)
    model.fit(x_train, y_train)
    return np.asarray(model.predict(x_test), dtype=float)


def metrics(pred, y):
    """The workbench's definitions (io.evolp.predict.eval.Metrics): MAPE and ±10 % accuracy in %."""
    rel = np.abs(pred - y) / y
    return {"n": int(len(y)), "mape": float(100 * rel.mean()),
            "acc10": float(100 * np.mean(rel <= 0.10 + 1e-9)),
            "acc5": float(100 * np.mean(rel <= 0.05 + 1e-9))}

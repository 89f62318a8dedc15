#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python side of bench_training: python3-xgboost (and python3-sklearn) on the design matrix our bench wrote.

Run with Debian's /usr/bin/python3 (python3-xgboost 1.7.4 links the same libxgboost as our build). The bench
writes, once and untimed, the features FeatureSpec::transform makes for every table row with the fold's spec
(``--dir``):
    meta.json       rows, columns, names, XGBoost feature types ("q", "c", "i"), category counts, log_target,
                    the booster parameters our XgbLearner sets (base_score excepted: the mean training target),
                    rounds, threads
    features.f32    rows x columns float32, row-major, NaN = missing
    label.f32       the learning target per row (log price), NaN for rows without a usable price
    role.u8         0 = not used (no usable price), 1 = train (the older 80 %), 2 = test (the newest 20 %)
    actual.f64      the sale price per row (NaN when not usable), for the MAE in price space

``--part xgboost`` times (time.perf_counter), end to end: loading the files and selecting the train/test rows,
the training DMatrix, xgb.train with the same parameters and the same per-round RMSE evaluation on the training
matrix that our learner runs for its learning curve, and the DMatrix + predict of the test rows; then the MAE
(price space: exp of the predicted log price). Then ``--runs`` times the batch prediction of every row: DMatrix +
Booster.predict (and, for information, Booster.inplace_predict, the analogue of our dense prediction). Untimed it
writes the trained model (``model.ubj``) and the batch predictions (``predictions.f32``, target scale) for the
bench's cross-check.

``--part sklearn`` times HistGradientBoostingRegressor (max_iter=300, learning_rate=0.1, max_depth=8,
early_stopping=False, categorical_features for the categorical columns with at most 255 categories: sklearn's
limit, wider ones stay numeric codes) on the same split and target; threads from OMP_NUM_THREADS (the bench sets
it). sklearn's default max_leaf_nodes=31 stays, so its trees are smaller than XGBoost's depth-8 ones (up to 256
leaves); unlimited leaves would take many minutes per million rows on two cores.

Prints one JSON object (to --out or stdout). Exit status 0 on success, 1 on any error (the message on stderr).
"""

import argparse
import json
import os
import resource
import statistics
import sys
import time

import numpy as np


def _parse_args(argv):
    p = argparse.ArgumentParser(description="python3-xgboost / sklearn peer of bench_training")
    p.add_argument("--dir", required=True, help="folder with meta.json, features.f32, label.f32, role.u8, actual.f64")
    p.add_argument("--part", choices=("xgboost", "sklearn"), required=True)
    p.add_argument("--runs", type=int, default=3, help="timed batch predictions (default 3; 0: none)")
    p.add_argument("--out", default="-", help="JSON output file (default stdout)")
    return p.parse_args(argv)


class Steps:
    """Named wall-clock steps, in order."""

    def __init__(self):
        self.seconds = {}
        self._start = time.perf_counter()

    def mark(self, name):
        now = time.perf_counter()
        self.seconds[name] = now - self._start
        self._start = now


def _load(folder):
    with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    rows, columns = meta["rows"], meta["columns"]
    x = np.fromfile(os.path.join(folder, "features.f32"), dtype=np.float32).reshape(rows, columns)
    label = np.fromfile(os.path.join(folder, "label.f32"), dtype=np.float32)
    role = np.fromfile(os.path.join(folder, "role.u8"), dtype=np.uint8)
    actual = np.fromfile(os.path.join(folder, "actual.f64"), dtype=np.float64)
    if label.shape[0] != rows or role.shape[0] != rows or actual.shape[0] != rows:
        raise ValueError("the matrix files disagree on the row count")
    train, test = role == 1, role == 2
    return meta, x, x[train], label[train], x[test], actual[test]


def _to_price(meta, target):
    target = np.asarray(target, dtype=np.float64)
    return np.exp(target) if meta["log_target"] else target


def _mae(actual, predicted):
    ok = (actual > 0) & np.isfinite(actual) & np.isfinite(predicted)
    return float(np.mean(np.abs(predicted[ok] - actual[ok]))), int(ok.sum())


def _xgboost(args):
    import xgboost as xgb

    steps = Steps()
    meta, x_all, x_train, y_train, x_test, actual_test = _load(args.dir)
    steps.mark("load")
    threads = meta["threads"]
    kw = dict(feature_names=meta["names"], feature_types=meta["types"], enable_categorical=True,
              missing=np.nan, nthread=threads)
    dtrain = xgb.DMatrix(x_train, label=y_train, **kw)
    steps.mark("dmatrix")
    params = dict(meta["params"])
    params["base_score"] = float(np.mean(y_train, dtype=np.float64))  # as our XgbLearner: the mean target
    booster = xgb.train(params, dtrain, num_boost_round=meta["rounds"], evals=[(dtrain, "train")],
                        verbose_eval=False)
    steps.mark("train")
    predicted = booster.predict(xgb.DMatrix(x_test, **kw))
    mae, count = _mae(actual_test, _to_price(meta, predicted))
    steps.mark("predict_test")
    total = sum(steps.seconds.values())

    batch, inplace = [0.0], [0.0]
    predictions = None
    if args.runs > 0:
        batch, inplace = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        predictions = booster.predict(xgb.DMatrix(x_all, **kw))
        batch.append(time.perf_counter() - start)
        start = time.perf_counter()
        booster.inplace_predict(x_all, missing=np.nan)
        inplace.append(time.perf_counter() - start)
    if predictions is not None:
        predictions.astype(np.float32).tofile(os.path.join(args.dir, "predictions.f32"))
    with open(os.path.join(args.dir, "model.ubj"), "wb") as f:
        f.write(booster.save_raw(raw_format="ubj"))
    return {"xgboost_version": xgb.__version__, "train_rows": int(x_train.shape[0]),
            "test_rows": int(x_test.shape[0]), "steps": steps.seconds, "total": total, "mae": mae,
            "mae_rows": count, "trees": booster.num_boosted_rounds(), "batch_rows": int(x_all.shape[0]),
            "batch_predict": batch, "batch_predict_median": statistics.median(batch),
            "batch_inplace": inplace, "batch_inplace_median": statistics.median(inplace)}


def _sklearn(args):
    import sklearn
    from sklearn.ensemble import HistGradientBoostingRegressor

    steps = Steps()
    meta, _, x_train, y_train, x_test, actual_test = _load(args.dir)
    steps.mark("load")
    categorical = [t == "c" and n <= 255 for t, n in zip(meta["types"], meta["category_counts"])]
    wide = [name for name, t, n in zip(meta["names"], meta["types"], meta["category_counts"])
            if t == "c" and n > 255]
    model = HistGradientBoostingRegressor(max_iter=meta["rounds"], learning_rate=meta["params"]["eta"],
                                          max_depth=meta["params"]["max_depth"],
                                          categorical_features=np.array(categorical), early_stopping=False,
                                          random_state=meta["params"]["seed"])
    model.fit(x_train, y_train)
    steps.mark("train")
    mae, count = _mae(actual_test, _to_price(meta, model.predict(x_test)))
    steps.mark("predict_test")
    return {"sklearn_version": sklearn.__version__, "omp_num_threads": os.environ.get("OMP_NUM_THREADS", ""),
            "train_rows": int(x_train.shape[0]), "test_rows": int(x_test.shape[0]), "steps": steps.seconds,
            "total": sum(steps.seconds.values()), "mae": mae, "mae_rows": count,
            "categorical_as_numeric": wide}


def main(argv):
    args = _parse_args(argv)
    try:
        result = _xgboost(args) if args.part == "xgboost" else _sklearn(args)
    except Exception as e:  # noqa: BLE001 - any failure is reported to the bench as exit 1
        print(f"xgb_training.py: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    result["numpy_version"] = np.__version__
    result["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = json.dumps(result, indent=1)
    if args.out == "-":
        print(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

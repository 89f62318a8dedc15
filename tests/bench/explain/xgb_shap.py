#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python side of bench_explain: python3-xgboost's TreeSHAP (pred_contribs) on the model and rows our bench wrote.

Run with Debian's /usr/bin/python3 (python3-xgboost 1.7.4 links the same libxgboost as our build). The bench
writes, once and untimed (``--dir``):
    meta.json       rows, columns, feature names, XGBoost feature types ("q", "c", "i"), threads
    model.ubj       the model as TrainedModel::serialize() wrote it (XGBoost UBJSON)
    features.f32    rows x columns float32, row-major, NaN = missing: the FeatureMatrix our side explains

Untimed: loads the model (Booster.load_model from the bytes, nthread = meta threads) and builds the DMatrix with the
same names and feature types as our XgbDMatrix (categorical columns "c" with enable_categorical=True, NaN missing).
Timed (time.perf_counter and time.process_time), ``--runs`` times: ``booster.predict(dmatrix, pred_contribs=True)``
(the bench runs one child per run with ``--runs 1``, alternating with its own runs). For information the
DMatrix construction is timed once as well. Untimed afterwards: the plain prediction for the additivity check
(bias + sum of the contributions = prediction) and the last contributions written to ``contribs.f32``
(rows x (columns + 1) float32, bias last) for the bench's agreement check.

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
    p = argparse.ArgumentParser(description="python3-xgboost pred_contribs peer of bench_explain")
    p.add_argument("--dir", required=True, help="folder with meta.json, model.ubj, features.f32")
    p.add_argument("--runs", type=int, default=5, help="timed pred_contribs passes (default 5)")
    p.add_argument("--out", default="-", help="JSON output file (default stdout)")
    return p.parse_args(argv)


def _explain(args):
    import xgboost as xgb

    with open(os.path.join(args.dir, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    rows, columns, threads = meta["rows"], meta["columns"], meta["threads"]
    x = np.fromfile(os.path.join(args.dir, "features.f32"), dtype=np.float32)
    if x.shape[0] != rows * columns:
        raise ValueError(f"features.f32 holds {x.shape[0]} values, expected {rows} x {columns}")
    x = x.reshape(rows, columns)
    with open(os.path.join(args.dir, "model.ubj"), "rb") as f:
        booster = xgb.Booster(model_file=bytearray(f.read()))
    booster.set_param({"nthread": threads})

    start = time.perf_counter()
    dmatrix = xgb.DMatrix(x, feature_names=meta["names"], feature_types=meta["types"], enable_categorical=True,
                          missing=np.nan, nthread=threads)
    dmatrix_seconds = time.perf_counter() - start

    timings, cpu = [], []
    contribs = None
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        contribs = booster.predict(dmatrix, pred_contribs=True)
        timings.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)

    if contribs is None or contribs.shape != (rows, columns + 1):
        raise ValueError(f"pred_contribs returned shape {None if contribs is None else contribs.shape}")
    prediction = booster.predict(dmatrix)
    additivity = float(np.max(np.abs(contribs.astype(np.float64).sum(axis=1) - prediction)))
    np.ascontiguousarray(contribs, dtype=np.float32).tofile(os.path.join(args.dir, "contribs.f32"))
    return {"xgboost_version": xgb.__version__, "rows": rows, "columns": columns, "nthread": threads,
            "trees": booster.num_boosted_rounds(), "dmatrix": dmatrix_seconds, "runs": timings, "cpu": cpu,
            "median": statistics.median(timings), "additivity_max_diff": additivity}


def main(argv):
    args = _parse_args(argv)
    try:
        result = _explain(args)
    except Exception as e:  # noqa: BLE001 - any failure is reported to the bench as exit 1
        print(f"xgb_shap.py: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    result["numpy_version"] = np.__version__
    result["omp_num_threads"] = os.environ.get("OMP_NUM_THREADS", "")
    result["omp_wait_policy"] = os.environ.get("OMP_WAIT_POLICY", "")
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

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The pandas side of bench_quality: the work comparable to our profile + checks, timed on a loaded DataFrame.

Run with Debian's /usr/bin/python3 (python3-pandas is visible to it only). Loads the car-sales CSV once (not timed)
with the typing our import does: the numeric columns as numbers (hand-typed ones such as "12.490 EUR" too),
sale_date as a date (the generator's other date layouts too), the other columns as
text (``--text-dtype category`` is the analogue of our dictionary-encoded text columns; ``object`` is pandas'
default), the same missing-value tokens as our import (``--na-values``), and without the records our
import rejected (``--drop-lines``: a file of 1-based physical line numbers), so both sides see the same rows.

Then, ``--runs`` times, it times (time.perf_counter, one thread):
    describe()                      numeric columns
    describe(include="all")         every column (dates as numbers: datetime_is_numeric)
    quantile([.01 .. .99])          numeric columns and sale_date
    value_counts()                  every text column
    duplicated(keep="first")        on all data columns, and on (plate, sale_date)
    isna().sum()                    every column
and prints one JSON object (to --out or stdout): versions, rows, load seconds, per run the seconds of each step and
the total, the median total, and the counts the bench compares with ours (exact duplicate rows, (plate, sale_date)
duplicates with and without rows missing either field, missing and distinct values per column, values the typing
turned into NaN). Exit status 0 on success, 1 on any error (the message on stderr).
"""

import argparse
import json
import re
import resource
import statistics
import sys
import time

import numpy as np
import pandas as pd

NUMERIC = ("model_year", "mileage_km", "power_kw", "engine_l", "owners", "sale_price")
DATES = ("sale_date",)
QUANTILES = (0.01, 0.05, 0.25, 0.50, 0.75, 0.95, 0.99)
WHOLE_NUMBERS = ("model_year", "mileage_km", "power_kw", "owners", "sale_price")
GROUPED = re.compile(r"-?\d{1,3}(?:[.,]\d{3})+")
ALT_DATE_LAYOUTS = ("%Y-%m-%d %H:%M:%S", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y")


def _parse_args(argv):
    p = argparse.ArgumentParser(description="pandas peer of bench_quality (describe, quantile, value_counts, "
                                            "duplicated, isna)")
    p.add_argument("--csv", required=True, help="the car-sales CSV (comma-separated, ISO dates, '.' decimals)")
    p.add_argument("--runs", type=int, default=3, help="timed repetitions (default 3)")
    p.add_argument("--drop-lines", default=None, help="file with the 1-based physical line numbers to leave out")
    # One JSON list rather than a repeated option: argparse mangles values such as "--".
    p.add_argument("--na-values", default="[]", help='JSON list of texts meaning missing, e.g. ["NA", "-"]')
    p.add_argument("--text-dtype", choices=("category", "object"), default="category",
                   help="dtype of the text columns (default category, like our dictionary-encoded columns)")
    p.add_argument("--out", default="-", help="JSON output file (default stdout)")
    return p.parse_args(argv)


def _dropped_lines(path):
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        return {int(line) for line in f if line.strip()}


def _number(text):
    """A hand-typed number as our import reads it: units dropped, thousands separators removed."""
    s = re.sub(r"[^0-9.,-]", "", text)
    if GROUPED.fullmatch(s):
        s = re.sub(r"[.,]", "", s)
    try:
        return float(s)
    except ValueError:
        return np.nan


def _numbers(column, whole):
    """Numbers like our import: plain ones vectorised; the few others ("12.490 EUR", "84000 km") one by one. In
    whole-number columns "12.490" is 12490, as our import reads it (see ColumnProposal::ambiguousGroups)."""
    text = column.str.strip()
    if whole:
        grouped = text.str.fullmatch(GROUPED.pattern, na=False)
        text = text.where(~grouped, text.str.replace(r"[.,]", "", regex=True))
    typed = pd.to_numeric(text, errors="coerce")
    bad = typed.isna() & column.notna()
    if bad.any():
        typed[bad] = text[bad].map(_number)
    return typed


def _dates(column):
    """ISO dates vectorised; the few in other layouts (the generator's alternative formats) tried in turn."""
    text = column.str.strip()
    typed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    for layout in ALT_DATE_LAYOUTS:
        bad = typed.isna() & column.notna()
        if not bad.any():
            break
        typed[bad] = pd.to_datetime(text[bad], format=layout, errors="coerce")
    return typed


def load(args):
    """The DataFrame, typed like our import; also how many non-missing texts the typing turned into NaN."""
    header = pd.read_csv(args.csv, nrows=0).columns.tolist()
    dropped = _dropped_lines(args.drop_lines)
    # skiprows counts physical lines from 0 (the header is line 1 = index 0).
    skip = sorted(line - 1 for line in dropped if line > 1)
    # Ours compares the tokens ASCII case-insensitively: give pandas the common spellings of each.
    tokens = json.loads(args.na_values)
    na_values = sorted({""} | {v for t in tokens for v in (t, t.lower(), t.upper(), t.capitalize())})
    raw = pd.read_csv(args.csv, dtype=str, keep_default_na=False, na_values=na_values,
                      skiprows=skip, engine="c", low_memory=False)
    if list(raw.columns) != header:
        raise RuntimeError("unexpected columns %r" % list(raw.columns))
    coerced = {}
    for c in NUMERIC:
        if c in raw:
            typed = _numbers(raw[c], c in WHOLE_NUMBERS)
            coerced[c] = int((typed.isna() & raw[c].notna()).sum())
            raw[c] = typed
    for c in DATES:
        if c in raw:
            typed = _dates(raw[c])
            coerced[c] = int((typed.isna() & raw[c].notna()).sum())
            raw[c] = typed
    text = [c for c in raw.columns if c not in NUMERIC and c not in DATES]
    if args.text_dtype == "category":
        for c in text:
            raw[c] = raw[c].astype("category")
    return raw, text, coerced, len(dropped)


def work(df, text):
    """One timed pass; returns the seconds per step and the results the bench checks."""
    steps, out = {}, {}

    def timed(name, fn):
        t0 = time.perf_counter()
        value = fn()
        steps[name] = time.perf_counter() - t0
        return value

    numeric = [c for c in NUMERIC if c in df]
    quantile_cols = numeric + [c for c in DATES if c in df]
    timed("describe_numeric", lambda: df.describe())
    timed("describe_all", lambda: df.describe(include="all", datetime_is_numeric=True))
    timed("quantile", lambda: df[quantile_cols].quantile(list(QUANTILES), numeric_only=False))
    counts = timed("value_counts", lambda: {c: df[c].value_counts() for c in text})
    out["distinct"] = {c: int(len(v)) for c, v in counts.items()}
    out["exact_duplicates"] = int(timed("duplicated_rows", lambda: df.duplicated(keep="first").sum()))
    out["plate_sale_date_duplicates"] = int(
        timed("duplicated_plate_date", lambda: df.duplicated(subset=["plate", "sale_date"], keep="first").sum()))
    out["missing"] = {c: int(v) for c, v in timed("isna_sum", lambda: df.isna().sum()).items()}
    steps["total"] = sum(steps.values())
    return steps, out


def main(argv=None):
    args = _parse_args(argv)
    if args.runs < 1:
        raise RuntimeError("--runs must be >= 1")
    t0 = time.perf_counter()
    df, text, coerced, dropped = load(args)
    load_seconds = time.perf_counter() - t0
    runs, result = [], None
    for _ in range(args.runs):
        steps, result = work(df, text)
        runs.append(steps)
    # Untimed: the (plate, sale_date) duplicates as our check counts them (rows missing either are not compared).
    both = df[df["plate"].notna() & df["sale_date"].notna()]
    doc = {
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "text_dtype": args.text_dtype,
        "rows": int(len(df)),
        "columns": int(df.shape[1]),
        "dropped_lines": dropped,
        "load_seconds": load_seconds,
        "runs": runs,
        "median_seconds": statistics.median(r["total"] for r in runs),
        "step_medians": {k: statistics.median(r[k] for r in runs) for k in runs[0]},
        "exact_duplicates": result["exact_duplicates"],
        "plate_sale_date_duplicates": result["plate_sale_date_duplicates"],
        "plate_sale_date_duplicates_non_missing": int(both.duplicated(subset=["plate", "sale_date"]).sum()),
        "missing": result["missing"],
        "distinct": result["distinct"],
        "coerced_to_nan": coerced,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
    }
    text_out = json.dumps(doc, indent=1)
    if args.out == "-":
        print(text_out)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text_out + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as e:  # one line for the bench's error message, not a traceback
        print("pandas_quality.py: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)

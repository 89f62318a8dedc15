#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Self-check of generate_sales.py (standard library only): runs it in every dialect and verifies

* determinism (same arguments -> same sha256, CSV and stats), stdout == --out, cp1252 == utf-8 text, and that
  demo-sales.csv / demo-sales.stats.json are exactly what their documented command line produces;
* the file format: BOM, line endings, delimiter, header language, row and column counts (csv module read-back);
* the clean data: no missing cells (except engine_l of electric cars), value formats per dialect, plate formats,
  resales (same plate -> later date, more km, same car), dealer price endings, the _info counts;
* the dirt: every cell of the dirty file that differs from the clean file (same seed, --dirt 0) is classified
  independently into a defect kind, exact duplicates are recognised, and the recount must equal --stats exactly.

Usage: check_generate_sales.py [--rows N] [--seed S]   (exit status 0 = all checks passed)
"""

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "generate_sales.py")
sys.path.insert(0, HERE)
import generate_sales as gs  # noqa: E402  (only for the column names, header tables and vocabularies)

MISSING = {"", "NA", "N/A", "null", "-"}
FORMATS = {"iso": "%Y-%m-%d", "de": "%d.%m.%Y", "us": "%m/%d/%Y", "eu_slash": "%d/%m/%Y", "de_short": "%d.%m.%y",
           "excel_time": "%Y-%m-%d %H:%M:%S"}
PLATE_DE = re.compile(r"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}E?$")
PLATE_SE = re.compile(r"^[A-HJ-PR-UW-Z]{3} [0-9]{2}[0-9A-HJ-NPR-UW-Z]$")
FAILURES = []


def check(cond, msg):
    if not cond:
        FAILURES.append(msg)
        if len(FAILURES) < 40:
            print("FAIL:", msg)


def run(args, out=None):
    cmd = ["/usr/bin/python3", GEN] + args + (["--out", out] if out else [])
    res = subprocess.run(cmd, capture_output=True, check=True)
    return res.stdout


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read(path, delimiter, encoding):
    with open(path, encoding="utf-8-sig" if encoding == "utf-8-sig" else encoding, newline="") as f:
        return list(csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True, strict=True))


def parse_date(text, fmt):
    try:
        return dt.datetime.strptime(text, FORMATS[fmt]).date()
    except ValueError:
        return None


def price_value(text, dialect):
    """Numeric value of a well-formed price cell, or None."""
    if dialect == "us" and re.fullmatch(r"[0-9]+", text):
        return int(text)
    if dialect == "de" and re.fullmatch(r"[0-9]+,00", text):
        return int(text[:-3])
    if dialect == "sv" and re.fullmatch(r"[0-9]{1,3}( [0-9]{3})*", text):
        return int(text.replace(" ", ""))
    return None


def classify(col, clean, dirty, dialect, date_fmt):
    """Defect kind explaining clean -> dirty in one cell, or None when nothing explains it."""
    name = gs.COLUMNS[col]
    if dirty in MISSING and clean not in MISSING:
        return "missing_" + name
    if col == gs.C_BRAND:
        return "brand_variant" if dirty in gs.BRANDS[clean][3] else None
    if col == gs.C_MODEL:
        low = dirty.lower()
        if low == clean.lower() or (low.startswith(clean.lower()) and re.search(r'[,"]', dirty)):
            return "model_variant"
        return None
    if col in gs.PAD_COLUMNS and dirty != clean and dirty.strip() == clean:
        return "whitespace_pad"
    if col == gs.C_KM:
        if dirty == "-" + clean:
            return "mileage_negative"
        if dirty == "9999999":
            return "mileage_9999999"
        digits = re.sub(r"[^0-9]", "", dirty)
        if re.search(r"[^0-9]", dirty) and digits and (digits == clean or (
                dirty.endswith(" mil") and int(digits) == (int(clean) + 5) // 10)):
            return "mileage_text"
        return None
    if col == gs.C_YEAR:
        return {"2099": "year_2099", "1900": "year_implausible_low"}.get(dirty)
    if col == gs.C_KW:
        return "power_impossible" if dirty in ("0", "9999") else None
    if col == gs.C_PRICE:
        c = price_value(clean, dialect)
        v = price_value(dirty, dialect)
        if v is not None:
            return "price_outlier" if v in (c * 10, max(1, c // 10)) else None
        if re.search(r"EUR|€|kr|SEK|:-", dirty) and re.sub(r"[^0-9]", "", dirty) == str(c):
            return "price_text"
        return None
    if col == gs.C_DATE:
        c = parse_date(clean, date_fmt)
        d = parse_date(dirty, date_fmt)
        if d is not None and d.year in (1970, 2099):
            return "date_impossible"
        for fmt in FORMATS:
            if fmt != date_fmt and parse_date(dirty, fmt) == c:
                return "date_alt_format"
        return None
    if col == gs.C_EQUIP:
        sep = ";" if ";" in clean else "|"
        return "equipment_comma_sep" if dirty == ", ".join(clean.split(sep)) and ", " in dirty else None
    return None


def check_clean(rows, dialect, market, info, label):
    cfg = gs.DIALECTS[dialect]
    date_fmt = cfg["date"]
    plate_re = PLATE_SE if market == "se" else PLATE_DE
    regions = {r[0] for r in (gs.REGIONS_SE if market == "se" else gs.REGIONS_DE)}
    seen, resales, electric, semicolon = {}, 0, 0, 0
    num = r"[0-9]+" + (r"\.[0-9]+" if cfg["decimal"] == "." else r",[0-9]+")
    for i, r in enumerate(rows):
        where = "%s clean row %d" % (label, i + 1)
        check(len(r) == 17, where + ": 17 columns")
        electric += r[gs.C_FUEL] == "electric"
        for col, v in enumerate(r):
            if v in MISSING and not (col == gs.C_ENGINE and r[gs.C_FUEL] == "electric" and v == ""):
                check(False, "%s: missing %s" % (where, gs.COLUMNS[col]))
        check(plate_re.match(r[gs.C_PLATE]) is not None, where + ": plate " + r[gs.C_PLATE])
        check(r[gs.C_BRAND] in gs.BRANDS, where + ": brand")
        check(2005 <= int(r[gs.C_YEAR]) <= 2024, where + ": model year")
        d = parse_date(r[gs.C_DATE], date_fmt)
        check(d is not None and dt.date(2015, 1, 1) <= d <= dt.date(2025, 12, 31) and d.year >= int(r[gs.C_YEAR]),
              where + ": sale date " + r[gs.C_DATE])
        check(r[gs.C_ENGINE] == "" if r[gs.C_FUEL] == "electric" else re.fullmatch(num, r[gs.C_ENGINE]) is not None,
              where + ": engine_l " + r[gs.C_ENGINE])
        check(r[gs.C_REGION] in regions, where + ": region")
        p = price_value(r[gs.C_PRICE], dialect)
        check(p is not None and p > 0, where + ": price " + r[gs.C_PRICE])
        if p is not None and r[gs.C_SELLER] == "dealer":
            check(p % 100 == 90 if market == "de" else p % 1000 == 900,
                  where + ": dealer price ending " + r[gs.C_PRICE])
        eq = r[gs.C_EQUIP]
        semicolon += ";" in eq
        check(", " not in eq and not ("|" in eq and ";" in eq), where + ": equipment separator")
        key = r[gs.C_PLATE]
        if key in seen:
            resales += 1
            o = seen[key]
            same = all(o[c] == r[c] for c in (gs.C_BRAND, gs.C_MODEL, gs.C_YEAR, gs.C_FUEL, gs.C_KW, gs.C_BODY,
                                               gs.C_COLOR, gs.C_TRANS))
            same = same and o[gs.C_EQUIP].replace(";", "|") == r[gs.C_EQUIP].replace(";", "|")
            check(same and parse_date(r[gs.C_DATE], date_fmt) > parse_date(o[gs.C_DATE], date_fmt)
                  and int(r[gs.C_KM]) > int(o[gs.C_KM]) and int(r[gs.C_OWNERS]) >= int(o[gs.C_OWNERS]),
                  where + ": resale consistency")
        seen[key] = r
    check(resales == info["resale_rows"], "%s: resales %d != %d" % (label, resales, info["resale_rows"]))
    check(electric == info["electric_rows"], "%s: electric %d != %d" % (label, electric, info["electric_rows"]))
    check(semicolon == info["equipment_semicolon_rows"], "%s: ';' rows %d" % (label, semicolon))
    share = resales / max(1, len(rows))
    check(0.035 < share < 0.065 or len(rows) < 2000, "%s: resale share %.3f" % (label, share))


def recount(dirty, clean, dialect, label):
    date_fmt = gs.DIALECTS[dialect]["date"]
    counts = {k: 0 for k in gs.DEFECT_RATES}
    first_kinds, ci = {}, 0
    for i, r in enumerate(dirty):
        t = tuple(r)
        if t in first_kinds:
            counts["duplicate_row"] += 1
            for k in first_kinds[t]:
                counts[k] += 1
            continue
        c = clean[ci]
        ci += 1
        kinds = []
        for col, (cv, dv) in enumerate(zip(c, r)):
            if cv != dv:
                k = classify(col, cv, dv, dialect, date_fmt)
                check(k is not None, "%s dirty row %d: unexplained %s %r -> %r" % (label, i + 1, gs.COLUMNS[col],
                                                                                    cv, dv))
                if k:
                    kinds.append(k)
        for k in kinds:
            counts[k] += 1
        first_kinds[t] = kinds
    return counts, ci


def one_config(tmp, rows, seed, dialect, header, encoding, dirt=1.0):
    label = "%s/%s/%s" % (dialect, header, encoding or "default")
    enc = encoding or gs.DIALECTS[dialect]["encoding"]
    cfg = gs.DIALECTS[dialect]
    base = ["--rows", str(rows), "--seed", str(seed), "--dialect", dialect, "--header-lang", header]
    if encoding:
        base += ["--encoding", encoding]
    f1, f2, c1 = (os.path.join(tmp, n) for n in ("a.csv", "b.csv", "clean.csv"))
    s1, s2, sc = (os.path.join(tmp, n) for n in ("a.json", "b.json", "clean.json"))
    run(base + ["--dirt", str(dirt), "--stats", s1], f1)
    run(base + ["--dirt", str(dirt), "--stats", s2], f2)
    run(base + ["--dirt", "0", "--stats", sc], c1)
    check(sha(f1) == sha(f2) and sha(s1) == sha(s2), label + ": not deterministic")
    stdout = run(base + ["--dirt", str(dirt)])
    check(hashlib.sha256(stdout).hexdigest() == sha(f1), label + ": stdout differs from --out")
    raw = open(f1, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf") == (enc == "utf-8-sig"), label + ": BOM")
    lines = raw.count(b"\n")
    check(lines == rows + 1, label + ": %d line ends" % lines)
    check(raw.count(b"\r\n") == (lines if cfg["crlf"] else 0), label + ": line terminator")
    stats = json.load(open(s1, encoding="utf-8"))
    cstats = json.load(open(sc, encoding="utf-8"))
    dirty = read(f1, cfg["delimiter"], enc)
    clean = read(c1, cfg["delimiter"], enc)
    check(dirty[0] == list(gs.HEADERS[header]) and clean[0] == dirty[0], label + ": header")
    check(len(dirty) == rows + 1 and len(clean) == rows + 1, label + ": row count")
    check(all(len(r) == 17 for r in dirty), label + ": column count")
    check(all(v == 0 for k, v in cstats.items() if not k.startswith("_")), label + ": clean stats not zero")
    market = stats["_options"]["market"]
    check_clean(clean[1:], dialect, market, cstats["_info"], label)
    counts, used = recount(dirty[1:], clean[1:], dialect, label)
    expected = {k: v for k, v in stats.items() if not k.startswith("_")}
    check(set(expected) == set(counts), label + ": kinds differ")
    for k in sorted(counts):
        check(counts[k] == expected.get(k), "%s: %s recount %d != stats %s" % (label, k, counts[k],
                                                                               expected.get(k)))
    check(used == rows - stats["duplicate_row"], label + ": non-duplicate rows")
    if any(gs.DIALECTS[dialect]["delimiter"] in v or '"' in v for r in dirty for v in r):
        check(b'"' in raw, label + ": quoting expected")
    print("%-22s rows=%d defects=%d dup=%d resales=%d sha256=%s" % (
        label, rows, sum(expected.values()), stats["duplicate_row"], cstats["_info"]["resale_rows"], sha(f1)[:16]))
    return f1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for dialect, header, encoding in (("us", "en", None), ("de", "de", None), ("sv", "sv", None),
                                          ("de", "en", "cp1252"), ("sv", "de", "utf-8-sig"), ("us", "sv", "cp1252")):
            one_config(tmp, a.rows, a.seed, dialect, header, encoding)
        # cp1252 and utf-8 outputs carry the same text
        base = ["--rows", "3000", "--seed", str(a.seed), "--dialect", "sv", "--dirt", "3"]
        t1 = run(base + ["--encoding", "cp1252"]).decode("cp1252")
        t2 = run(base + ["--encoding", "utf-8"]).decode("utf-8")
        check(t1 == t2, "cp1252 text differs from utf-8 text")
        one_config(tmp, 3000, a.seed + 1, "us", "en", None, dirt=5.0)
        # the shipped demo file is exactly what its documented command line produces, and passes the checks
        demo = one_config(tmp, 3000, 2026, "de", "de", "utf-8-sig")
        check(sha(demo) == sha(os.path.join(HERE, "demo-sales.csv")), "demo-sales.csv is not reproducible")
        check(sha(os.path.join(tmp, "a.json")) == sha(os.path.join(HERE, "demo-sales.stats.json")),
              "demo-sales.stats.json is not reproducible")
        one_config(tmp, 0, a.seed, "de", "de", None)
        one_config(tmp, 1, a.seed, "sv", "sv", None)
    print("FAILED: %d checks" % len(FAILURES) if FAILURES else "all checks passed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())

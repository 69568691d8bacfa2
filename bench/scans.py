"""Degraded scans: how many table figures the OCR still reads, and that none is read wrong.

    python -m bench scans                                  # real pages, dev set, every profile
    python -m bench scans --set heldout --profiles harsh   # the real pages kept for measuring
    python -m bench scans --generated 12 --profiles harsh fax stamped photo

Real rows: the project's real report pages as HTML (corpora/real/*-html.html, read by hand
into their gold files) printed to PDF by Chromium as a reader's browser prints them, that
PDF read as a text PDF (the baseline: the cells it gives exactly), then scanned under each
profile of `corpora.generator.scan.PROFILES` and read by the full pipeline. Generated rows:
the generator's text-PDF reports scanned the same way. Each row counts the gold cells the
text PDF gives exactly as exact / unreadable / wrong / missing in the scan; `wrong` must
stay 0 whatever the profile. Scans are made from a fixed seed, so a row is the same pages
from run to run; each (document, profile) is read in its own process of a two-worker pool,
OCR on one thread each.

The first twelve pages are split once, by organ: `dev` (tuned on) and `heldout` (measured
blind, then fixed); `heldout2` and `heldout3` (eleven more each, one page an organ, collected
later) were each scored blind once, then fixed in turn (corpora/real/README.md has the scores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpora" / "real"
RESULTS = ROOT / "bench" / "results"
SETS = {
    "dev": ["putian-audit-2020", "putian-city-2019", "putian-emergency-2024", "putian-forestry-2022",
            "putian-science-2021", "putian-stats-2022"],
    "heldout": ["putian-culture-tourism-2019", "putian-ethnic-religious-2022", "putian-ocean-fisheries-2021",
                "putian-sports-2019", "putian-urban-management-2023", "putian-water-2023"],
    # Collected after issue 16's fixes and scored blind once (2026-12-03), one page per organ.
    "heldout2": ["putian-audit-2022", "putian-culture-2021", "putian-emergency-2021", "putian-ethnic-religious-2024",
                 "putian-forestry-2025", "putian-ocean-fisheries-2020", "putian-science-2024", "putian-sports-2022",
                 "putian-stats-2019", "putian-urban-management-2021", "putian-water-2025"],
    # Collected after heldout2's fixes and scored blind once (2026-12-03), one page per organ.
    "heldout3": ["putian-audit-2023", "putian-culture-2022", "putian-emergency-2022", "putian-ethnic-religious-2021",
                 "putian-forestry-2021", "putian-ocean-fisheries-2024", "putian-science-2019", "putian-sports-2020",
                 "putian-stats-2021", "putian-urban-management-2019", "putian-water-2021"],
}
CHROMIUM = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-pdf-header-footer"]


def print_to_pdf(html: Path, out: Path) -> Path:
    """The page as a reader's browser prints it (the archived pages' rules are drawn in
    `windowtext`, a colour only browsers know)."""
    subprocess.run([*CHROMIUM, f"--print-to-pdf={out}", html.resolve().as_uri()], check=True,
                   capture_output=True, timeout=120)
    return out


def classify(gold: dict, report, only: set[str] | None = None) -> dict:
    """Each gold figure the report should read: exact, unreadable, wrong or missing."""
    from bench.accuracy import _same_value, gold_cells

    out = {"exact": [], "unreadable": [], "wrong": [], "missing": []}
    facts = {f.metric: f for f in report.facts if not f.derived}
    for metric, (status, value) in gold_cells(gold).items():
        if status != "value" or (only is not None and metric not in only):
            continue
        f = facts.get(metric)
        if f is None:
            out["missing"].append(metric)
        elif f.status in ("value", "annotated") and _same_value(f.value, value):
            out["exact"].append(metric)
        elif f.status == "unreadable":
            out["unreadable"].append([metric, value, f.raw])
        else:
            out["wrong"].append([metric, value, f.raw])
    return out


def _one(job: tuple[str, str, str, tuple[str, ...], str]) -> list[dict]:
    """Worker: read one text PDF (the baseline, once), then scan it under each profile and
    read the scan (its own process)."""
    name, text_pdf, gold_path, profiles, tmp = job
    os.environ["NIANBAO_OCR_THREADS"] = "1"
    sys.path.insert(0, str(ROOT))
    from corpora.generator.scan import profiled
    from extractor import extract

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    data = Path(text_pdf).read_bytes()
    baseline = classify(gold, extract(Path(text_pdf)))
    rows = []
    for profile in profiles:
        scan_path = Path(tmp) / f"{name}.{profile}.pdf"
        scanned, plan = profiled(data, profile, random.Random(f"{name}:{profile}"))
        scan_path.write_bytes(scanned)
        t = time.perf_counter()
        report = extract(scan_path)
        spent = time.perf_counter() - t
        got = classify(gold, report, set(baseline["exact"]))
        rows.append({"doc": name, "profile": profile, "pages": len(plan), "seconds": round(spent, 1),
                     "text_pdf_exact": len(baseline["exact"]), "text_pdf_cells": sum(len(v) for v in baseline.values()),
                     **{k: len(v) for k, v in got.items()}, "not_exact": got["unreadable"] + got["wrong"],
                     "missing_cells": got["missing"][:40]})
    return rows


def _real_jobs(names: list[str], profiles: list[str], tmp: Path) -> list[tuple]:
    jobs = []
    for name in names:
        pdf = print_to_pdf(REAL / f"{name}-html.html", tmp / f"{name}.pdf")
        jobs.append((name, str(pdf), str(REAL / f"{name}-html.gold.json"), tuple(profiles), str(tmp)))
    return jobs


def _generated_jobs(n: int, seed: int, profiles: list[str], tmp: Path) -> list[tuple]:
    from corpora.generator import generate_report

    jobs = []
    for i in range(n):
        rid = f"gen{seed}-{i:03d}"
        _figs, gold = generate_report(rid, "pdf-text", f"scans:{seed}:{i}", tmp, inject=None)
        pdf = tmp / gold["file"]
        jobs.append((rid, str(pdf), str(tmp / f"{rid}.gold.json"), tuple(profiles), str(tmp)))
    return jobs


def summarize(rows: list[dict]) -> dict:
    out = {}
    for profile in sorted({r["profile"] for r in rows}):
        rs = [r for r in rows if r["profile"] == profile]
        cells = sum(r["text_pdf_exact"] for r in rs)
        out[profile] = {"documents": len(rs), "pages": sum(r["pages"] for r in rs), "cells": cells,
                        **{k: sum(r[k] for r in rs) for k in ("exact", "unreadable", "wrong", "missing")},
                        "exact_share": round(sum(r["exact"] for r in rs) / cells, 4) if cells else None,
                        "seconds_per_page": round(sum(r["seconds"] for r in rs) / max(1, sum(r["pages"] for r in rs)), 2)}
    return out


def main(argv: list[str] | None = None) -> int:
    from corpora.generator.scan import PROFILES

    p = argparse.ArgumentParser(prog="python -m bench scans", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--set", choices=[*SETS, "all", "none"], default="dev", help="real pages to scan")
    p.add_argument("--docs", nargs="+", help="only these real reports (stems without -html)")
    p.add_argument("--generated", type=int, default=0, help="also this many generated text-PDF reports")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profiles", nargs="+", default=list(PROFILES), choices=list(PROFILES))
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--keep", type=Path, help="write the PDFs and scans here (kept) instead of a temporary folder")
    p.add_argument("--json", type=Path, default=RESULTS / "scans.json")
    args = p.parse_args(argv)
    names = args.docs or ([] if args.set == "none" else
                          sum(SETS.values(), []) if args.set == "all" else SETS[args.set])
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        jobs = _real_jobs(names, args.profiles, tmp) + _generated_jobs(args.generated, args.seed, args.profiles, tmp)
        with ProcessPoolExecutor(args.workers) as pool:
            rows = []
            for row in (row for document in pool.map(_one, jobs) for row in document):
                rows.append(row)
                print(f"{row['doc']:34} {row['profile']:8} {row['exact']:4}/{row['text_pdf_exact']:<4} exact "
                      f"{row['unreadable']:3} unreadable {row['wrong']} wrong {row['missing']:3} missing "
                      f"({row['pages']} pages, {row['seconds']} s)", flush=True)
    real = [r for r in rows if not r["doc"].startswith("gen")]
    generated = [r for r in rows if r["doc"].startswith("gen")]
    result = {"set": args.set, "real": summarize(real), "generated": summarize(generated), "rows": rows}
    for origin in ("real", "generated"):
        for profile, s in result[origin].items():
            print(f"{origin:9} {profile:8} {s['exact']}/{s['cells']} exact ({s['exact_share']:.2%}), "
                  f"{s['unreadable']} unreadable, {s['wrong']} wrong, {s['missing']} missing; "
                  f"{s['documents']} documents, {s['pages']} pages, {s['seconds_per_page']} s/page")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

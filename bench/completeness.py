"""Completeness without gold: how much of a corpus the pipeline reads, checks and ties out.

    python -m bench completeness DIR [DIR …] [--workers 2] [--worst 15] [--json OUT]

A corpus too big to label is watched by what a reader can see without answers. Per
format, over every report file under the folders:

- tables: the share of reports where 表二, 表三 and 表四 were all found;
- cells read: the share of printed cells read (a figure, a blank, a slash or an annotated
  figure — anything but `unreadable`);
- relations: of the form's relations (t3.R1 per column, t3.R2 per column, t3.R3 per
  row, t4.R5 per group, as rules.toml expands them), the share that could be checked
  (every cell a figure) and, of those, the share that hold;
- failures: files that could not be read at all, with the error code.

The worst reports (fewest tables, cells read, relations checkable) are listed so a
reviewer knows where to look first. Nothing here knows the right answers: a report can
score 100% and still be wrong; the gold-based `accuracy` command says how often.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPORT_EXTS = {".html", ".htm", ".txt", ".md", ".pdf", ".docx", ".tif", ".tiff", ".png", ".jpg", ".jpeg"}


def report_files(folders: list[Path]) -> list[Path]:
    """Every report-like file under the folders (gold files and manifests left out)."""
    out = []
    for folder in folders:
        paths = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        for p in paths:
            if (p.is_file() and p.suffix.lower() in REPORT_EXTS and not p.name.endswith(".gold.json")
                    and not p.name.upper().startswith("README")):
                out.append(p)
    return out


def measure(path: Path) -> dict:
    """What one report shows without gold (run in a worker process)."""
    from extractor import extract  # noqa: PLC0415 — loaded once per worker
    from extractor.errors import ExtractionError  # noqa: PLC0415
    from extractor.reconcile.engine import Figures  # noqa: PLC0415
    from extractor.reconcile.relations import outcomes  # noqa: PLC0415

    try:
        report = extract(path)
    except ExtractionError as exc:
        return {"file": str(path), "format": "failed", "error": exc.code, "reason": exc.reason}
    printed = [f for f in report.facts if not f.derived]
    tables = sorted({f.metric.split(".")[0] for f in printed})
    counts = defaultdict(int)
    for o in outcomes(report, Figures(report)):
        if o.rel.get("needs") == "previous" or o.status == "skipped":
            continue
        counts["relations"] += 1
        counts[o.status] += 1
    # Text dumps come in shapes as different as formats (a crawler's node lines, pipe rows …).
    shapes = {"crawled_node_lines": "text-crawled", "cell_per_line": "text-cells"}
    fmt = next((shapes[w.code] for w in report.warnings if w.code in shapes), report.source.format)
    return {
        "file": str(path),
        "format": fmt,
        "tables": tables,
        "cells": len(printed),
        "cells_read": sum(1 for f in printed if f.status != "unreadable"),
        "relations": counts["relations"],
        "checked": counts["holds"] + counts["broken"],
        "hold": counts["holds"],
    }


def _share(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def summarize(rows: list[dict]) -> dict:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["format"]].append(r)
    groups["ALL"] = [r for r in rows if r["format"] != "failed"]
    out = {}
    for name, items in sorted(groups.items()):
        if name == "failed":
            out[name] = {"reports": len(items), "errors": dict(sorted(
                {e: sum(1 for r in items if r["error"] == e) for e in {r["error"] for r in items}}.items()))}
            continue
        checked = sum(r["checked"] for r in items)
        out[name] = {
            "reports": len(items),
            "all_tables": _share(sum(1 for r in items if r["tables"] == ["t2", "t3", "t4"]), len(items)),
            "cells_read": _share(sum(r["cells_read"] for r in items), sum(r["cells"] for r in items)),
            "relations_checkable": _share(checked, sum(r["relations"] for r in items)),
            "relations_hold": _share(sum(r["hold"] for r in items), checked),
        }
    return out


def worst(rows: list[dict], n: int) -> list[dict]:
    """The reports a reviewer should look at first."""
    read = [r for r in rows if r["format"] != "failed"]
    return sorted(read, key=lambda r: (len(r["tables"]), _share(r["cells_read"], r["cells"]) or 0,
                                        _share(r["checked"], r["relations"]) or 0))[:n]


def _pct(x) -> str:
    return "   —  " if x is None else f"{100 * x:6.1f}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench completeness", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folders", nargs="+", type=Path)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--worst", type=int, default=15)
    p.add_argument("--json", type=Path, default=Path(__file__).resolve().parent / "results" / "completeness.json")
    args = p.parse_args(argv)
    files = report_files(args.folders)
    if not files:
        p.error("no report files under " + ", ".join(map(str, args.folders)))
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        rows = list(pool.map(measure, files, chunksize=4))
    summary = summarize(rows)
    print(f"{'format':16} {'n':>5} {'3 tables%':>10} {'cells read%':>12} {'checkable%':>11} {'hold%':>7}")
    for name, g in summary.items():
        if name == "failed":
            continue
        print(f"{name:16} {g['reports']:>5} {_pct(g['all_tables']):>10} {_pct(g['cells_read']):>12} "
              f"{_pct(g['relations_checkable']):>11} {_pct(g['relations_hold']):>7}")
    if "failed" in summary:
        print(f"\nnot read: {summary['failed']['reports']} " + ", ".join(
            f"{k} {v}" for k, v in summary["failed"]["errors"].items()))
    print("\nworst reports:")
    for r in worst(rows, args.worst):
        print(f"  {r['file']} [{r['format']}]: tables {'+'.join(r['tables']) or 'none'}, "
              f"cells read {r['cells_read']}/{r['cells']}, relations checked {r['checked']}/{r['relations']}, "
              f"hold {r['hold']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"summary": summary, "reports": rows}, ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8")
    print(f"\nresults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A corpus through `nianbao batch`, as a user runs it: throughput, and a kill -9 half way.

    python -m bench batch [--n 1000] [--workers 2] [--seed 1] [--corpus DIR] [--json OUT]

1. warm: seconds per report of `extract` in this process over the corpus (after a few
   reports to warm up), beside lxml's bare parse of the same files (the baseline);
2. full: the whole corpus through `nianbao batch --workers W --quiet` into a fresh store,
   wall-clock seconds (process start-up and the store included) and reports/s;
3. killed: a fresh store, the batch killed with SIGKILL half way through the full run's
   time, the store opened (it must be readable), then rerun: the rerun must skip
   exactly the committed reports and extract only the rest, and the store must hold each
   report's rows exactly once.

The corpus is generated HTML (the issue's figure: 1,000 reports in ≤ 25 s on 2 cores)
unless --corpus names a folder.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _batch(folder: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "extractor", "batch", str(folder), "--db", str(db), "-w", str(workers), "--quiet"]


def _store_counts(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "reports": con.execute("SELECT count(*) FROM reports").fetchone()[0],
            "distinct_reports": con.execute("SELECT count(DISTINCT path) FROM reports").fetchone()[0],
            "facts": con.execute("SELECT count(*) FROM facts").fetchone()[0],
            "facts_expected": con.execute("SELECT coalesce(sum(n_facts), 0) FROM reports").fetchone()[0],
        }
    finally:
        con.close()


def warm(files: list[Path]) -> dict:
    import lxml.html

    from extractor import extract

    for f in files[:5]:
        extract(f)
    sample = files[: min(len(files), 200)]
    t0 = time.process_time()
    for f in sample:
        extract(f)
    ours = (time.process_time() - t0) / len(sample)
    t0 = time.process_time()
    for f in sample:
        lxml.html.document_fromstring(f.read_bytes())
    base = (time.process_time() - t0) / len(sample)
    return {"ms_per_report": round(ours * 1000, 1), "lxml_ms_per_report": round(base * 1000, 2),
            "ratio_to_lxml": round(ours / base, 1) if base else None, "reports_timed": len(sample)}


def full(folder: Path, n: int, workers: int, tmp: Path) -> dict:
    db = tmp / "full.duckdb"
    t0 = time.perf_counter()
    done = subprocess.run(_batch(folder, db, workers), capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    summary = json.loads(done.stdout) if done.stdout.strip() else {}
    return {"seconds": round(seconds, 1), "reports_per_s": round(n / seconds, 1), "exit": done.returncode,
            "summary": summary, "store": _store_counts(db)}


def killed(folder: Path, n: int, workers: int, tmp: Path, after_seconds: float) -> dict:
    """Kill the batch `after_seconds` from its start (half the full run's time: about half
    the reports committed), then rerun it."""
    db = tmp / "killed.duckdb"
    proc = subprocess.Popen(_batch(folder, db, workers), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=after_seconds)
    except subprocess.TimeoutExpired:
        pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = _store_counts(db)
    done = subprocess.run(_batch(folder, db, workers), capture_output=True, text=True, cwd=ROOT)
    rerun = json.loads(done.stdout) if done.stdout.strip() else {}
    after = _store_counts(db)
    ok = (after["reports"] == after["distinct_reports"] == n and after["facts"] == after["facts_expected"]
          and rerun.get("skipped") == before["reports"] and rerun.get("extracted") == n - before["reports"])
    return {"committed_when_killed": before["reports"], "rerun": rerun, "store_after": after, "exact": ok}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench batch", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--corpus", type=Path, help="a folder of reports instead of generated HTML")
    p.add_argument("--json", type=Path, default=Path(__file__).resolve().parent / "results" / "batch.json")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nianbao-bench-batch-") as tmp_name:
        tmp = Path(tmp_name)
        folder = args.corpus
        if folder is None:
            from corpora.generator import generate

            folder = tmp / "corpus"
            generate(n=args.n, out=folder, seed=args.seed, formats=["html"])
            for gold in folder.glob("*.gold.json"):  # the store holds reports, not answers
                gold.unlink()
        files = sorted(f for f in folder.rglob("*") if f.is_file() and not f.name.endswith(".json"))
        n = len(files)
        result = {"n": n, "workers": args.workers}
        result["warm"] = warm(files)
        print(f"warm: {result['warm']['ms_per_report']} ms/report in one process "
              f"(lxml parse alone {result['warm']['lxml_ms_per_report']} ms)")
        result["full"] = full(folder, n, args.workers, tmp)
        print(f"batch: {n} reports in {result['full']['seconds']} s ({result['full']['reports_per_s']} reports/s, "
              f"{args.workers} workers)")
        result["killed"] = killed(folder, n, args.workers, tmp, after_seconds=result["full"]["seconds"] / 2)
        k = result["killed"]
        print(f"kill -9 after {k['committed_when_killed']} committed; rerun extracted {k['rerun'].get('extracted')}, "
              f"skipped {k['rerun'].get('skipped')}; store exact: {k['exact']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0 if result["killed"]["exact"] else 1


if __name__ == "__main__":
    sys.exit(main())

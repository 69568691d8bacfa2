"""The corpus view of `nianbao serve --db` on a store of 10,000 reports: how long its pages
take, through the ASGI app (no network, no server process), median of several runs.

    python -m bench corpus-view [--reports 10000] [--base 16] [--runs 7] [--db STORE] [--json OUT]

The store is built in seconds rather than by extracting 10,000 files: a handful of
generated reports are extracted once, and their store rows (`store.report_rows`) written
again and again under distinct paths, organs and years (`CorpusStore.add_rows`); each
organ's consecutive years are linked as a batch links them, with the cross-year findings and
the indicators that need last year's report computed once per pair of base reports by the
batch's own functions. `--db` keeps the store (built when missing) for another run.

The floor (issue 15): the first page of /corpus (charts included) and of /api/corpus in
≤ 300 ms on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
FLOOR_MS = 300
YEARS = list(range(2015, 2025))


def base_reports(n: int, seed: int) -> list[tuple]:
    """n generated reports (HTML and text), extracted: (report, its store rows)."""
    from corpora.generator import generate
    from extractor.corpus.store import report_rows
    from extractor.pipeline import run

    with tempfile.TemporaryDirectory(prefix="nianbao-corpus-view-") as tmp:
        golds = generate(n=n, out=Path(tmp), seed=seed, formats=["html", "text"])
        out = []
        for gold in golds:
            doc, report = run(Path(tmp) / gold["file"])
            out.append((report, report_rows(report, doc.text)))
    return out


def build_store(db: Path, base: list[tuple], n_reports: int) -> dict:
    """A store of n_reports copies of the base reports' rows: organs of len(YEARS) reports
    each (one a year), organ k's year y a copy of base report (k + y) mod len(base)."""
    from extractor.corpus.store import CorpusStore, arrow_rows
    from extractor.indicators import YEARLY_INDICATORS, indicators
    from extractor.reconcile.engine import Figures
    from extractor.reconcile.relations import check_relations

    t0 = time.perf_counter()
    pairs: dict[tuple[int, int], tuple[list, list]] = {}
    links, findings, yearly = {}, {}, {}
    with CorpusStore(db) as store:
        for n in range(n_reports):
            k, y = divmod(n, len(YEARS))
            year, b = YEARS[y], (k + y) % len(base)
            report, rows = base[b]
            organ = f"{base[k % len(base)][0].meta.organ or '某机关'}{k:04d}"
            key = f"/corpus/{organ}/{year}-{b}.html"
            # The report's row with this organ, year and content; its other tables as they are.
            head = rows["reports"].to_pylist()[0] | {"organ": organ, "organ_key": organ, "year": year,
                                                     "sha256": f"{n:064x}"}
            store.add_rows(rows | {"reports": arrow_rows("reports", [head])}, key, replaces=False)
            if y:
                p = (k + y - 1) % len(base)
                if (p, b) not in pairs:
                    later, previous = report, base[p][0]
                    pairs[p, b] = ([f for f in check_relations(later, Figures(later, Figures(previous)), previous)
                                    if f.rule.startswith("cross_year.")],
                                   [i for i in indicators(later, previous) if i.id in YEARLY_INDICATORS])
                prev_key = f"/corpus/{organ}/{YEARS[y - 1]}-{p}.html"
                links[key] = (f"{n:064x}", prev_key, f"{n - 1:064x}", organ, year)
                findings[key], yearly[key] = pairs[p, b]
            if n % 1000 == 999:
                store.commit()
        store.commit()
        store.replace_year_links(links, findings, remove=[], yearly=yearly)
        counts = dict(zip(("reports", "findings", "organs"), store.db.execute(
            "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM findings), "
            "(SELECT count(DISTINCT organ) FROM reports)").fetchone()))
    return {**counts, "build_s": round(time.perf_counter() - t0, 1)}


def timed(client, url: str, runs: int) -> dict:
    """Milliseconds of GET url: one run to warm, then `runs`; median and spread of the wall
    clock, and the median CPU time of this process (all its threads: DuckDB's too), which a
    machine shared with other work disturbs less."""
    answer = client.get(url)
    assert answer.status_code == 200, (url, answer.status_code, answer.text[:300])
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        answer = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert answer.status_code == 200
    return {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
            "max_ms": round(max(times), 1), "cpu_ms": round(statistics.median(cpu), 1), "bytes": len(answer.content)}


def measure(db: Path, runs: int) -> dict:
    import duckdb
    from fastapi.testclient import TestClient

    from extractor.service.app import create_app
    from extractor.service.settings import Settings

    con = duckdb.connect(str(db), read_only=True)
    rule, year = con.execute("SELECT rule, (SELECT max(year) FROM reports) FROM findings "
                             "GROUP BY rule ORDER BY count(*) DESC LIMIT 1").fetchone()
    con.close()
    urls = {
        "corpus": "/corpus",
        "api_corpus": "/api/corpus",
        "api_charts": "/api/corpus/charts",
        "corpus_by_errors": "/corpus?sort=errors",
        "corpus_rule_error": f"/corpus?rule={rule}&severity=error",
        "corpus_year_page_5": f"/corpus?year={year}&page=5",
        "indicators": "/corpus/indicators",
        "api_ranking": f"/api/corpus/ranking?indicator=applications&year={year}",
    }
    # Not entered: no lifespan, so no extraction worker is started (the store's pages need none).
    client = TestClient(create_app(Settings(workers=1), db))
    return {name: timed(client, url, runs) | {"url": url} for name, url in urls.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench corpus-view", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--reports", type=int, default=10_000)
    p.add_argument("--base", type=int, default=16, help="generated reports extracted and copied")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--db", type=Path, help="keep the store here (built when missing, reused when present)")
    p.add_argument("--json", type=Path, default=RESULTS / "corpus_view.json")
    args = p.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="nianbao-corpus-view-") as tmp:
        db = args.db or Path(tmp) / "corpus.duckdb"
        store = {"reused": str(db)}
        if not db.exists():
            t0 = time.perf_counter()
            base = base_reports(args.base, args.seed)
            extracted = time.perf_counter() - t0
            store = build_store(db, base, args.reports) | {"extract_base_s": round(extracted, 1)}
        print(f"store: {json.dumps(store, ensure_ascii=False)}")
        load = os.getloadavg()[0]
        pages = measure(db, args.runs)
    print(f"load average before: {load:.1f} on {os.cpu_count()} cores")
    print(f"{'page':22} {'median':>8} {'min':>8} {'max':>8} {'cpu':>8} {'KB':>6}  url")
    for name, t in pages.items():
        print(f"{name:22} {t['median_ms']:7.1f}ms {t['min_ms']:7.1f}ms {t['max_ms']:7.1f}ms {t['cpu_ms']:7.1f}ms "
              f"{t['bytes'] / 1024:6.0f}  {t['url']}")
    first = {k: pages[k]["median_ms"] for k in ("corpus", "api_corpus", "api_charts")}
    ok = all(ms <= FLOOR_MS for ms in first.values())
    print(f"first page (median): {', '.join(f'{k} {v} ms' for k, v in first.items())} — "
          f"{'within' if ok else 'OVER'} the {FLOOR_MS} ms floor")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"store": store, "runs": args.runs, "load_average": load, "floor_ms": FLOOR_MS,
                                     "pages": pages,
                                     "within_floor": ok}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {args.json}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""The page image beside a finding (`GET /corpus/reports/{id}/pages/{n}.png`): first render
and cached answers, over HTTP from `nianbao serve --db`.

    python -m bench page-images [--db STORE] [--repeat 10]

Without `--db`, the shared real report ../shared/corpus/real/hongze-2023.pdf and its scan
hongze-2023.scan200.pdf are extracted into a new store first (the scan's OCR: about a
minute). For each report, the page of its first finding's first page image (as the
review page links it) is asked for once (rendered), then `--repeat` times (from the
cache), then with the ETag (304). Floor: a cached answer within 500 ms (exit 1 if not).
Results: bench/results/page-images.json.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .service_load import RESULTS, ROOT, request, running_server

REAL = ROOT.parent / "shared" / "corpus" / "real"
FILES = ["hongze-2023.pdf", "hongze-2023.scan200.pdf"]
FLOOR_MS = 500.0


def _store(folder: Path) -> Path:
    """A store of the shared real files, extracted here."""
    from extractor.corpus.run import run as batch_run
    from extractor.corpus.store import CorpusStore

    reports = folder / "reports"
    reports.mkdir()
    for name in FILES:
        shutil.copy(REAL / name, reports / name)
    db = folder / "pages.duckdb"
    t0 = time.perf_counter()
    with CorpusStore(db) as s:
        batch_run([reports], s, workers=2)
    print(f"extracted {len(FILES)} reports into {db} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return db


def _timed(server, path: str, headers: dict | None = None) -> tuple[int, float, dict, bytes]:
    t0 = time.perf_counter()
    status, got, body = request(server, "GET", path, headers=headers)
    return status, (time.perf_counter() - t0) * 1000, got, body


def measure(server, rid: str, repeat: int) -> dict:
    status, _, page = request(server, "GET", f"/corpus/reports/{rid}")
    urls = [html.unescape(u) for u in re.findall(r'<img loading="lazy" src="(/corpus/reports/[^"]+)"', page.decode())]
    if status != 200 or not urls:
        return {"error": f"review page {status}, {len(urls)} page images"}
    url = urls[0]
    status, first, headers, body = _timed(server, url)
    if status != 200:
        return {"error": f"{url}: {status} {body[:200]!r}"}
    cached = []
    for _ in range(repeat):
        status, ms, _, again = _timed(server, url)
        if status != 200 or again != body:
            return {"error": f"{url}: cached answer {status}, same bytes: {again == body}"}
        cached.append(ms)
    status, revalidated, _, _ = _timed(server, url, {"If-None-Match": headers["etag"]})
    return {"url": url, "png_bytes": len(body), "first_ms": round(first, 1),
            "cached_median_ms": round(statistics.median(cached), 1), "cached_max_ms": round(max(cached), 1),
            "not_modified_ms": round(revalidated, 1) if status == 304 else None}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench page-images", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", type=Path, help="a store already holding the reports (default: extract them now)")
    p.add_argument("--repeat", type=int, default=10, help="cached requests per page")
    p.add_argument("--json", type=Path, default=RESULTS / "page-images.json")
    args = p.parse_args(argv)
    from extractor.corpus.store import attach_read_only, report_id

    with tempfile.TemporaryDirectory(prefix="nianbao-pages-") as tmp:
        if args.db is None:
            missing = [n for n in FILES if not (REAL / n).is_file()]
            if missing:
                print(f"{', '.join(missing)} not in {REAL}: nothing measured", file=sys.stderr)
                return 0
        db = args.db or _store(Path(tmp))
        reader = attach_read_only(db)
        try:
            stored = [path for (path,) in reader.execute(
                "SELECT path FROM reports WHERE format IN ('pdf', 'pdf-scanned', 'image') ORDER BY path").fetchall()]
        finally:
            reader.close()
        results = {}
        with running_server(log=Path(tmp) / "serve.log", db=db, workers=1) as server:
            for path in stored:
                results[Path(path).name] = got = measure(server, report_id(path), args.repeat)
                print(f"{Path(path).name:32} " + (got.get("error") or
                      f"first {got['first_ms']:7.1f} ms   cached median {got['cached_median_ms']:6.1f} ms, "
                      f"max {got['cached_max_ms']:6.1f} ms   304 {got['not_modified_ms']} ms   "
                      f"{got['png_bytes'] / 1024:.0f} KB"))
    ok = bool(results) and all("error" not in r and r["cached_max_ms"] <= FLOOR_MS for r in results.values())
    print(f"floor: cached ≤ {FLOOR_MS:g} ms: {'met' if ok else 'NOT met'}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"floor_ms": FLOOR_MS, "met": ok, "reports": results}, ensure_ascii=False,
                                    indent=1) + "\n", encoding="utf-8")
    return 0 if ok else 1

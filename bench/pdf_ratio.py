"""Full pipeline vs raw pdfplumber on the same text PDFs, in one process.

    python bench/pdf_ratio.py [--repeat 3] [files.pdf ...]

Raw pdfplumber is what any PDF tool pays at least: `extract_text()` and
`extract_tables()` on every page. The pipeline is `extractor.extract(path)` (ingest,
table mapping, narrative, reconciliation) and, separately, PDF ingestion alone. Prints
seconds per page for each, the ratios (target: pipeline ≤ 1.5× raw), and the peak
Python memory of one run of each (tracemalloc, in a separate pass so it does not slow
the timed runs). Default files: the project's samples, plus the real hongze-2023.pdf
when ../shared/corpus/real is present.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def default_files() -> list[Path]:
    files = sorted((ROOT / "corpora" / "samples" / "pdf").glob("*.pdf"))
    real = ROOT.parent / "shared" / "corpus" / "real" / "hongze-2023.pdf"
    return files + ([real] if real.is_file() else [])


def raw_pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def pipeline(path: Path) -> None:
    from extractor import extract

    extract(path)


def ingest_only(path: Path) -> None:
    from extractor.ingest import read

    read(path)


def timed(fn, files: list[Path], repeat: int) -> float:
    """Median over `repeat` runs of the total seconds for all files."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        for f in files:
            fn(f)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def peak_mb(fn, files: list[Path]) -> float:
    gc.collect()
    tracemalloc.start()
    for f in files:
        fn(f)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench pdf-ratio", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "pdf-ratio.json")
    args = ap.parse_args(argv)
    files = args.files or default_files()
    pages = sum(raw_pdfplumber(f) for f in files)  # also warms imports and caches
    pipeline(files[0])
    print(f"{len(files)} files, {pages} pages: {', '.join(f.name for f in files)}")

    raw = timed(raw_pdfplumber, files, args.repeat)
    ing = timed(ingest_only, files, args.repeat)
    full = timed(pipeline, files, args.repeat)
    rows = [("raw pdfplumber", raw, raw_pdfplumber), ("ingest (pdf.py)", ing, ingest_only), ("full pipeline", full, pipeline)]
    print(f"{'':18} {'s/page':>8} {'× raw':>7} {'peak MB':>8}")
    result = {"files": [f.name for f in files], "pages": pages, "ratio": round(full / raw, 3)}
    for name, secs, fn in rows:
        peak = peak_mb(fn, files)
        print(f"{name:18} {secs / pages:8.3f} {secs / raw:7.2f} {peak:8.1f}")
        result[name] = {"s_per_page": round(secs / pages, 4), "x_raw": round(secs / raw, 3), "peak_mb": round(peak, 1)}
    print(f"ratio full pipeline / raw pdfplumber = {full / raw:.2f} (target ≤ 1.5)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed per format: seconds per report and per page, reports per second on N worker
processes, peak RSS — each next to the baseline it is judged against, run in the same
process on the same files (raw pdfplumber text+tables for PDFs, lxml parse for HTML,
python-docx load for DOCX, read+decode for text, raw rapidocr on the same page images for
scans: the full pipeline's seconds per scanned page against bare OCR's, target ≤ 1.2×)."""

from __future__ import annotations

import multiprocessing
import resource
import subprocess
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import ocr_ratio

# Read by OCR (seconds a page): timed on at most this many reports each unless told otherwise.
OCR_FORMATS = {"pdf-scanned", "pdf-shared-scanned", "image"}
OCR_PER_FORMAT = 4
OCR_PEAK_FILES = 2  # …and peak RSS taken over this many (10 for the others)


def baseline(path: Path) -> int | None:
    """The cheapest honest read of the file's content; returns its page count if known."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
            return len(pdf.pages)
    if suffix in (".html", ".htm"):
        import lxml.html

        lxml.html.document_fromstring(path.read_bytes())
        return None
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    cell.text  # noqa: B018 — reading is the work
        return None
    path.read_bytes().decode("utf-8", errors="replace")
    return None


def peak_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: ru_maxrss survives fork+exec, so a
    child would report its parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _worker_init(warm_path: str | None, threads: int = 1) -> None:
    """Load the pipeline once per worker (and run it once) so the pool measures throughput;
    OCR takes the worker's share of the cores, as `nianbao batch` workers do."""
    from extractor import extract  # noqa: PLC0415
    from extractor.ocr.engine import use_threads  # noqa: PLC0415

    use_threads(threads)

    if warm_path:
        try:
            extract(warm_path)
        except Exception:  # noqa: BLE001
            pass


def _extract_one(path: str) -> tuple[bool, float]:
    from extractor import extract  # noqa: PLC0415

    try:
        extract(path)
        ok = True
    except Exception:  # noqa: BLE001
        ok = False
    return ok, peak_mb()


def cold_start(path: Path) -> float | None:
    """Seconds for a fresh interpreter to import the pipeline and extract one file."""
    code = ("import time, sys; t = time.perf_counter(); from extractor import extract; "
            "extract(sys.argv[1]); print(time.perf_counter() - t)")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=root,
                          check=False)
    try:
        return round(float(done.stdout.strip().splitlines()[-1]), 3)
    except (ValueError, IndexError):
        return None


def format_peak_mb(paths: list[Path]) -> float | None:
    """Peak RSS of a fresh interpreter that imports the pipeline and extracts `paths`."""
    code = ("import sys\nfrom extractor import extract\nfrom bench.speed import peak_mb\n"
            "for p in sys.argv[1:]:\n    try:\n        extract(p)\n    except Exception:\n        pass\n"
            "print(peak_mb())")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True,
                          cwd=root, check=False)
    try:
        return float(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def run(cases, workers: int = 2, per_format: int | None = None) -> dict:
    """`cases` are bench.accuracy.Case; `per_format` caps the files timed per format."""
    from extractor import extract  # noqa: PLC0415

    by_fmt: dict[str, list] = defaultdict(list)
    for c in cases:
        cap = per_format or (OCR_PER_FORMAT if c.format in OCR_FORMATS else None)
        if cap is None or len(by_fmt[c.format]) < cap:
            by_fmt[c.format].append(c)
    out: dict[str, dict] = {}
    first = next(iter(by_fmt.values()))[0].path
    cold = cold_start(first)
    for fmt, items in by_fmt.items():  # lazy loads (spaCy, jieba, fonts, OCR models) are paid before timing
        try:
            extract(items[0].path)
        except Exception:  # noqa: BLE001
            pass
        if fmt in OCR_FORMATS:
            img, _dpi = next(ocr_ratio.page_images(items[0].path))
            ocr_ratio.raw_engine()(img)
    worker_peak = 0.0
    # Fresh (spawned) workers: their memory is their own, not a forked copy of this process.
    threads = max(1, (multiprocessing.cpu_count() or 1) // workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(str(first), threads),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_extract_one, [str(first)] * workers))
        for fmt, items in sorted(by_fmt.items()):
            t_ext = t_base = 0.0
            pages = 0
            failed = 0
            for c in items:
                if fmt in OCR_FORMATS:
                    n, spent = ocr_ratio.raw_seconds(c.path)
                    t_base += spent
                else:
                    t0 = time.perf_counter()
                    n = baseline(c.path)
                    t_base += time.perf_counter() - t0
                pages += n or 0
                t0 = time.perf_counter()
                try:
                    extract(c.path)
                except Exception:  # noqa: BLE001
                    failed += 1
                t_ext += time.perf_counter() - t0
            n = len(items)
            t0 = time.perf_counter()
            done = list(pool.map(_extract_one, [str(c.path) for c in items]))
            t_pool = time.perf_counter() - t0
            worker_peak = max([worker_peak] + [mb for _, mb in done])
            out[fmt] = {
                "reports": n,
                "failed": failed,
                "s_per_report": round(t_ext / n, 4),
                "baseline_s_per_report": round(t_base / n, 4),
                "ratio_to_baseline": round(t_ext / t_base, 2) if t_base else None,
                "pages": pages or None,
                "s_per_page": round(t_ext / pages, 4) if pages else None,
                "baseline_s_per_page": round(t_base / pages, 4) if pages else None,
                f"reports_per_s_{workers}_workers": round(n / t_pool, 2),
                # One process reading (at most 10 of) this format's files, pipeline loaded.
                "peak_rss_mb": format_peak_mb([c.path for c in items[:OCR_PEAK_FILES if fmt in OCR_FORMATS else 10]]),
            }
    out["cold_start_s"] = cold
    out["peak_rss_mb"] = {"main": peak_mb(), "largest_worker": worker_peak}
    return out


def print_summary(res: dict) -> None:
    fmts = {k: v for k, v in res.items() if isinstance(v, dict) and "reports" in v}
    wkey = next((k for v in fmts.values() for k in v if k.startswith("reports_per_s_")), "")
    f = lambda x: "—" if x is None else x  # noqa: E731
    print(f"{'format':14} {'n':>4} {'fail':>4} {'s/report':>9} {'base s/r':>9} {'ratio':>7} {'s/page':>8} "
          f"{'base s/p':>9} {wkey.replace('reports_per_s_', 'rep/s @'):>16} {'peak MB':>8}")
    for fmt, v in fmts.items():
        print(f"{fmt:14} {v['reports']:>4} {v['failed']:>4} {v['s_per_report']:>9} {v['baseline_s_per_report']:>9} "
              f"{f(v['ratio_to_baseline']):>7} {f(v['s_per_page']):>8} {f(v['baseline_s_per_page']):>9} "
              f"{v.get(wkey, '—'):>16} {f(v.get('peak_rss_mb')):>8}")
    for fmt, v in fmts.items():
        if fmt in OCR_FORMATS and v["s_per_page"]:
            print(f"{fmt}: {v['s_per_page']} s/page full pipeline, {v['baseline_s_per_page']} s/page raw rapidocr "
                  f"on the same pages ({v['pages']} pages of {v['reports']} reports), {v['ratio_to_baseline']}× "
                  f"(target ≤ 1.2×), peak RSS {f(v.get('peak_rss_mb'))} MB")
    print(f"cold start (fresh interpreter: import + first report): {f(res.get('cold_start_s'))} s")
    print(f"peak RSS: per format = a fresh process reading up to 10 of its files ({OCR_PEAK_FILES} for scans); "
          f"this process (all formats) "
          f"{res['peak_rss_mb']['main']} MB, largest worker {res['peak_rss_mb']['largest_worker']} MB")
    print("baselines: pdfplumber text+tables (pdf), lxml parse (html), python-docx load (docx), read+decode (text), "
          f"raw rapidocr on the rendered pages (scans; at most {OCR_PER_FORMAT} reports a format unless --per-format)")

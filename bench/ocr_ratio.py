"""OCR bench: seconds per scanned page, full pipeline vs raw rapidocr, peak memory, and
the figures of the real scans against their gold.

    python -m bench ocr-ratio                    # the hongze scans in ../shared/corpus/real
    python -m bench ocr-ratio --stress           # also a harsher copy, to see where misreads score
    python -m bench.ocr_ratio --pages 2 3        # only some 0-based pages
    python -m bench ocr-ratio --turns 0          # only as scanned (default: also turned 90°, 180°)

Each mode runs in its own process, so the peak RSS of each is its own. "raw" is
`RapidOCR(use_cls=False)(page_image)` on the same rendered pages; "full" is what
`scanned.ocr_pdf_pages` does per page: render, deskew, orientation, stamp removal,
OCR with character boxes, ruling-line grid, cell assignment, re-reading doubtful figures
and the second look at those still doubtful (its cells and seconds are printed apart).
The paired ratio is also taken with the pages turned (raw rapidocr then reads them as they
lie). Target: full ≤ 1.2 × raw, either way up. Results go to bench/results/ocr-ratio.json.
`raw_engine` / `raw_seconds` are also the baseline of `python -m bench speed` for scans.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
SCANS = ["hongze-2023.scan200.pdf", "hongze-2023.scan150-harsh.pdf"]
RESULTS = ROOT / "bench" / "results"
REPEATS = 2  # paired runs per page for the ratio


@functools.lru_cache(maxsize=1)
def raw_engine():
    """Bare rapidocr as anyone would call it (angle classifier off, as in the pipeline): the
    yardstick for what the pipeline adds per page."""
    from rapidocr import RapidOCR

    return RapidOCR(params={"Global.use_cls": False, "Global.log_level": "warning"})


def page_images(path: Path):
    """(BGR image, dpi) for each page of a scan: an image-only PDF rendered at the scan's
    resolution as the pipeline renders it, or the pages of a PNG/JPEG/TIFF file."""
    from extractor.ocr.render import decode_images, estimate_dpi, iter_pdf_pages

    data = Path(path).read_bytes()
    if data.startswith(b"%PDF"):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        n = len(pdf)
        pdf.close()
        yield from iter_pdf_pages(data, list(range(n)))
    else:
        for img in decode_images(data):
            yield img, estimate_dpi(img)


def raw_seconds(path: Path) -> tuple[int, float]:
    """Pages of a scan, and the seconds raw rapidocr takes over them (rendering not timed:
    raw OCR gets its images for free, the pipeline renders its own)."""
    eng = raw_engine()
    pages, spent = 0, 0.0
    for img, _dpi in page_images(path):
        t = time.perf_counter()
        eng(img)
        spent += time.perf_counter() - t
        pages += 1
    return pages, spent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(mode: str, pdf: str, pages: list[int], q) -> None:
    """Child process: time one mode over the pages; report per-page seconds and peak RSS."""
    sys.path.insert(0, str(ROOT))
    from extractor.ocr.render import render_pdf_pages

    data = Path(pdf).read_bytes()
    t0 = time.perf_counter()
    if mode == "raw":
        eng = raw_engine()
        run = lambda img, dpi, n: eng(img)  # noqa: E731
    else:
        from extractor.ocr.engine import engine
        from extractor.ocr.page import ocr_page

        eng = engine()
        run = ocr_page
    load = time.perf_counter() - t0
    images = render_pdf_pages(data, pages[:1])
    run(images[0][0], images[0][1], 1)  # warm-up: models load and allocate on first use
    per_page, cpu = [], []
    for n in pages:
        t, c = time.perf_counter(), time.process_time()
        img, dpi = render_pdf_pages(data, [n])[0]
        if mode == "raw":  # raw OCR gets its image for free; the pipeline renders its own
            t, c = time.perf_counter(), time.process_time()
        run(img, dpi, n + 1)
        per_page.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    # CPU seconds (all threads) are steadier than wall seconds on a shared machine.
    from extractor.ocr.reread import TALLY

    # The second look's share: doubtful figure cells looked at again, settled, seconds spent.
    second = {"cells": TALLY.cells, "accepted": TALLY.accepted, "seconds": round(TALLY.seconds, 2),
              "share_of_time": round(TALLY.seconds / max(1e-9, sum(per_page)), 4)}
    q.put({"mode": mode, "second_look": second if mode == "full" else None,
           "load_s": round(load, 2), "per_page_s": [round(x, 2) for x in per_page],
           "mean_s": round(sum(per_page) / len(per_page), 2), "cpu_mean_s": round(sum(cpu) / len(cpu), 2),
           "peak_rss_mb": round(_peak_mb())})


def _paired(pdf: str, pages: list[int], turns: list[int], q) -> None:
    """Child process: raw and full on each page back to back (each `REPEATS` times, the
    fastest kept), so that load from other work on a shared machine hits both alike; the
    ratio is taken page by page, for each way the page may have been fed in (`turns`:
    quarter turns counter-clockwise, 0 = as scanned)."""
    sys.path.insert(0, str(ROOT))
    from extractor.ocr.page import ocr_page
    from extractor.ocr.render import render_pdf_pages, turn

    data = Path(pdf).read_bytes()
    raw = raw_engine()
    img, dpi = render_pdf_pages(data, pages[:1])[0]
    raw(img), ocr_page(img, dpi, 1)  # warm-up
    rows: dict[int, list] = {k: [] for k in turns}
    for n in pages:
        for k in turns:
            full, bare = [], []
            for _ in range(REPEATS):  # the fastest of a few runs: least disturbed by other work
                t, c = time.perf_counter(), time.process_time()
                img, dpi = render_pdf_pages(data, [n])[0]
                rendered = (time.perf_counter() - t, time.process_time() - c)
                img = turn(img, -k)  # the page as if fed in turned (not the pipeline's work)
                t, c = time.perf_counter(), time.process_time()
                ocr_page(img, dpi, n + 1)
                full.append((rendered[0] + time.perf_counter() - t, rendered[1] + time.process_time() - c))
                t, c = time.perf_counter(), time.process_time()
                raw(img)
                bare.append((time.perf_counter() - t, time.process_time() - c))
            rows[k].append((min(f[0] for f in full) / min(b[0] for b in bare),
                            min(f[1] for f in full) / min(b[1] for b in bare)))

    def median(xs):
        xs = sorted(xs)
        return round(xs[len(xs) // 2], 2)

    out = {"mode": "paired", "by_turns": {}}
    for k, rs in rows.items():
        out["by_turns"][str(k)] = {"wall_ratio_median": median(r[0] for r in rs),
                                   "cpu_ratio_median": median(r[1] for r in rs),
                                   "per_page": [(round(a, 2), round(b, 2)) for a, b in rs]}
    out.update(out["by_turns"][str(turns[0])])  # the first orientation asked for, as before
    q.put(out)


def _in_child(mode: str, pdf: str, pages: list[int], turns: list[int] = (0,)) -> dict:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_paired if mode == "paired" else _timed,
                    args=(pdf, pages, list(turns), q) if mode == "paired" else (mode, pdf, pages, q))
    p.start()
    out = q.get()
    p.join()
    return out


def _accuracy(pdf: Path, gold: dict, stress: bool = False) -> dict:
    """Figures of a scan read end to end by `extractor.extract` (the PDF as published; with
    `stress`, a harsher copy of its pages as a multi-page TIFF) against the gold, with the
    OCR confidence of every figure cell."""
    import importlib

    import cv2
    import numpy as np

    from extractor import extract
    from extractor.ocr.render import render_pdf_pages

    captured = {}

    def run(path: Path, backend: str):
        module = importlib.import_module(f"extractor.ingest.{backend}")
        real_read = module.read

        def spy(p, data, sha):
            captured["doc"] = real_read(p, data, sha)
            return captured["doc"]

        module.read = spy
        try:
            return extract(path)
        finally:
            module.read = real_read

    if not stress:
        report = run(pdf, "pdf")
    else:  # 0.75× resolution, more noise, stronger JPEG
        rng = np.random.default_rng(7)
        pages = []
        for img, _ in render_pdf_pages(pdf.read_bytes(), list(range(5))):
            small = cv2.resize(img, None, fx=0.75, fy=0.75, interpolation=cv2.INTER_AREA)
            noisy = np.clip(small.astype(np.int16) + rng.normal(0, 28, small.shape), 0, 255).astype(np.uint8)
            ok, buf = cv2.imencode(".jpg", noisy, [cv2.IMWRITE_JPEG_QUALITY, 35])
            pages.append(cv2.imdecode(buf, cv2.IMREAD_COLOR))
        with tempfile.TemporaryDirectory() as tmp:
            tiff = Path(tmp) / (pdf.stem + ".tiff")
            cv2.imwritemulti(str(tiff), pages)
            report = run(tiff, "scanned")
    conf_at = {(c.source.page, c.source.bbox): c.confidence for t in captured["doc"].tables for c in t.cells}
    cols3 = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
    cols4 = ["upheld", "corrected", "other", "pending", "total"]
    want = {f"t2.{k}": v for k, v in gold["t2"].items()}
    want |= {f"t3.{r}.{c}": v for r, vs in gold["t3"].items() for c, v in zip(cols3, vs)}
    want |= {f"t4.{g}.{c}": v for g, vs in gold["t4"].items() for c, v in zip(cols4, vs)}
    facts = {f.metric: f for f in report.facts if not f.derived}
    exact, unreadable, missing, wrong, right_conf, doubt_conf = 0, 0, 0, [], [], []
    for metric, value in want.items():
        f = facts.get(metric)
        conf = conf_at.get((f.source.page, f.source.bbox)) if f else None
        if f and f.status == "value" and f.value == value:
            exact += 1
            right_conf.append(conf)
        elif f is None:
            missing += 1
        elif f.status == "unreadable":
            unreadable += 1
            doubt_conf.append((metric, f.raw, conf))
        else:
            wrong.append((metric, value, f.raw if f else None, conf))
    right = [c for c in right_conf if c is not None]
    return {"cells": len(want), "exact": exact, "unreadable": unreadable, "missing": missing, "wrong": wrong,
            "exact_share": round(exact / len(want), 4), "min_conf_of_exact": min(right) if right else None,
            "unreadable_cells": doubt_conf[:20],
            "findings": sorted(f"{f.rule}:{f.reported}/{f.computed}" for f in report.findings if f.severity == "error")}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench ocr-ratio", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pages", type=int, nargs="+", default=[0, 1, 2, 3, 4], help="0-based pages to time")
    p.add_argument("--turns", type=int, nargs="+", default=[0, 1, 2],
                   help="also time the pages fed in turned by these quarter turns (0 = as scanned)")
    p.add_argument("--stress", action="store_true", help="also read a harsher copy of the harsh scan")
    p.add_argument("--no-accuracy", dest="accuracy", action="store_false")
    p.add_argument("--json", type=Path, default=RESULTS / "ocr-ratio.json")
    args = p.parse_args(argv)
    if not REAL.is_dir():
        print(f"{REAL} is absent: nothing to measure", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    gold = json.loads((REAL / "hongze-2023.gold.json").read_text(encoding="utf-8"))
    results = {}
    for name in SCANS:
        pdf = REAL / name
        raw = _in_child("raw", str(pdf), args.pages)
        full = _in_child("full", str(pdf), args.pages)
        paired = _in_child("paired", str(pdf), args.pages, args.turns)
        entry = {"raw": raw, "full": full, "paired": paired}
        print(f"{name}: full {full['mean_s']} s/page ({full['cpu_mean_s']} CPU-s, peak {full['peak_rss_mb']} MB), "
              f"raw rapidocr {raw['mean_s']} s/page ({raw['cpu_mean_s']} CPU-s, peak {raw['peak_rss_mb']} MB)")
        sl = full["second_look"]
        print(f"  second look: {sl['cells']} doubtful figure cells, {sl['accepted']} settled, {sl['seconds']} s "
              f"({sl['share_of_time']:.1%} of the pipeline's time)")
        for k, r in paired["by_turns"].items():
            how = "as scanned" if k == "0" else f"fed in turned {90 * int(k)}°"
            print(f"  full/raw page by page (median), {how}: {r['wall_ratio_median']}× wall, "
                  f"{r['cpu_ratio_median']}× CPU")
        if args.accuracy:
            entry["accuracy"] = _accuracy(pdf, gold)
            a = entry["accuracy"]
            print(f"  figures: {a['exact']}/{a['cells']} exact, {a['unreadable']} unreadable, {a['missing']} missing, "
                  f"{len(a['wrong'])} wrong; "
                  f"lowest confidence of an exact figure {a['min_conf_of_exact']}; errors {a['findings']}")
        results[name] = entry
    if args.stress:
        a = _accuracy(REAL / SCANS[1], gold, stress=True)
        results["stress"] = a
        print(f"stress (harsh at 0.75×, σ28 noise, JPEG 35): {a['exact']}/{a['cells']} exact, "
              f"{a['unreadable']} unreadable, {a['missing']} missing (rows not found), {len(a['wrong'])} wrong {a['wrong']}")
        print(f"  unreadable: {a['unreadable_cells']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

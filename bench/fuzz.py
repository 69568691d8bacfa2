"""python -m bench fuzz [--n 10000] [--formats html text pdf docx image] [--workers 2] [--seed 1] [--start 0]
   python -m bench fuzz --scaling      # CPU time of HTML pages of 0.5 … 4 MB of paragraphs

Damaged inputs (`corpora.hostile`) through the whole pipeline, N per format, each in a
worker process under the per-document time limit (a worker past it is killed: a hang).
Per format it reports what the floors of issue 12 ask: clean errors (by code), accepted
reports, crashes (anything but an `ExtractionError` escaping `extract`, or a worker that
died), hangs, the slowest input, the largest peak RSS of one input (the worker's high-water
mark, reset before each input: the loaded pipeline included) and inputs whose stderr was not
exactly one line per failure (nothing for a report). Inputs that crashed, hung or broke the
stderr rule are kept in $TMPDIR/nianbao-fuzz-failures/ to be replayed with `nianbao extract`
(so are the slowest and the largest input of each format).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, TimeoutError, wait
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
KEEP = Path(tempfile.gettempdir()) / "nianbao-fuzz-failures"  # outside the work tree


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # resets VmHWM to the current RSS
    except OSError:
        pass


def probe(path: str) -> dict:
    """In a worker: extract one file as the CLI does (one stderr line for a failure) and
    measure it."""
    import traceback

    from extractor import extract
    from extractor.errors import ExtractionError, display_path, one_line

    _reset_peak()
    captured = tempfile.TemporaryFile()
    saved = os.dup(2)
    sys.stderr.flush()
    os.dup2(captured.fileno(), 2)
    result: dict = {}
    t0 = time.perf_counter()
    try:
        extract(path).model_dump_json()  # and written out, as the CLI does
        result.update(outcome="accepted")
    except ExtractionError as exc:
        result.update(outcome="clean_error", code=exc.code)
        print(exc.line(), file=sys.stderr)
    except BaseException as exc:  # noqa: BLE001 - a crash is what this looks for
        result.update(outcome="crash", code=type(exc).__name__, traceback=traceback.format_exc()[-3000:])
        print(one_line(f"nianbao: internal_error: {display_path(path)}: {type(exc).__name__}: {exc}"), file=sys.stderr)
    finally:
        result["seconds"] = round(time.perf_counter() - t0, 3)
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
    captured.seek(0)
    err = captured.read().decode("utf-8", "replace")
    captured.close()
    result["stderr_lines"] = len(err.splitlines())
    result["stderr"] = err[-1000:]
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    return result


def _warm(threads: int) -> None:
    from extractor.corpus.batch import _warm as warm

    warm(threads)


def run(formats: list[str], n: int, workers: int, seed: int, keep: Path, checkpoint=None, start: int = 0) -> dict:
    from pebble import ProcessExpired, ProcessPool

    from corpora.hostile import mutate, seeds
    from extractor import limits

    seeds()  # built once here (generated reports, rendered pages), not per input
    timeout = limits.seconds_with_grace()
    stats: dict[str, dict] = {}
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-fuzz-"))
    keep.mkdir(parents=True, exist_ok=True)
    pool = ProcessPool(max_workers=workers, initializer=_warm, initargs=(max(1, (os.cpu_count() or 1) // workers),),
                       context=multiprocessing.get_context("spawn"))
    try:
        for fmt in formats:
            s = stats[fmt] = {"inputs": 0, "accepted": 0, "clean_errors": Counter(), "crashes": 0, "hangs": 0,
                              "stderr_not_one_line": 0, "max_seconds": 0.0, "max_peak_rss_mb": 0.0,
                              "examples": []}
            t_format = time.perf_counter()
            last_report = 0
            pending: dict = {}
            todo = iter(range(start, start + n))

            def submit():
                for i in todo:
                    suffix, data = mutate(fmt, random.Random(f"{seed}-{fmt}-{i}"))
                    path = tmp / f"{fmt}-{i}{suffix}"
                    path.write_bytes(data)
                    pending[pool.schedule(probe, args=(str(path),), timeout=timeout)] = path
                    if len(pending) >= 4 * workers:
                        break

            submit()
            while pending:
                done, _ = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)  # wakes up for Ctrl-C
                for fut in done:
                    path = pending.pop(fut)
                    s["inputs"] += 1
                    bad = None
                    try:
                        r = fut.result()
                    except TimeoutError:
                        s["hangs"] += 1
                        bad = "hang"
                    except (ProcessExpired, Exception) as exc:  # the worker died
                        s["crashes"] += 1
                        bad = f"worker died: {exc}"
                    else:
                        for key, value in (("max_seconds", r["seconds"]), ("max_peak_rss_mb", r["peak_rss_mb"])):
                            if value > s[key]:
                                s[key] = value
                                kept = keep / f"{key}-{fmt}{path.suffix}"  # the one input of the maximum so far
                                kept.write_bytes(path.read_bytes())
                                s[key.replace("max", "input_of_max")] = f"{kept} (input {path.name})"
                        if r["outcome"] == "accepted":
                            s["accepted"] += 1
                        elif r["outcome"] == "clean_error":
                            s["clean_errors"][r["code"]] += 1
                        else:
                            s["crashes"] += 1
                            bad = r.get("traceback", r["code"])
                        if r["stderr_lines"] != (0 if r["outcome"] == "accepted" else 1):
                            s["stderr_not_one_line"] += 1
                            bad = bad or f"stderr had {r['stderr_lines']} lines:\n{r['stderr']}"
                        if r["peak_rss_mb"] > 1536:
                            bad = bad or f"peak RSS {r['peak_rss_mb']} MB"
                    if bad is not None:
                        kept = keep / path.name
                        kept.write_bytes(path.read_bytes())
                        if len(s["examples"]) < 20:
                            s["examples"].append({"file": str(kept), "problem": bad[-1500:]})
                    path.unlink(missing_ok=True)
                submit()
                if s["inputs"] // 100 > last_report:
                    last_report = s["inputs"] // 100
                    if checkpoint is not None:  # partial figures survive an interrupted run
                        checkpoint({**stats, fmt: {**s, "clean_errors": dict(s["clean_errors"])}})
                    if last_report % 5 == 0:
                        print(f"  {fmt}: {s['inputs']}/{n} ({time.perf_counter() - t_format:.0f} s)", file=sys.stderr)
            s["seconds_total"] = round(time.perf_counter() - t_format, 1)
            s["clean_errors"] = dict(s["clean_errors"])
            _print(fmt, s)
    finally:
        pool.stop()
        pool.join()
        shutil.rmtree(tmp, ignore_errors=True)
    return stats


def scaling(sizes_mb=(0.5, 1, 2, 4)) -> list[dict]:
    """CPU seconds of the whole pipeline on pages of N paragraphs (each a sentence with two
    counts): doubling the page should about double the time."""
    import tempfile

    from extractor.pipeline import run as extract_run

    sentence = "<p>本机关2023年共收到政府信息公开申请12件，其中新收申请10件。</p>\n"
    head = ("<html><head><title>某县人民政府2023年政府信息公开工作年度报告</title></head><body>"
            "<h1>某县人民政府2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes_mb:
            n = int(mb * 1024 * 1024 / len(sentence.encode()))
            page = Path(tmp) / f"p{mb}.html"
            page.write_text(head + sentence * n + "</body></html>", encoding="utf-8")
            t0 = time.process_time()
            _, report = extract_run(str(page))
            rows.append({"mb": mb, "paragraphs": n, "cpu_s": round(time.process_time() - t0, 2),
                         "mentions": len(report.mentions)})
            ratio = f", ×{rows[-1]['cpu_s'] / rows[-2]['cpu_s']:.2f} for ×{mb / rows[-2]['mb']:g} the size" if len(rows) > 1 else ""
            print(f"html {mb:g} MB, {n} paragraphs: {rows[-1]['cpu_s']:.1f} s CPU{ratio}", flush=True)
    return rows


def _print(fmt: str, s: dict) -> None:
    errors = sum(s["clean_errors"].values())
    codes = ", ".join(f"{k} {v}" for k, v in sorted(s["clean_errors"].items(), key=lambda kv: -kv[1]))
    print(f"{fmt:6} inputs {s['inputs']}: accepted {s['accepted']}, clean errors {errors} ({codes}), "
          f"crashes {s['crashes']}, hangs {s['hangs']}, stderr not one line {s['stderr_not_one_line']}, "
          f"max {s['max_seconds']:.2f} s, max peak RSS {s['max_peak_rss_mb']:.0f} MB, "
          f"{s['seconds_total']:.0f} s in all", flush=True)
    print(f"    slowest: {s.get('input_of_max_seconds')}; largest: {s.get('input_of_max_peak_rss_mb')}")
    for ex in s["examples"][:3]:
        print(f"    {ex['file']}: {ex['problem'].strip().splitlines()[-1][:200]}", flush=True)


def main(argv: list[str] | None = None) -> int:
    from corpora.hostile import FORMATS

    p = argparse.ArgumentParser(prog="python -m bench fuzz", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=1000, help="inputs per format")
    p.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--start", type=int, default=0,
                   help="index of the first input: a long run (OCR costs seconds an image) done in parts, "
                        "e.g. --n 2000 --start 2000 after --n 2000; the parts' inputs never overlap")
    p.add_argument("--json", type=Path, default=RESULTS / "fuzz.json")
    p.add_argument("--scaling", action="store_true",
                   help="instead: CPU time of pages of 0.5, 1, 2, 4 MB of paragraphs (is it linear?)")
    args = p.parse_args(argv)
    if args.scaling:
        scaling()
        return 0
    t0 = time.perf_counter()
    args.json.parent.mkdir(parents=True, exist_ok=True)

    def write(stats: dict) -> None:
        result = {"n": args.n, "start": args.start, "seed": args.seed, "workers": args.workers,
                  "seconds": round(time.perf_counter() - t0, 1), "formats": stats}
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=dict) + "\n", encoding="utf-8")

    partial: dict = {}

    def checkpoint(stats: dict) -> None:
        partial.update(stats)
        write(stats)

    try:
        stats = run(args.formats, args.n, args.workers, args.seed, KEEP, checkpoint=checkpoint, start=args.start)
    except KeyboardInterrupt:  # stopped early: the figures of the inputs run so far
        print("interrupted: figures so far", file=sys.stderr)
        stats = partial
    write(stats)
    print(f"results written to {args.json}")
    bad = sum(s["crashes"] + s["hangs"] + s["stderr_not_one_line"] for s in stats.values())
    return 1 if bad else 0

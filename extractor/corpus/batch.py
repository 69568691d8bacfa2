"""Whole corpora: extract many files on worker processes; a failure is recorded, the rest go on.

`extract_many` yields one `Outcome` per input (a `Report`, or the error that stopped
that file), in completion order. Workers load the pipeline once and are reused, so a
corpus costs one start-up per worker, not per file.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from models import Report

from ..errors import ExtractionError

REPORT_SUFFIXES = {".html", ".htm", ".shtml", ".txt", ".md", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass(frozen=True)
class Failure:
    path: str
    code: str  # unreadable_file, unsupported_format, not_a_report, … or internal_error
    reason: str

    def line(self) -> str:
        return f"nianbao: {self.code}: {self.path}: {self.reason}"


@dataclass(frozen=True)
class Outcome:
    path: str
    report: Report | None = None
    failure: Failure | None = None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report files inside given folders (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES))
        else:
            out.append(p)
    return out


def extract_one(path: str | Path) -> Outcome:
    """Extract one file, turning any error into a recorded failure."""
    from ..pipeline import extract

    path = str(path)
    try:
        return Outcome(path, report=extract(path))
    except ExtractionError as exc:
        return Outcome(path, failure=Failure(path, exc.code, exc.reason))
    except Exception as exc:  # a bug in one document must not stop the corpus
        return Outcome(path, failure=Failure(path, "internal_error", f"{type(exc).__name__}: {exc}"))


def _warm(threads: int) -> None:
    """Worker start-up: import the whole pipeline once, and take a share of the cores for
    OCR (onnxruntime would otherwise start a thread per core in every worker, and workers
    wait on each other's threads)."""
    from .. import pipeline  # noqa: F401
    from ..ocr.engine import THREADS_ENV, use_threads

    if not os.environ.get(THREADS_ENV):  # a setting given from outside wins
        use_threads(threads)


def extract_many(paths: Iterable[str | Path], workers: int | None = None) -> Iterator[Outcome]:
    """Extract every file; `workers` processes (default: the CPU count; 1 = in this process)."""
    files = [str(p) for p in paths]
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(files) <= 1:
        for f in files:
            yield extract_one(f)
        return
    threads = max(1, (os.cpu_count() or 1) // workers)
    # Spawned, not forked: a fork of a process whose libraries already run threads (onnxruntime,
    # OpenMP in OpenCV) can inherit a held lock and hang for ever.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm, initargs=(threads,), mp_context=context) as pool:
        pending = set()
        queue = iter(files)
        for f in queue:
            pending.add(pool.submit(extract_one, f))
            if len(pending) >= workers * 4:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
            for f in queue:
                pending.add(pool.submit(extract_one, f))
                if len(pending) >= workers * 4:
                    break

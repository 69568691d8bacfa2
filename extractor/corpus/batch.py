"""Whole corpora: extract many files on worker processes; a failure is recorded, the rest go on.

`extract_many` yields one `Outcome` per input (a `Report`, or the store's rows of it, or
the error that stopped that file), in completion order. Workers load the pipeline once and are reused, so a
corpus costs one start-up per worker, not per file.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from models import Report

from .. import limits
from ..errors import ExtractionError, display_path, one_line

REPORT_SUFFIXES = {".html", ".htm", ".shtml", ".txt", ".md", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass(frozen=True)
class Failure:
    path: str
    code: str  # unreadable_file, unsupported_format, not_a_report, … or internal_error
    reason: str

    def line(self) -> str:
        return one_line(f"nianbao: {self.code}: {self.path}: {self.reason}")


@dataclass(frozen=True)
class Outcome:
    path: str
    report: Report | None = None
    failure: Failure | None = None
    text: str | None = None  # the document text the report's offsets index
    # Instead of `report` and `text` when asked for the store (`for_store`): its rows
    # (`store.report_rows`: an Arrow table per table of the store).
    rows: dict | None = None

    @property
    def format(self) -> str | None:
        if self.report is not None:
            return self.report.source.format
        return self.rows["reports"]["format"][0].as_py() if self.rows else None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the report files inside given folders (sorted, recursive). A
    folder that cannot be read is listed itself, so that its failure is recorded rather
    than its files silently missing."""
    out: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        found: list[Path] = []
        unreadable: list[Path] = []
        for folder, _, names in os.walk(p, onerror=lambda exc: unreadable.append(Path(exc.filename))):
            for name in names:
                f = Path(folder) / name
                if f.suffix.lower() in REPORT_SUFFIXES and not _is_dir(f):
                    found.append(f)
        out.extend(sorted(found + unreadable))
    return out


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def extract_one(path: str | Path, for_store: bool = False) -> Outcome:
    """Extract one file, turning any error into a recorded failure; `for_store`: the
    outcome carries the store's rows (`store.report_rows`) instead of the report."""
    from ..pipeline import run

    path = str(path)
    try:
        doc, report = run(path)
        if for_store:
            from .store import report_rows

            return Outcome(path, rows=report_rows(report, doc.text))
        return Outcome(path, report=report, text=doc.text)
    except ExtractionError as exc:
        return Outcome(path, failure=Failure(display_path(path), exc.code, exc.reason))
    except Exception as exc:  # a bug in one document must not stop the corpus
        return Outcome(path, failure=Failure(display_path(path), "internal_error", f"{type(exc).__name__}: {exc}"))


def _lost(path: str, exc: BaseException) -> Outcome:
    """The outcome of a file whose worker was killed past the time limit, or died."""
    if isinstance(exc, TimeoutError):
        error = limits.exceeded(path, "seconds", "the time taken to extract the document")
        return Outcome(path, failure=Failure(error.path, error.code, error.reason + " (its worker was stopped)"))
    if isinstance(exc, ProcessExpired):
        reason = f"the worker process extracting it died (exit code {exc.exitcode})"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return Outcome(path, failure=Failure(display_path(path), "internal_error", reason))


def _die_with(parent: int) -> None:
    """End this worker when the batch that started it is gone (killed with -9, its
    workers would otherwise go on extracting for nobody): a thread watches the parent."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="nianbao-parent-watch", daemon=True).start()


def _warm(threads: int, parent: int | None = None) -> None:
    """Worker start-up: die with the process that started it (`parent`, by default the
    one it has now), take a share of the cores for OCR (onnxruntime would otherwise start a
    thread per core in every worker, and workers wait on each other's threads), and load
    the pipeline (`warm_up`)."""
    _die_with(parent if parent is not None else os.getppid())
    from ..ocr.engine import THREADS_ENV, use_threads

    if not os.environ.get(THREADS_ENV):  # a setting given from outside wins
        use_threads(threads)
    warm_up()


def warm_up() -> None:
    """Import the whole pipeline and run it once on a tiny report, so that a worker's first
    document does not spend its time limit loading what every document needs (jieba's
    dictionary, spaCy's languages, OpenCC, lxml: about a second)."""
    import tempfile

    from ..pipeline import run

    # Start-up, not a document: the loading must not be stopped by the documents' time limit.
    with tempfile.TemporaryDirectory(prefix="nianbao-warm-") as tmp, limits.using(seconds=limits.Limits().seconds):
        path = Path(tmp) / "warm.txt"
        path.write_text("某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年共收到申请1件。\n", encoding="utf-8")
        try:
            run(path)
        except Exception:  # noqa: BLE001 - warming is an optimisation; a real document reports any error
            pass


def extract_many(paths: Iterable[str | Path], workers: int | None = None, for_store: bool = False
                 ) -> Iterator[Outcome]:
    """Extract every file; `workers` processes (default: the CPU count; 1 = in this process);
    `for_store`: see `extract_one`."""
    files = [str(p) for p in paths]
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(files) <= 1:
        for f in files:
            yield extract_one(f, for_store)
        return
    threads = max(1, (os.cpu_count() or 1) // workers)
    # Spawned, not forked: a fork of a process whose libraries already run threads (onnxruntime,
    # OpenMP in OpenCV) can inherit a held lock and hang for ever. pebble's pool, not
    # concurrent.futures': it kills the worker of a document past the time limit (which the
    # worker's own alarm could not stop, stuck in C code) and replaces a worker that died,
    # and only that document fails.
    context = multiprocessing.get_context("spawn")
    timeout = limits.seconds_with_grace()
    pool = ProcessPool(max_workers=workers, initializer=_warm, initargs=(threads, os.getpid()), context=context)
    try:
        pending: dict = {}
        queue = iter(files)

        def submit() -> None:
            for f in queue:
                pending[pool.schedule(extract_one, args=(f, for_store), timeout=timeout)] = f
                if len(pending) >= workers * 4:
                    break

        submit()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                f = pending.pop(fut)
                try:
                    yield fut.result()
                except Exception as exc:  # the worker was killed or died: this file fails, the rest go on
                    yield _lost(f, exc)
            submit()
    finally:
        pool.stop()
        pool.join()

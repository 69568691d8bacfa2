"""Extraction for the service on a bounded pool of worker processes.

Each document runs in a worker process under the limits of `extractor.limits`, its time
limit (`seconds`) among them. The pipeline stops itself when that passes; if native code
keeps it from doing so, the worker is killed a little later (as batch workers are), and
so is the worker of a client that went away: no core stays busy with work nobody waits
for. A thread cannot be stopped from outside and a `concurrent.futures` process pool
cannot kill one task: pebble's pool does both. At most `max_queue` documents wait for or
are in extraction; more are refused at once. Scans are read as jobs (`jobs.py`, `run_job`)
on the same pool, on all workers but one.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Awaitable, Callable
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from models import Document, Report

from .. import limits
from ..corpus.batch import _warm
from ..errors import ExtractionError
from .settings import Settings


class Refusal(Exception):
    """A request answered with an error: HTTP status, code, file and a reason a user can act on."""

    def __init__(self, status: int, code: str, file: str | None, reason: str):
        super().__init__(f"{code}: {file}: {reason}")
        self.status, self.code, self.file, self.reason = status, code, file, reason

    def content(self) -> dict:
        return {"error": self.code, "file": self.file, "reason": self.reason}


class NeedsJob(Exception):
    """The document needs OCR (`pages` pages; None: not counted yet), which was deferred:
    it is to be read as a job (`jobs.py`)."""

    def __init__(self, pages: int | None):
        super().__init__(f"{pages} pages need OCR")
        self.pages = pages


def extract_file(path: str, beside: bool = False, seconds: float | None = None, progress: str | None = None,
                 defer_ocr: bool = False) -> tuple:
    """In a worker: the pipeline on one file (`beside`: and what its review page shows
    beside each finding, its pages rendered here too, `source.upload_sources`). Errors come
    back as values, a bug's as one line (not a pickled traceback), and the worker stays
    usable. With `defer_ocr`, a document stops where its OCR would begin and says how many
    pages that is. A job's document runs under its own time limit (`seconds`), and its OCR
    writes its pages done and total to the file `progress` as it goes (`read_progress`)."""
    import time
    from contextlib import ExitStack

    from ..ingest.scanned import OcrDeferred, deferring_ocr, ocr_progress
    from ..pipeline import run

    start = time.monotonic()
    try:
        with ExitStack() as stack:
            if seconds is not None:
                stack.enter_context(limits.using(seconds=seconds))
            if progress is not None:
                stack.enter_context(ocr_progress(lambda done, total: _write_progress(progress, done, total)))
            if defer_ocr:
                stack.enter_context(deferring_ocr())
            doc, report = run(path)
            if not beside:
                return ("ok", doc, report, None)
            from .source import upload_sources

            return ("ok", doc, report, upload_sources(path, report, doc, start + limits.current().seconds))
    except OcrDeferred as exc:
        return ("needs_ocr", exc.pages)
    except ExtractionError as exc:
        return ("error", exc.code, exc.reason)
    except Exception as exc:  # a bug: reported as one line, the worker goes on
        return ("internal_error", "internal_error", f"{type(exc).__name__}: {exc}")


def _write_progress(path: str, done: int, total: int | None) -> None:
    """Pages done and total, replaced whole (a reader never sees half a write)."""
    Path(path + ".new").write_text(f"{done} {total if total is not None else '-'}", encoding="ascii")
    os.replace(path + ".new", path)


def read_progress(path: Path) -> tuple[int, int | None] | None:
    """What the worker last wrote with `_write_progress`; None before it wrote anything."""
    try:
        done, total = path.read_text(encoding="ascii").split()
        return int(done), None if total == "-" else int(total)
    except (OSError, ValueError):
        return None


def _warm_worker(threads: int) -> None:
    """Worker start-up: as batch workers' (`corpus.batch._warm`: the pipeline loaded, so the
    first upload's time limit is not spent loading the narrative models).

    SIGTERM ends the worker at once: pebble's own handler is Python code, which runs only
    when a native call (OCR, PDF rendering) returns, so a stopped worker would keep its
    core for pebble's 3 s grace. Nothing is lost: pebble holds the channel lock while it
    stops a worker, so no message is left half sent."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _warm(threads)


class Extractors:
    """The worker pool of one app: started with it, stopped with it, rebuilt if it broke.

    Documents wait for a free worker here, not in pebble's queue: a document pebble has
    handed out can only be dropped by killing the worker that takes it, while one that
    waits here is dropped for free when its client leaves."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.load = 0  # documents waiting for or in extraction
        self._pool: ProcessPool | None = None
        self._free: asyncio.Semaphore | None = None  # one per worker
        # Jobs (`jobs.py`: long OCR) take at most all workers but one, so that an upload
        # answered at once never waits behind them; with one worker, they take turns.
        self.job_workers = max(1, settings.workers - 1)
        self._job_gate = asyncio.Semaphore(self.job_workers)

    def start(self) -> None:
        if self._pool is None or not self._pool.active:
            threads = max(1, (os.cpu_count() or 1) // self.settings.workers)
            # Spawned, not forked: see extractor.corpus.batch (a fork can inherit a held lock).
            self._pool = ProcessPool(max_workers=self.settings.workers, initializer=_warm_worker, initargs=(threads,),
                                     context=multiprocessing.get_context("spawn"))
            self._pool.schedule(os.getpid)  # starts the workers now, not on the first upload
            self._free = asyncio.Semaphore(self.settings.workers)

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.stop()
            self._pool.join(timeout=10)
            self._pool = None

    async def _extract(self, path: Path, beside: bool = False, seconds: float | None = None,
                       progress: Path | None = None, started: Callable[[], None] | None = None,
                       defer_ocr: bool = False) -> tuple:
        async with self._free:
            if started is not None:
                started()
            with limits.using(**({"seconds": seconds} if seconds is not None else {})):
                timeout = limits.seconds_with_grace()
            future = self._pool.schedule(extract_file, timeout=timeout,
                                         args=(str(path), beside, seconds, progress and str(progress), defer_ocr))
            try:
                return await asyncio.wrap_future(future)
            finally:
                if not future.done():
                    future.cancel()  # nobody waits for it any more: pebble kills its worker

    async def run(self, path: Path, name: str, client_gone: Callable[[], Awaitable[None]], beside: bool = False,
                  defer_ocr: bool = False) -> tuple[Document, Report, tuple | None]:
        """The document and report of the file at `path` (shown to the client as `name`),
        and with `beside` what its review page shows beside each finding; with `defer_ocr`,
        `NeedsJob` for a scan (the worker stops before its OCR)."""
        s = self.settings
        if self.load >= s.max_queue:
            raise Refusal(503, "busy", name, f"{self.load} documents are already waiting or in extraction, "
                          f"the limit is {s.max_queue} (NIANBAO_MAX_QUEUE); try again shortly")
        self.start()
        self.load += 1
        job = asyncio.ensure_future(self._extract(path, beside, defer_ocr=defer_ocr))
        watch = asyncio.ensure_future(client_gone())
        try:
            await asyncio.wait({job, watch}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.load -= 1
            for task in (job, watch):
                task.cancel()
        if not job.done() or job.cancelled():
            raise Refusal(499, "client_gone", name, "the client closed the connection; extraction stopped")
        return self._result(job, path, name)

    async def run_job(self, path: Path, name: str, seconds: float, progress: Path,
                      started: Callable[[], None]) -> tuple[Document, Report, tuple | None]:
        """A job's document (see `run`), under the time limit `seconds`, its OCR's progress
        written to `progress`; `started` is called when a worker takes it. Jobs wait here
        for their share of the workers (`job_workers`) before they wait for a free one."""
        self.start()
        async with self._job_gate:
            job = asyncio.ensure_future(self._extract(path, seconds=seconds, progress=progress, started=started))
            try:
                await asyncio.wait({job})
            finally:
                job.cancel()  # the job itself was cancelled (the service stops): so is its extraction
        return self._result(job, path, name, seconds)

    def _result(self, job: asyncio.Future, path: Path, name: str, seconds: float | None = None
                ) -> tuple[Document, Report, tuple | None]:
        """The document, report (and what the review shows beside its findings, when asked)
        of a finished extraction, or its `Refusal`."""
        try:
            outcome = job.result()
        except TimeoutError:  # the pipeline did not stop itself: its worker was killed
            with limits.using(**({"seconds": seconds} if seconds is not None else {})):
                late = limits.exceeded(name, "seconds", "the time taken to extract the document")
            raise Refusal(422, late.code, name, late.reason) from None
        except (ProcessExpired, CancelledError) as exc:
            raise Refusal(422, "extraction_failed", name,
                          f"the extraction process ended abnormally ({exc}); the document may need "
                          "more memory than a worker may take") from None
        except BrokenProcessPool as exc:
            self._pool.stop()  # the next upload starts a new pool
            raise Refusal(503, "busy", name, f"the extraction workers had to be restarted ({exc}); try again") from None
        status, *rest = outcome
        if status == "ok":
            return rest[0], rest[1], rest[2]
        if status == "needs_ocr":
            raise NeedsJob(rest[0])
        code, reason = rest
        reason = reason.replace(str(path), name)  # the temporary file means nothing to the client
        raise Refusal(422 if status == "error" else 500, code, name, reason)

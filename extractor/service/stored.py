"""The service's access to a store of `nianbao batch` (`nianbao serve --db`): reading it, a
stored report's review with its verdicts, and writing a verdict (the corpus view: corpus_view.py).

Reads attach the store read-only, per request. A verdict opens it for writing for that one
insert. DuckDB refuses, within one process, to open a file for writing while it is attached
read-only (and the reverse), so the service's own reads and writes take a readers-writer
lock; another process writing the store (a batch) makes either one `store_busy` → 503.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field

from models import Document, Finding, Report

from ..corpus.store import MAX_NOTE, MAX_REVIEWER, StoreError
from .work import Refusal

T = TypeVar("T")
# Findings a reviewer decides on, and counted in the corpus view (infos are notes of the tool).
DECIDED = ("error", "warning")
VerdictName = Literal["confirmed", "dismissed", "noted"]


class ReadWriteLock:
    """Many readers or one writer; a waiting writer goes before readers that come later."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


def refusal(exc: StoreError) -> Refusal:
    """A store's error as the answer: a report or finding it lacks is 404; a store that
    cannot be opened now (a batch writes it) or at all is 503, in one line."""
    status = 404 if exc.code in ("not_in_store", "ambiguous") else 503
    return Refusal(status, exc.code, exc.path, exc.reason)


class StoreAccess:
    def __init__(self, path: Path):
        self.path = path
        self.lock = ReadWriteLock()
        # One in-memory database for the service's reads, made on the first: each read
        # attaches the store to it under an alias of its own and detaches it when done
        # (a database made a request would cost ~40 ms, more than a page's queries).
        self._memory = None
        self._memory_lock = threading.Lock()
        self._reads = itertools.count()

    def _connection(self):
        import duckdb

        with self._memory_lock:
            if self._memory is None:
                self._memory = duckdb.connect(":memory:")
            return self._memory.cursor()

    def read(self, fn: Callable[..., T], *args) -> T:
        """fn(db, *args) on the store attached read-only (in a worker thread)."""
        from ..corpus.store import attach_read_only

        with self.lock.reading():
            db = self._connection()
            alias = f"nianbao_store_{next(self._reads)}"
            try:
                try:
                    attach_read_only(self.path, db, alias)
                except StoreError as exc:
                    raise refusal(exc) from None
                try:
                    return fn(db, *args)
                finally:
                    db.execute(f"DETACH DATABASE IF EXISTS {alias}")  # the file is free again
            finally:
                db.close()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """For code that opens the store itself (the comparison page)."""
        with self.lock.reading():
            yield

    def write_verdict(self, rid: str, fingerprint: str, verdict: str, note: str, reviewer: str) -> dict:
        """Record a verdict on the finding `fingerprint` of the report `rid`; the stored row
        with `report` (the id) added. Refusal: 404 no such report or finding, 422 a bad
        verdict, 503 the store busy."""
        from ..corpus.store import clean_verdict, path_of_id, record_verdict

        try:
            verdict, note, reviewer = clean_verdict(verdict, note, reviewer)
        except ValueError as exc:
            raise Refusal(422, "bad_verdict", None, str(exc)) from None
        path = self.read(path_of_id, rid)
        if path is None:
            raise Refusal(404, "not_in_store", None, f"no report {rid!r} in the store")
        with self.lock.writing():
            try:
                row = record_verdict(self.path, path, fingerprint, verdict, note, reviewer)
            except StoreError as exc:
                raise refusal(exc) from None
        return {"report": rid, **row}


# -- what the API answers (and the pages show) ----------------------------------------------


class Verdict(BaseModel):
    fingerprint: str
    verdict: VerdictName
    note: str = ""
    reviewer: str
    at: str = Field(description="when it was given: UTC, ISO 8601")


class VerdictIn(BaseModel):
    report: str = Field(pattern=r"^[0-9a-f]{16}$", description="the report's id (`id` in GET /api/corpus)")
    fingerprint: str = Field(min_length=1, max_length=64, description="the finding's fingerprint")
    verdict: VerdictName = Field(description="confirmed or dismissed decide; noted adds a note, the finding stays open")
    note: str = Field("", max_length=MAX_NOTE)
    reviewer: str = Field(min_length=1, max_length=MAX_REVIEWER)


class VerdictOut(Verdict):
    report: str
    path: str


class ReviewedFinding(BaseModel):
    finding: Finding
    cells: list[str] = Field(description="the cells it is about, by the form's Chinese labels")
    verdict: Verdict | None = Field(description="its verdict: the latest given")
    history: list[Verdict] = Field(description="every verdict given on it, newest first")


class Counts(BaseModel):
    confirmed: int
    dismissed: int
    open: int


class StoredReview(BaseModel):
    id: str
    path: str
    report: Report
    findings: list[ReviewedFinding] = Field(description="the report's findings, cross-year ones included")
    counts: Counts
    stale_verdicts: list[Verdict] = Field(description="verdicts on findings no longer found (not counted)")


# -- reads ------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def cell_label(metric: str) -> str:
    """A cell id by the form's Chinese labels ("表三 本年新收·总计"); an id that names no
    cell as it is."""
    from ..reconcile.engine import metric_label

    try:
        return metric_label(metric)
    except (ValueError, KeyError):
        return metric


def stored_review(db, rid: str) -> tuple[Document, StoredReview]:
    """The report `rid` of the store as extracted, with the document text its offsets index
    (empty when the store kept none), its findings (cross-year ones from the findings
    table) and their verdicts."""
    from ..corpus.store import load_report, path_of_id, stored_findings, verdicts_of

    path = path_of_id(db, rid)
    loaded = load_report(db, path) if path is not None else None
    if loaded is None:
        raise Refusal(404, "not_in_store", None, f"no report {rid!r} in the store"
                      + (" (the store keeps no copy of it: run the batch again with --force)" if path else ""))
    text, report = loaded
    findings = list(report.findings)
    known = {f.fingerprint for f in findings}
    for rule, severity, message, reported, computed, delta, metrics, fp in stored_findings(db, path):
        if fp not in known:  # found after extraction: the cross-year relations
            known.add(fp)
            findings.append(Finding(rule=rule, severity=severity, message=message, reported=reported,
                                    computed=computed, delta=delta,
                                    metrics=[m for m in (metrics or "").split(",") if m], fingerprint=fp))
    report = report.model_copy(update={"findings": findings})
    given = verdicts_of(db, path)
    reviewed = []
    counts = {"confirmed": 0, "dismissed": 0, "open": 0}
    for f in findings:
        history = [Verdict(**v) for v in given.pop(f.fingerprint, [])] if f.fingerprint else []
        current = history[0] if history else None
        if f.severity in DECIDED:
            counts[current.verdict if current and current.verdict != "noted" else "open"] += 1
        reviewed.append(ReviewedFinding(finding=f, cells=[cell_label(m) for m in f.metrics], verdict=current,
                                        history=history))
    stale = [Verdict(**v) for vs in given.values() for v in vs]
    doc = Document(path=report.source.path, format=report.source.format, sha256=report.source.sha256,
                   blocks=[], text=text or "")
    return doc, StoredReview(id=rid, path=path, report=report, findings=reviewed, counts=Counts(**counts),
                             stale_verdicts=stale)

"""One batch over a corpus: decide what to extract, extract it, commit each outcome.

A document's identity is its resolved path and its content (sha256): `a/x.pdf` and
`/abs/a/x.pdf` are one document, and a rerun skips every file whose resolved path is in
the store with the same content. A changed file is extracted again; `force` redoes
everything; `retry_failed` retries the recorded failures (kept, not retried, by default:
most are the file's own fault). Outcomes are committed as they arrive (those arriving
within half a second together), so a batch killed at any moment loses only the
documents still being extracted or just finished, and its rerun goes on where it stopped.
Last, each organ's reports are paired across years (`years`).
"""

from __future__ import annotations

import hashlib
import os
import queue
import stat
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .. import limits
from ..errors import display_path
from .batch import Failure, Outcome, expand_paths, extract_many
from .store import CorpusStore
from .years import link_years


@dataclass(frozen=True)
class Item:
    """A file of the batch: the path workers open, the key the store files it under, and
    the digest of its content (None when it is no regular file: its extraction says why)."""

    given: str
    key: str
    sha256: str | None


@dataclass
class Summary:
    files: int = 0          # distinct documents asked for
    skipped: int = 0        # already in the store with the same content
    extracted: int = 0
    failed: int = 0
    seconds: float = 0.0
    formats: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    years: dict[str, int] = field(default_factory=dict)  # pairs of consecutive years, as link_years counts them

    @property
    def done(self) -> int:
        return self.extracted + self.failed

    def as_dict(self) -> dict:
        return {"files": self.files, "skipped": self.skipped, "extracted": self.extracted, "failed": self.failed,
                "seconds": round(self.seconds, 3), "formats": dict(self.formats), "years": self.years}


def identify(path: str | Path) -> Item:
    given = os.fspath(path)
    key = display_path(os.path.realpath(given))
    return Item(given, key, _digest(given))


def _digest(path: str) -> str | None:
    """sha256 of a regular file's bytes; None for anything else (a FIFO would block, a
    folder or device is no report) or a file over the byte limit (it fails unread)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limits.current().file_bytes:
            return None
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def plan(items: Iterable[Item], known: dict[str, tuple[str | None, bool]], force: bool = False,
         retry_failed: bool = False) -> tuple[list[Item], list[Item]]:
    """(to extract, to skip): one item per key, in the order given."""
    todo, skip, seen = [], [], set()
    for item in items:
        if item.key in seen:
            continue
        seen.add(item.key)
        stored = known.get(item.key)
        same = stored is not None and item.sha256 is not None and stored[0] == item.sha256
        if same and not force and not (retry_failed and stored[1]):
            skip.append(item)
        else:
            todo.append(item)
    return todo, skip


# Outcomes that arrive within this many seconds of each other share one commit: a commit
# costs ~20 ms whatever it holds, about what extracting a report takes a worker, and the
# writer shares the cores with the workers (groups of 10 reports: ~3 ms a report; of 20: ~2).
COMMIT_EVERY = 0.5


def in_groups(outcomes: Iterator[Outcome], seconds: float) -> Iterator[list[Outcome]]:
    """The outcomes as they arrive, in groups: a group is given `seconds` after its first
    outcome came (whether or not more came since), so none waits longer than that to be
    committed. The extraction is pulled on a thread of its own, so that a slow document
    does not hold back the outcomes that came before it."""
    arrived: queue.Queue = queue.Queue()
    end = object()

    def pull() -> None:
        try:
            for outcome in outcomes:
                arrived.put(outcome)
        except BaseException as exc:  # handed to the consumer, raised there
            arrived.put(_Raised(exc))
        finally:
            arrived.put(end)

    threading.Thread(target=pull, name="nianbao-outcomes", daemon=True).start()
    group: list[Outcome] = []
    due = None
    while True:
        try:
            got = arrived.get(timeout=None if due is None else max(0.0, due - time.monotonic()))
        except queue.Empty:
            yield group
            group, due = [], None
            continue
        if got is end:
            break
        if isinstance(got, _Raised):  # what arrived before is committed first
            if group:
                yield group
            raise got.exc
        group.append(got)
        if due is None:
            due = time.monotonic() + seconds
    if group:
        yield group


@dataclass(frozen=True)
class _Raised:
    exc: BaseException


def run(paths: Iterable[str | Path], store: CorpusStore, workers: int | None = None, *, force: bool = False,
        retry_failed: bool = False, on_start: Callable[[Summary], None] | None = None,
        on_outcome: Callable[[Outcome, Summary], None] | None = None,
        aliases: dict[str, str] | None = None, scheduler: str | None = None) -> Summary:
    """Extract every report file under `paths` that the store does not hold yet, then link
    each organ's reports across years (`years.link_years`; `aliases`: see `load_aliases`).
    Extraction runs on `workers` local processes, or on the Dask cluster whose scheduler is
    at `scheduler` (`distributed`; connected to first, so an unreachable one fails at once)."""
    started = time.perf_counter()
    extract = partial(extract_many, workers=workers, for_store=True)
    if scheduler is not None:
        from .distributed import cluster

        extract = cluster(scheduler)
    known = store.known()
    todo, skip = plan(map(identify, expand_paths(paths)), known, force, retry_failed)
    summary = Summary(files=len(todo) + len(skip), skipped=len(skip))
    if on_start:
        on_start(summary)
    by_given = {item.given: item for item in todo}
    for group in in_groups(extract([item.given for item in todo]), COMMIT_EVERY):
        for outcome in group:
            item = by_given[outcome.path]
            replaces = item.key in known
            if outcome.rows is not None:
                summary.extracted += 1
                summary.formats[outcome.format] += 1
                store.add_rows(outcome.rows, item.key, replaces=replaces)
            else:
                summary.failed += 1
                summary.failures.append(outcome.failure)
                store.add_failure(outcome.failure, item.key, item.sha256, replaces=replaces)
        store.commit()
        summary.seconds = time.perf_counter() - started
        if on_outcome:
            for outcome in group:
                on_outcome(outcome, summary)
    summary.years = link_years(store, aliases)
    summary.seconds = time.perf_counter() - started
    return summary

"""Whole corpora on a Dask distributed cluster: the outcomes of `batch.extract_many`, extracted
by `dask worker`s that see the report files at the same paths (shared storage).

The client (the `batch` process) submits one task per file, a bounded number at a time, and
yields each `Outcome` as its task finishes, so `run` commits them exactly as it commits local
ones. Dask runs tasks in threads, where the SIGALRM half of `limits.time_limit` is off: the
pipeline's checkpoints still stop a slow document, and one stuck past them is stopped from the
client, as pebble stops a local worker: past `limits.seconds_with_grace()` from its start its
future is cancelled, its worker restarted (by the worker's nanny) and the file recorded as
`limit_exceeded`. A file whose workers died is recorded as `internal_error`; the rest go on.

Dask is imported inside the functions (and `WarmWorker` is built on first use): this module
is imported by every `batch`, and a local batch must not load dask.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace

from .. import limits
from ..errors import display_path, one_line
from .batch import Failure, Outcome, _lost, extract_one

# An unreachable scheduler fails within this, not after a hang (NIANBAO_SCHEDULER_TIMEOUT).
CONNECT_SECONDS = float(os.environ.get("NIANBAO_SCHEDULER_TIMEOUT") or 10)
WATCH_SECONDS = 0.5   # how often the client looks for documents past their time
PER_THREAD = 4        # futures in flight per worker thread, as extract_many keeps per process


class ClusterError(Exception):
    """The cluster cannot be used (scheduler unreachable or lost, workers that cannot load
    nianbao): the batch stops with one line; what it committed stays in the store."""

    def __init__(self, address: str, code: str, reason: str):
        self.address, self.code, self.reason = address, code, reason
        super().__init__(self.line())

    def line(self) -> str:
        return one_line(f"nianbao: {self.code}: {self.address}: {self.reason}")


def cluster(address: str) -> Callable[[list[str]], Iterator[Outcome]]:
    """Connect to the scheduler at `address` now (before the corpus is read, so that a wrong
    address fails at once) and load the pipeline on its workers. Returns `extract(files)`,
    the cluster's `extract_many`, which closes the connection when it ends."""
    client = connect(address)
    try:
        prepare(client, address)
    except BaseException:
        _close(client)
        raise

    def extract(files: list[str]) -> Iterator[Outcome]:
        try:
            yield from extract_on(client, files, address)
        finally:
            _close(client)

    return extract


def _close(client) -> None:
    """Close the connection; a client whose scheduler is gone would log the traceback of its
    reconnection being stopped, after the batch's one line has said what happened."""
    import logging

    logs = [logging.getLogger(name) for name in ("distributed", "distributed.client", "distributed.utils")]
    levels = [log.level for log in logs]
    for log in logs:
        log.setLevel(logging.CRITICAL)
    try:
        client.close(timeout=CONNECT_SECONDS)
    except Exception:  # already closed, or its scheduler gone
        pass
    finally:
        for log, level in zip(logs, levels):
            log.setLevel(level)


def connect(address: str):
    """A `distributed.Client` of the scheduler, or `ClusterError("scheduler_unreachable")`
    within `CONNECT_SECONDS`."""
    from distributed import Client
    from distributed.comm import get_address_host_port

    try:  # checked before a Client exists: a half-built one complains at exit
        get_address_host_port(address if "://" in address else f"tcp://{address}")
    except ValueError as exc:
        raise ClusterError(address, "scheduler_unreachable", f"not a scheduler address ({exc})") from None
    try:
        return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(address, "scheduler_unreachable", _why(exc)) from None


def _why(exc: BaseException) -> str:
    """Why the scheduler did not answer, the same words whichever way dask gave up: the root
    cause when the system named one ("Connection refused"), always with the time waited."""
    root = exc
    while root.__cause__ is not None or root.__context__ is not None:
        root = root.__cause__ or root.__context__
    within = f"no answer within {CONNECT_SECONDS:g} s"
    if root is not exc and isinstance(root, OSError) and root.strerror:
        return f"{root.strerror} ({within})"
    return within


def prepare(client, address: str) -> None:
    """Register `WarmWorker` with the cluster: every worker, present or joining later, loads
    the pipeline once before its first document."""
    try:
        client.register_plugin(_warm_worker_class()(), name="nianbao-warm")
    except Exception as exc:  # a worker without nianbao (or its extras) installed
        raise ClusterError(address, "worker_setup_failed",
                           f"a worker could not load nianbao: {type(exc).__name__}: {exc}") from None


def _warm_worker_class():
    """`WarmWorker`, built on first use so that importing this module does not import dask."""
    if "WarmWorker" in globals():
        return globals()["WarmWorker"]
    from distributed import WorkerPlugin

    class WarmWorker(WorkerPlugin):
        """Worker start-up, as `batch._warm`: give OCR a share of the cores (onnxruntime
        would otherwise start a thread per core for each of the worker's threads) and load
        the pipeline (`batch.warm_up`)."""

        idempotent = True  # registered by every batch: once per worker is enough

        async def setup(self, worker) -> None:
            # In a thread: the seconds of imports would stall the worker's event loop (heartbeats).
            await asyncio.to_thread(_load_pipeline, worker.state.nthreads)

    WarmWorker.__module__, WarmWorker.__qualname__ = __name__, "WarmWorker"
    globals()["WarmWorker"] = WarmWorker
    return WarmWorker


def _load_pipeline(nthreads: int) -> None:
    from .batch import warm_up

    try:
        from ..ocr.engine import THREADS_ENV, use_threads
    except ImportError:  # no OCR extra on this worker: scans fail there, one by one
        pass
    else:
        if not os.environ.get(THREADS_ENV):  # a setting given to `dask worker` wins
            use_threads(max(1, (os.cpu_count() or 1) // max(1, nthreads)))
    warm_up()


def __getattr__(name: str):
    # Pickle finds the plugin's class (on the client and on each worker) as this module's
    # attribute `WarmWorker`.
    if name == "WarmWorker":
        return _warm_worker_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract_remote(path: str, index: int, chosen: dict, topic: str) -> Outcome:
    """A task: tell the client this document starts (its deadline runs from now), then extract
    it under the client's limits (the worker's environment has not got its `--limit`s)."""
    from distributed import get_worker

    try:
        worker = get_worker()
        worker.log_event(topic, {"index": index, "worker": worker.address})
    except ValueError:  # not on a worker
        pass
    with limits.using(**chosen):
        return extract_one(path, for_store=True)


def extract_on(client, files: list[str], address: str = "", task: Callable = extract_remote) -> Iterator[Outcome]:
    """`extract_many` on the cluster: one `Outcome` per file, in completion order, each with
    the file's path as given. Workers open it at its absolute path."""
    from distributed import as_completed

    if not files:
        return
    topic = f"nianbao-started-{uuid.uuid4().hex}"
    chosen = limits.current().model_dump()
    allowed = limits.seconds_with_grace()
    lock = threading.Lock()
    started: dict[int, tuple[float, str]] = {}  # file index → (when its task started, its worker)
    pending: dict = {}  # future → file index
    overtime: set[int] = set()

    def on_start(event) -> None:
        msg = event[1]
        with lock:
            started[msg["index"]] = (time.monotonic(), msg["worker"])

    client.subscribe_topic(topic, on_start)  # before any task: the scheduler keeps the order
    done = threading.Event()
    watch = threading.Thread(target=_watch, name="nianbao-deadlines", daemon=True,
                             args=(client, lock, pending, started, overtime, allowed, done))
    futures = as_completed(loop=client.loop)
    queue = iter(enumerate(files))
    capacity = _Capacity(client)

    def submit() -> None:
        while len(pending) < capacity.futures():
            item = next(queue, None)
            if item is None:
                return
            i, f = item
            future = client.submit(task, os.path.abspath(f), i, chosen, topic, pure=False)
            with lock:
                pending[future] = i
            futures.add(future)

    try:
        submit()
        watch.start()
        for future in futures:
            with lock:
                i = pending.pop(future)
                started.pop(i, None)
            yield _outcome(future, files[i], i in overtime, address)
            submit()
    finally:
        done.set()
        if watch.is_alive():
            watch.join()
        with lock:
            left = list(pending)
        if left:  # the batch was stopped: its remaining tasks go too
            try:
                client.cancel(left)
            except Exception:  # the scheduler is gone: so are they
                pass
        try:
            client.unsubscribe_topic(topic)
        except Exception:  # the scheduler is gone: nothing to unsubscribe from
            pass


class _Capacity:
    """How many futures to keep in flight: `PER_THREAD` per worker thread of the cluster,
    looked up again every few seconds as workers come and go."""

    def __init__(self, client):
        self.client, self.at, self.n = client, -1e9, PER_THREAD

    def futures(self) -> int:
        if time.monotonic() - self.at > 5:
            self.at = time.monotonic()
            try:
                self.n = PER_THREAD * max(1, sum(self.client.nthreads().values()))
            except Exception:  # the scheduler is unreachable: keep what we had, the results say why
                pass
        return self.n


def _watch(client, lock, pending, started, overtime, allowed, done) -> None:
    """Cancel each task past `allowed` seconds from its start and restart its worker: the task
    thread cannot be stopped from outside, its process can (the worker's nanny starts it anew)."""
    while not done.wait(WATCH_SECONDS):
        now = time.monotonic()
        with lock:
            late = [(future, i, started[i][1]) for future, i in pending.items()
                    if i in started and i not in overtime and now - started[i][0] > allowed]
            overtime.update(i for _, i, _ in late)
        for future, _, worker in late:
            try:
                future.cancel()
                client.restart_workers([worker], timeout=60, raise_for_error=False)
            except Exception:  # the worker or scheduler is gone already: the outcome says so
                pass


def _outcome(future, given: str, overtime: bool, address: str) -> Outcome:
    """The `Outcome` of a finished, failed or cancelled future, about the path as given."""
    from distributed import KilledWorker

    if overtime:
        return _lost(given, TimeoutError())
    if future.cancelled():  # not by us: the client lost its scheduler
        raise ClusterError(address, "scheduler_lost", "the Dask scheduler cancelled the batch's tasks "
                                                      "(connection lost); run again to go on")
    try:
        outcome = future.result()
    except (OSError, TimeoutError) as exc:  # CommClosedError among them
        raise ClusterError(address, "scheduler_lost", f"the connection to the Dask scheduler was lost "
                                                      f"({type(exc).__name__}); run again to go on") from None
    except Exception as exc:
        if isinstance(exc, KilledWorker):
            worker = getattr(getattr(exc, "last_worker", None), "address", "?")
            reason = f"the Dask workers extracting it died, on every attempt (the last: {worker})"
            return Outcome(given, failure=Failure(display_path(given), "internal_error", reason))
        return _lost(given, exc)
    failure = outcome.failure and replace(outcome.failure, path=display_path(given))
    return replace(outcome, path=given, failure=failure)  # the document text comes along too

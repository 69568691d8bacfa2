"""Resource limits on one document: every axis along which a hostile file could take a
machine's memory or time, in one place.

Each limit has a default (below); `NIANBAO_MAX_<NAME>` in the environment changes it
(`NIANBAO_MAX_PAGES=500`), so does `--limit NAME=VALUE` on the command line (which sets
that variable, so batch workers inherit it), and in Python `with limits.using(pages=500):`.
A document past a limit fails with `LimitExceeded` *before* the expensive work, and the
reason names the limit and how to raise it. Byte limits take sizes such as `64MiB`.

The time limit is wall-clock seconds per document: `time_limit` sets a deadline that
`check_time` compares at the stages' checkpoints (page loops, stage boundaries); in a main
thread with no other alarm set it also arms SIGALRM, so a stage that never reaches a
checkpoint is interrupted too (though never inside an import, which it lets finish).
Batch workers are killed past it (`corpus.batch`).
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar

from pydantic import BaseModel, ByteSize, ConfigDict, Field, ValidationError

from .errors import LimitExceeded

ENV_PREFIX = "NIANBAO_MAX_"
MiB = 1024 * 1024


class Limits(BaseModel):
    """How much of each resource one document may use."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file_bytes: ByteSize = Field(ByteSize(128 * MiB), gt=0, description="bytes read from one file")
    inflated_bytes: ByteSize = Field(
        ByteSize(256 * MiB), gt=0,
        description="bytes decompressed from one document: DOCX (ZIP) members, PDF streams",
    )
    image_pixels: int = Field(
        60_000_000, gt=0, description="pixels of one page image (a decoded image file or a rendered PDF page)"
    )
    pages: int = Field(300, gt=0, description="pages of one document (PDF, multi-page TIFF, page images)")
    span: int = Field(1000, gt=0, description="rows or columns one table cell may span")
    grid_cells: int = Field(1_000_000, gt=0, description="rows × columns of one table")
    elements: int = Field(
        300_000, gt=0,
        description="tags of an HTML page or of a DOCX's XML, or lines and cells of a text file",
    )
    page_objects: int = Field(100_000, gt=0, description="characters, paths and images one PDF page draws")
    seconds: float = Field(300.0, gt=0, description="wall-clock seconds to extract one document")


NAMES = tuple(Limits.model_fields)
_override: ContextVar[Limits | None] = ContextVar("nianbao_limits", default=None)
_env_cache: dict[tuple, Limits] = {}


def env_name(name: str) -> str:
    return ENV_PREFIX + name.upper()


def current() -> Limits:
    """The limits in force: those set with `using`, else the defaults changed by the environment."""
    chosen = _override.get()
    if chosen is not None:
        return chosen
    key = tuple(os.environ.get(env_name(n)) for n in NAMES)
    if key not in _env_cache:
        given = {n: v for n, v in zip(NAMES, key) if v not in (None, "")}
        try:
            _env_cache[key] = Limits(**given)
        except ValidationError as exc:
            bad = ", ".join(f"{env_name(str(e['loc'][0]))}={given.get(str(e['loc'][0]))!r}" for e in exc.errors())
            raise ValueError(f"invalid limit in the environment: {bad}") from None
    return _env_cache[key]


@contextmanager
def using(**changes):
    """Run the block under the current limits with these changed (`using(pages=10)`); with
    none changed, under the limits as they are now, the environment read once (a document's
    dozen checks would otherwise read its eleven variables each time)."""
    now = current()
    token = _override.set(Limits(**{**now.model_dump(), **changes}) if changes else now)
    try:
        yield current()
    finally:
        _override.reset(token)


def parse_assignment(text: str) -> tuple[str, str]:
    """`NAME=VALUE` from the command line → (name, value), validated; ValueError if not."""
    name, sep, value = text.partition("=")
    name = name.strip().lower().replace("-", "_")
    if not sep or name not in NAMES:
        raise ValueError(f"{text!r}: expected NAME=VALUE with NAME one of {', '.join(NAMES)}")
    try:
        Limits(**{name: value.strip()})
    except ValidationError as exc:
        raise ValueError(f"{text!r}: {exc.errors()[0]['msg']}") from None
    return name, value.strip()


def _show(name: str, value: float) -> str:
    if name.endswith("bytes"):
        return ByteSize(int(value)).human_readable(separator=" ")
    if name == "seconds":
        return f"{value:g} s"
    return f"{int(value):,}"


def exceeded(path: str, name: str, what: str, amount: float | None = None) -> LimitExceeded:
    """The error for `what` (e.g. "the page image") going past limit `name`."""
    limit = getattr(current(), name)
    got = f" ({_show(name, amount)})" if amount is not None else ""
    return LimitExceeded(
        path,
        f"{what}{got}: more than the {name} limit of {_show(name, limit)}; "
        f"raise it with {env_name(name)}=… or --limit {name}=…",
        limit=name,
    )


def check(path: str, name: str, amount: float, what: str) -> None:
    """Raise `LimitExceeded` when `amount` is over limit `name`."""
    if amount > getattr(current(), name):
        raise exceeded(path, name, what, amount)


# ---------------------------------------------------------------- time


_deadline: ContextVar[tuple[float, str] | None] = ContextVar("nianbao_deadline", default=None)


class _Overtime(BaseException):
    """Raised by the alarm: a BaseException, so that no `except Exception` on the way swallows it."""


def _alarm(signum, frame):
    if _importing(frame):
        # An import cut short can break its module for the rest of the process: an extension
        # module's init turns the interruption into ImportError (pybind11) or refuses a second
        # init (PyO3), and the next document then fails for nothing. Ring again once it is done.
        signal.setitimer(signal.ITIMER_REAL, _RETRY_SECONDS, 1.0)
        return
    raise _Overtime


_RETRY_SECONDS = 0.01


def _importing(frame) -> bool:
    """True when `frame` runs inside an import (importlib's frames are on the stack)."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def check_time(path: str | None = None) -> None:
    """A checkpoint: raise `LimitExceeded` when the document's time is up."""
    set_at = _deadline.get()
    if set_at is not None and time.monotonic() > set_at[0]:
        raise _overtime(path or set_at[1])


def _overtime(path: str) -> LimitExceeded:
    return exceeded(path, "seconds", "the time taken to extract the document")


@contextmanager
def time_limit(path: str):
    """Give the block `seconds` of wall-clock time (nested blocks keep the earliest deadline)."""
    seconds = current().seconds
    outer = _deadline.get()
    deadline = time.monotonic() + seconds
    if outer is not None and outer[0] <= deadline:
        yield
        return
    token = _deadline.set((deadline, path))
    armed = _arm(seconds)
    try:
        yield
    except _Overtime:
        _disarm(armed)
        raise _overtime(path) from None
    finally:
        _disarm(armed)
        _deadline.reset(token)


def _arm(seconds: float) -> bool:
    """Arm SIGALRM for `seconds` (then every second until disarmed, in case something
    swallowed the first), where that is ours to use: the main thread, no alarm set already."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None):
        return False
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001), 1.0)
    return True


def _disarm(armed: bool) -> None:
    while armed:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            return
        except _Overtime:  # the alarm rang on the way out: the work is done, so ignore it
            continue


def seconds_with_grace() -> float:
    """How long a worker process may run one document before it is killed: the time limit
    and a margin for the in-process limit to stop it cleanly first."""
    seconds = current().seconds
    return seconds + max(5.0, math.ceil(seconds * 0.1))

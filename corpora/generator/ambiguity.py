"""Which figures of a flattened text dump cannot be told apart from the characters alone.

When a crawler drops the separators ("8855698" for 88|55|698) several splits may fit. A
reader that puts exactness first reports such cells unreadable (with the candidate
readings) unless the form's own relations or the narrative settle it. The gold records the
cells whose run admits more than one split under the printed-number grammar and, for 表三
rows, the row relation (six applicant columns add up to 总计), and for 表四's fifteen
figures run together with its header words, each group's relation (four outcomes add up
to its 总计), so the bench can tell a wrong reading from an honest "unreadable".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_PART = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:\.\d+)?")


def splits(run: str, k: int) -> Iterator[list[str]]:
    """Every way to cut `run` into k printed numbers (no leading zeros, signs only at the start)."""
    if k == 0:
        if not run:
            yield []
        return
    for end in range(1, len(run) + 1):
        head = run[:end]
        if _PART.fullmatch(head):
            for rest in splits(run[end:], k - 1):
                yield [head, *rest]


def ambiguous(run: str, k: int, ok: Callable[[list[float]], bool] | None = None) -> bool:
    """More than one split fits, and the relation `ok` (if any) does not single one out
    (a row whose printed figures break the relation gets no help from it)."""
    every = list(splits(run, k))
    if len(every) <= 1:
        return False
    if ok is None:
        return True
    return sum(1 for parts in every if ok([float(p) for p in parts])) != 1


def row_sum_ok(values: list[float]) -> bool:
    return sum(values[:6]) == values[6]


def _leading(run: str, k: int) -> Iterator[tuple[list[str], str]]:
    """Every way to cut k printed numbers off the start of `run`, with what is left."""
    if k == 0:
        yield [], run
        return
    for end in range(1, len(run) + 1):
        head = run[:end]
        if _PART.fullmatch(head):
            for rest, left in _leading(run[end:], k - 1):
                yield [head, *rest], left
        elif head == "0" * end:
            break  # a figure cannot start with 0 unless it is 0


def summed_splits(run: str, groups: int) -> Iterator[list[str]]:
    """Every split of `run` into `groups` groups of five numbers whose first four add up to
    the fifth (表四: four outcomes and their 总计, t4.R5 per group). The fifth follows from
    the four, so a long run is cut without listing the splits the relation rules out."""
    if groups == 0:
        if not run:
            yield []
        return
    for four, rest in _leading(run, 4):
        total = str(sum(int(x) for x in four))
        if rest.startswith(total):
            for tail in summed_splits(rest[len(total):], groups - 1):
                yield [*four, total, *tail]


def differing(readings: list[list[str]]) -> list[int]:
    """Positions whose figure is not the same in every reading."""
    if not readings:
        return []
    return [i for i in range(len(readings[0])) if len({float(r[i]) for r in readings}) > 1]

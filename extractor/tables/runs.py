"""Figures whose separators were lost: "713000074" read as 71|3|0|0|0|0|74, and lines
printed once for several cells: "9", "0", "9" for 9|0|0|0|0|0|9.

A crawler that flattens a table leaves one digit run per row; a crawler that stores one
DOM text node per line and drops a line repeating the one before leaves one line per run
of equal figures. The form says how many cells the row has and which sums must hold;
every reading that respects both is a candidate. When more than one remains the cells
that differ are unreadable, never picked (`resolve` returns, per cell, one value or the
set of possible values); when there are too many to list, none is trusted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from .cells import SIGN_WORDS

Split = tuple[str, ...]
MAX_SPLITS = 50_000  # 表四 printed as one "0" on a page with blank cells: 2^15 − 1 readings
MAX_FIGURE_CHARS = 16  # no figure of the form is longer ("120190475.34" is 12)
MAX_STEPS = 2_000_000  # readings tried before giving up on a row (a run of 60 digits …)

# How a printed token gives figures: one cell whatever its text; a digit run whose
# separators were lost (one or more figures cut out of it); or a line a crawler printed
# once for several identical consecutive cells (one or more copies of it).
CELL, RUN, REPEAT = "cell", "run", "repeat"

# A printed figure: 0, or no leading zero; an optional decimal part; a sign only on
# the form's signed columns (本年增/减), which `splits` checks.
_FIGURE = re.compile(r"^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$")
# 本年增/减 printed with its sign in words, the word and the figure a line each ("增" / "3"):
# the cell can only be a signed column's, and a crawler that drops a line repeating the one
# before drops the next cell's "3" after it — so the copies after the first are the figure.
_SIGN_WORD = re.compile(rf"^(?:{SIGN_WORDS})(?=\d)")


class Splits(list):
    """The readings of one row. `complete` is False when there were more than could be
    tried or listed: then no reading may be trusted, not even one that fits every relation
    (the true one may not be among them)."""

    complete: bool = True


def splits(
    tokens: Sequence[tuple[str, str]],
    n: int,
    signed: Sequence[bool] = (),
    prune: Callable[[Sequence[str]], bool] | None = None,
) -> Splits:
    """Every reading of `tokens` (text, kind) as exactly n figures.

    A `cell` token is one cell whatever its text (blank, slash, note); a `run` gives one
    or more figures cut out of its digits; a `repeat` gives one or more copies of its
    text. A figure cut out of a run may carry a sign only where `signed[i]` says column
    i is signed: "170+24744" is 170 | +24 | 744 or 170 | +2 | 4744 …, and 170 is certain
    either way. `prune(figures so far)` may reject a partial reading as soon as a
    relation breaks (a 表四 group whose outcomes do not add up to its 总计), which keeps
    long runs tractable.
    """
    out = Splits()
    acc: list[str] = []
    steps = 0
    if all(kind == CELL for _, kind in tokens):
        # Most rows: one figure a cell, so one reading, if the count and `prune` allow it.
        if len(tokens) == n:
            for text, _ in tokens:
                acc.append(text)
                if prune is not None and not prune(acc):
                    return out
            out.append(tuple(acc))
        return out

    def push(figure: str, from_run: bool) -> bool:
        if from_run and figure[:1] in ("+", "-") and not (len(acc) < len(signed) and signed[len(acc)]):
            return False
        acc.append(figure)
        if prune is not None and not prune(acc):
            acc.pop()
            return False
        return True

    def walk(t: int, pos: int) -> None:
        nonlocal steps
        steps += 1
        if steps > MAX_STEPS or len(out) > MAX_SPLITS:
            out.complete = False
            return
        if t == len(tokens):
            if len(acc) == n:
                out.append(tuple(acc))
            return
        text, kind = tokens[t]
        room = n - len(acc) - (len(tokens) - t - 1)  # each later token gives one figure at least
        if room < 1:
            return
        if kind == CELL:
            if push(text, False):
                walk(t + 1, 0)
                acc.pop()
        elif kind == REPEAT:
            word = _SIGN_WORD.match(text)
            if word and not (len(acc) < len(signed) and signed[len(acc)]):
                return
            again = _again(text)
            pushed = 0
            while pushed < room and push(text if pushed == 0 else again, False):
                pushed += 1
                walk(t + 1, 0)
            del acc[len(acc) - pushed :]
        else:  # RUN: cut the next figure out of text[pos:]
            if len(text) - pos > room * MAX_FIGURE_CHARS:
                return  # more digits than the cells left could print
            for end in range(pos + 1, min(len(text), pos + MAX_FIGURE_CHARS) + 1):
                head = text[pos:end]
                if not _FIGURE.match(head):
                    if head.lstrip("+-").startswith("0"):
                        break  # "0x…" can only be "0", which was tried already
                    continue
                if push(head, True):
                    if end == len(text):
                        walk(t + 1, 0)
                    elif room > 1:
                        walk(t, end)
                    acc.pop()

    walk(0, 0)
    return out


def splits_with_blanks(
    tokens: Sequence[tuple[str, str]], n: int, prune: Callable[[Sequence[str]], bool] | None = None
) -> Splits:
    """Every reading of a crawler's lines as n cells when the page also left cells empty:
    an empty cell printed no line (it reads ""), and lines repeating the one before were
    dropped, so a `repeat` line stands for one or more equal cells that blanks may
    separate ("1" for 1 | _ | _ | _ | _ | _ | 1). A `cell` token is one cell. `prune` sees
    blanks as "" (a relation may count them as 0, as the form's reader would)."""
    out = Splits()
    acc: list[str] = []
    steps = 0

    def walk(t: int, open_repeat: bool) -> None:
        # t: tokens used so far; open_repeat: the last one is a repeat that may give more copies
        nonlocal steps
        steps += 1
        if steps > MAX_STEPS or len(out) > MAX_SPLITS:
            out.complete = False
            return
        if len(acc) == n:
            if t == len(tokens):
                out.append(tuple(acc))
            return
        if n - len(acc) < len(tokens) - t:
            return  # not enough cells left for the lines still to come
        choices = [""]
        if open_repeat:
            choices.append(tokens[t - 1][0])
        if t < len(tokens):
            choices.append(tokens[t][0])
        for i, figure in enumerate(choices):
            acc.append(figure)
            if prune is None or prune(acc):
                if i == 0:
                    walk(t, open_repeat)
                elif open_repeat and i == 1:
                    walk(t, True)
                else:
                    walk(t + 1, tokens[t][1] == REPEAT)
            acc.pop()

    walk(0, False)
    return out


def _again(text: str) -> str:
    """A repeated line's text in the cells after its first: the figure without its sign word."""
    word = _SIGN_WORD.match(text)
    return text[word.end():] if word else text


def token_counts(tokens: Sequence[tuple[str, str]], split: Split) -> tuple[int, ...] | None:
    """How many of `split`'s figures each token gave (the first way that fits), so each
    figure can point at the line or run it was printed in."""

    def walk(t: int, f: int) -> tuple[int, ...] | None:
        if t == len(tokens):
            return () if f == len(split) else None
        text, kind = tokens[t]
        if kind == CELL:
            if f < len(split) and split[f] == text:
                rest = walk(t + 1, f + 1)
                return None if rest is None else (1, *rest)
            return None
        for k in range(1, len(split) - f + 1):
            part = split[f : f + k]
            if kind == RUN and "".join(part) != text.replace("+", "").replace("-", "") and "".join(part) != text:
                continue
            if kind == REPEAT and (part[0] != text or any(x != _again(text) for x in part[1:])):
                break
            rest = walk(t + 1, f + k)
            if rest is not None:
                return (k, *rest)
        return None

    return walk(0, 0)


def as_numbers(split: Split) -> tuple[float, ...] | None:
    try:
        return tuple(float(x) for x in split)
    except ValueError:
        return None


def resolve(
    rows: dict[str, list[Split]],
    row_check: Callable[[str, tuple[float, ...]], bool] | None = None,
    table_check: Callable[[dict[str, tuple[float, ...]]], bool] | None = None,
    max_combos: int = 200_000,
) -> dict[str, list[Split]]:
    """Narrow each row's candidate splits by the form's relations.

    `row_check(row_id, numbers)` tests a relation within one row (e.g. t3.R3);
    `table_check(values)` tests relations across rows once every row has a reading.
    Relations only narrow rows that actually had a choice: a row read as printed
    is never changed, so a document that is wrong stays wrong. Returns, per row
    and cell, the set of readings still possible.
    """
    narrowed: dict[str, list[Split]] = {}
    for row_id, cands in rows.items():
        if len(cands) > 1 and row_check is not None:
            ok = [c for c in cands if (nums := as_numbers(c)) is not None and row_check(row_id, nums)]
            cands = ok or cands
        narrowed[row_id] = cands

    open_rows = [r for r, c in narrowed.items() if len(c) > 1]
    total = 1
    for r in open_rows:
        total *= len(narrowed[r])
    if open_rows and table_check is not None and total <= max_combos:
        base = {r: as_numbers(c[0]) for r, c in narrowed.items() if len(c) == 1}
        if all(v is not None for v in base.values()):
            survivors: dict[str, set[Split]] = {r: set() for r in open_rows}
            for combo in itertools.product(*(narrowed[r] for r in open_rows)):
                values = dict(base)
                nums = [as_numbers(c) for c in combo]
                if any(n is None for n in nums):
                    continue
                values.update(zip(open_rows, nums))
                if table_check(values):
                    for r, c in zip(open_rows, combo):
                        survivors[r].add(c)
            for r in open_rows:
                if survivors[r]:
                    narrowed[r] = sorted(survivors[r])

    return narrowed

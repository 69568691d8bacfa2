"""An organ's reports across the years of a corpus: who is the same organ, which reports
follow each other, and the cross-year relations between them.

Organs are matched on their normalised names (`models.normalize_label`: full-width forms,
spaces and bracketed remarks do not matter), or through a CSV of aliases for organs that
were renamed or are spelt several ways. Each report of year Y is paired with the organ's
report of year Y−1; `cross_year.carry` (上年结转 = last year's 结转下年度, per column) and
`cross_year.in_force` (现行有效 = last year's + 制发 − 废止, a warning) — the rules of
`reconcile/rules.toml`, checked by the same code as `nianbao check --previous` — become
findings of the later report in the store. Pairs are recomputed only when either side is
new or changed, so a rerun over a large store costs a few queries.
"""

from __future__ import annotations

import csv
import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import TypeAdapter

from models import Fact, Meta, Report, SourceFile, normalize_label

from ..indicators import indicators
from ..reconcile.engine import Figures
from ..reconcile.relations import check_relations
from .store import CorpusStore, StoreError

CROSS_YEAR = "cross_year."
LOADED_AT_ONCE = 500  # pairs whose reports are rebuilt from the store together


def load_aliases(path: str | Path) -> dict[str, str]:
    """`alias,organ` rows (a header row is allowed): each alias names the same organ as `organ`."""
    aliases: dict[str, str] = {}
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.reader(f):
                if len(row) < 2 or not row[0].strip() or row[0].strip().lower() == "alias":
                    continue
                aliases[normalize_label(row[0])] = normalize_label(row[1])
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(path, "bad_aliases", f"cannot read the organ aliases: {exc}") from None
    return aliases


def organ_key(name: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """The organ's identity across years: its normalised name, or what an alias maps it to."""
    if not name:
        return None
    key = normalize_label(name)
    return (aliases or {}).get(key, key) or None


def link_years(store: CorpusStore, aliases: dict[str, str] | None = None) -> dict[str, int]:
    """Pair every report with its organ's report of the year before and record the
    cross-year findings of each new or changed pair. Returns counts for the summary."""
    reports = store.report_identities()
    keys = {path: organ_key(ident[1], aliases) for path, ident in reports.items()}
    store.set_organ_keys(keys)

    by_year: dict[tuple[str, int], list[str]] = defaultdict(list)
    for path, ident in reports.items():
        year = ident[2]
        if keys[path] and year:
            by_year[(keys[path], year)].append(path)
    readable = store.readable_cells()
    wanted: dict[str, tuple] = {}
    for (key, year), paths in by_year.items():
        before = by_year.get((key, year - 1))
        if not before:
            continue
        # Two reports of one organ and year (a PDF and its HTML page): the fuller one is last year's.
        previous = min(before, key=lambda p: (-readable.get(p, 0), p))
        for path in paths:
            wanted[path] = (reports[path][0], previous, reports[previous][0], key, year)

    stored = store.year_links()
    todo = sorted(p for p, link in wanted.items() if stored.get(p) != link[:3])
    gone = sorted(p for p in stored if p not in wanted)
    findings, yearly = {}, {}
    with _no_cyclic_gc():
        for start in range(0, len(todo), LOADED_AT_ONCE):  # memory stays bounded on a large corpus
            chunk = todo[start:start + LOADED_AT_ONCE]
            loaded = store.reports_for_relations(set(chunk) | {wanted[p][1] for p in chunk})
            for path in chunk:
                later, previous = loaded[path], loaded[wanted[path][1]]
                figures = Figures(later, Figures(previous))
                findings[path] = [f for f in check_relations(later, figures, previous, cross_year_only=True)
                                  if f.rule.startswith(CROSS_YEAR)]
                yearly[path] = indicators(later, previous, yearly_only=True, figures=figures)
    store.replace_year_links({p: wanted[p] for p in todo}, findings, remove=gone, yearly=yearly)
    return {"pairs": len(wanted), "checked": len(todo),
            "findings": sum(len(v) for v in findings.values())}


_FACTS = TypeAdapter(list[Fact])  # a report's facts validated as one list: one pydantic call, not one a fact


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The cyclic GC paused: the reports rebuilt here (some 1,300 objects each) make no
    reference cycles, and its full collections, walking every one of them, took half the
    time of linking a corpus's years. Reference counting frees them as usual."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def report_from_rows(path: str, identity: tuple, facts: list[tuple]) -> Report:
    """A report rebuilt from its store rows, as far as the table relations need it."""
    sha256, organ, year, layout, fmt = identity
    return Report(
        source=SourceFile(path=path, sha256=sha256 or "", format=fmt),
        meta=Meta(organ=organ, year=year, layout=layout),
        facts=_FACTS.validate_python([
            {"metric": m, "value": _number(v), "raw": raw or "", "status": status, "derived": bool(derived), "note": note}
            for m, v, raw, status, derived, note in facts]),
    )


def _number(value: float | None) -> int | float | None:
    """The store keeps figures as DOUBLE: a count comes back as a float."""
    return int(value) if isinstance(value, float) and value.is_integer() else value

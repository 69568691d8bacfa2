"""Indicators per report (data: indicators.toml): 实质公开率, 纠错率 of 复议 and 诉讼, 申请量 and
its change on last year — each with its sample size, a small sample marked rather than
ranked. Formulas are evaluated by the reconciler's engine (`Figures`): a figure that is not
readable leaves the indicator without a value (and says which), never a guess."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from models import Report

from .reconcile.engine import Figures

DATA = Path(__file__).with_name("indicators.toml")


class Indicator(BaseModel):
    id: str
    name: str
    value: float | None  # a rate in % when `percent`; None when a figure is missing or the sample is 0
    numerator: float | None = None
    denominator: float | None = None
    sample: int | None = None  # the denominator, for rates
    small_sample: bool = False  # sample under the indicator's min_sample: shown, not ranked
    note: str | None = None  # why there is no value


@cache
def definitions() -> list[dict]:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))["indicator"]


def _yearly() -> list[str]:
    return [d["id"] for d in definitions() if d.get("needs") == "previous"]


def indicators(report: Report, previous: Report | None = None, *, yearly_only: bool = False,
               figures: Figures | None = None) -> list[Indicator]:
    """Every indicator of indicators.toml for `report` (those that need last year's report
    only with `previous`); `yearly_only`: only those; `figures`: the report's `Figures` (with
    `previous`'s) if the caller has them already."""
    figs = figures or Figures(report, Figures(previous) if previous is not None else None)
    out = []
    for d in definitions():
        yearly = d.get("needs") == "previous"
        if (yearly and previous is None) or (yearly_only and not yearly):
            continue
        out.append(_one(d, figs))
    return out


def _one(d: dict, figs: Figures) -> Indicator:
    top = figs.expression(d["numerator"])
    bottom = figs.expression(d["denominator"]) if "denominator" in d else None
    unknown = top.unknown + (bottom.unknown if bottom is not None else [])
    base = Indicator(id=d["id"], name=d["name"], value=None)
    if unknown:
        base.note = "not readable: " + ", ".join(sorted({m for m, _ in unknown}))
        return base
    base.numerator = top.value
    if bottom is None:
        base.value = top.value
        return base
    base.denominator = bottom.value
    base.sample = int(bottom.value)
    base.small_sample = base.sample < d.get("min_sample", 0)
    if not bottom.value:
        base.note = "no cases: the rate is undefined"
        return base
    value = top.value / bottom.value
    base.value = round(value * 100, 1) if d.get("percent") else round(value, 4)
    return base


# The indicators that need last year's report (written when a corpus's years are linked).
YEARLY_INDICATORS = _yearly()

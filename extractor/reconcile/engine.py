"""The interpreter of rules.toml: figures, formulas, relations and findings.

A relation is data ("t4.{group}.total = sum(t4.{group}.{col} for col in t4_parts)");
this module expands it over the sets the vocabulary defines, looks every id up among
the report's printed cells (or derives a group subtotal from them), and decides:

- every figure known and the two sides agree within printed precision → nothing;
- they disagree → one finding with reported, computed, delta and every cell involved;
- some cell is blank, a slash, unreadable or absent → the relation is *unchecked*
  (a blank is not a zero), unless the known figures already break it whatever the
  unknown counts are (counts are never negative) — then it is broken all the same.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from models import Fact, Finding, Report, vocabulary

RULES_FILE = Path(__file__).with_name("rules.toml")

# Statuses whose figure can enter a sum.
USABLE = ("value", "annotated")
STATUS_WORDS = {
    "blank": "空白",
    "slash": "斜杠",
    "unreadable": "无法识别",
    "missing": "未找到",
}
TABLE_NAMES = {"t2": "表二", "t3": "表三", "t4": "表四"}


@cache
def rules() -> dict:
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))


# -- labels ---------------------------------------------------------------------------


def label(part: str, kind: str = "") -> str:
    """Chinese short name of one id component (row, column, group or item)."""
    short = rules()["labels"]
    if kind == "row" and part in rules().get("row_labels", {}):
        return rules()["row_labels"][part]
    if part in short:
        return short[part]
    v = vocabulary()
    for choices in (v.t3_columns, v.t4_groups, v.t4_columns, v.t2_items, v.t2_columns):
        if part in choices:
            return choices[part][0]
    try:
        return v.t3_row(part).labels[0]
    except StopIteration:
        return part


def split_metric(metric: str) -> tuple[str, str, str]:
    """"t3.denied.state_secret.total" → ("t3", "denied.state_secret", "total")."""
    table, rest = metric.split(".", 1)
    row, _, col = rest.rpartition(".")
    return table, row, col


def metric_label(metric: str) -> str:
    """Full name of a cell for messages: "表三 本年新收·总计"."""
    prev = metric.startswith("prev:")
    metric = metric.removeprefix("prev:")
    table, row, col = split_metric(metric)
    text = f"{TABLE_NAMES.get(table, table)} {label(row, 'row')}·{label(col)}"
    return ("上年报告" + text) if prev else text


def fmt(v: float | int | None, decimals: int = 0) -> str:
    if v is None:
        return "?"
    if decimals > 0:
        return f"{v:.{decimals}f}"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(round(v, 6)) if isinstance(v, float) else str(v)


# -- sets -----------------------------------------------------------------------------


_OTHER_AS_ONE_ROW = re.compile(r"t3\.other\.[a-z_]+")


def other_single_row(report: Report) -> bool:
    """（六）其他处理 printed as one row? The cells decide; meta is the fallback."""
    return _other_single_row([f.metric for f in report.facts if not f.derived], report.meta.other_single_row)


def _other_single_row(printed: Iterable[str], fallback: bool) -> bool:
    """`other_single_row` from the ids of the printed cells."""
    other = [m for m in printed if m.startswith("t3.other.")]
    if any(_OTHER_AS_ONE_ROW.fullmatch(m) for m in other):
        return True
    return False if other else fallback


def sets_for(report: Report) -> dict[str, list[str]]:
    return form_sets(other_single_row(report))


@cache
def form_sets(single: bool) -> dict[str, list[str]]:
    """The sets a formula ranges over; they depend on the report only through whether
    （六）其他处理 is one row (so two dicts serve every report: never mutate one)."""
    v = vocabulary()
    cols = v.t3_column_ids
    applicant = [c for c in cols if c != "total"]
    rows = v.t3_value_rows(single)
    edge = {"new_received", "carried_over", "total", "carried_forward"}
    t4_cols = v.t4_column_ids
    return {
        "t3_columns": cols,
        "applicant_columns": applicant,
        "organisation_columns": [c for c in applicant if c != "natural_person"],
        "t3_rows": rows,
        "t3_all_rows": rows + [g for g in v.t3_groups if g not in rows],
        "result_rows": [r for r in rows if r not in edge],
        "t4_groups": list(v.t4_groups),
        "t4_columns": t4_cols,
        "t4_parts": [c for c in t4_cols if c != "total"],
        "t2_stock_items": [i for i in v.t2_items if "in_force" in v.t2_columns_of("2021", i)],
    }


# -- figures --------------------------------------------------------------------------


@dataclass
class Figure:
    """What one id (or expression) amounts to in one report."""

    value: float | int | None = 0
    metrics: list[str] = field(default_factory=list)  # every printed cell involved
    unknown: list[tuple[str, str]] = field(default_factory=list)  # (metric, status)
    decimals: int = 0
    tol: float = 0.0  # half a unit of the last printed digit, summed over the figures

    @property
    def known(self) -> bool:
        return not self.unknown


_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SUM = re.compile(r"sum\(\s*(?P<pat>\S+)\s+for\s+(?P<var>\w+)\s+in\s+(?P<set>\w+)\s*\)")
_TERM = re.compile(r"\s*(?P<sign>[+-])?\s*(?:(?P<sum>sum\([^)]*\))|(?P<id>[\w.{}:]+))\s*")


def substitute(pattern: str, bindings: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: bindings.get(m.group(1), m.group(0)), pattern)


# Parsed formulas (Figures.parse): (text, bindings, one-row 其他处理) → terms.
_PARSED: dict[tuple, list["Term"]] = {}


@dataclass(frozen=True)
class Term:
    sign: int
    metrics: list[str]  # one id, or the ids a sum() ranges over (may carry "prev:")


def parse_side(text: str, bindings: dict[str, str], sets: dict[str, list[str]]) -> list[Term]:
    """"a + sum(x.{c} for c in S) - b" → terms with every placeholder expanded."""
    terms, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TERM.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot parse formula term at {text[pos:]!r}")
        sign = -1 if m.group("sign") == "-" else 1
        if m.group("sum"):
            s = _SUM.fullmatch(m.group("sum"))
            if not s:
                raise ValueError(f"cannot parse {m.group('sum')!r}")
            metrics = [
                substitute(s["pat"], {**bindings, s["var"]: member}) for member in sets[s["set"]]
            ]
        else:
            metrics = [substitute(m.group("id"), bindings)]
        terms.append(Term(sign, metrics))
        pos = m.end()
    return terms


_DECIMALS = re.compile(r"\.(\d+)")


def _decimals_of(f: Fact) -> int:
    """Printed decimal places: the mapping's count, else read off the raw text."""
    if f.decimals:
        return f.decimals
    m = _DECIMALS.search(f.raw or "")
    return len(m.group(1)) if m else 0


def _printed(metric: str, fact: Fact) -> Figure:
    d = _decimals_of(fact)
    return Figure(fact.value, [metric], [], d, 0.5 * 10**-d if d else 0.0)


@cache
def _derived_formulas() -> list[tuple[re.Pattern, str, dict]]:
    """(id pattern, formula, set of each placeholder) for ids the form does not print."""
    out = []
    v = vocabulary()
    for group in v.t3_groups:  # t3.denied.<col> = Σ t3.denied.*.<col>
        kids = " + ".join(f"t3.{k}.{{col}}" for k in v.t3_children(group))
        out.append((f"t3.{group}.{{col}}", kids, {"col": "t3_columns"}))
    for pattern, spec in rules().get("derived", {}).items():
        var, _, set_name = spec["for"].partition(" in ")
        out.append((pattern, spec["formula"], {var.strip(): set_name.strip()}))
    compiled = []
    for pattern, formula, sets in out:
        rx = re.escape(pattern)
        for var in sets:
            rx = rx.replace(re.escape("{" + var + "}"), f"(?P<{var}>[a-z_.]+)")
        compiled.append((re.compile(rx), formula, sets))
    return compiled


class Figures:
    """The printed cells of one report and the subtotals derived from them."""

    def __init__(self, report: Report, previous: "Figures | None" = None):
        self.report = report
        self.previous = previous  # last year's report of the organ, for prev: ids
        # Subtotals are recomputed from the printed cells; the mapping's derived facts
        # are only a fallback, so findings never depend on whether it emitted them.
        self.printed: dict[str, Fact] = {}
        self.lead_derived: dict[str, Fact] = {}
        for f in report.facts:
            (self.lead_derived if f.derived else self.printed).setdefault(f.metric, f)
        # （六）其他处理 printed as one row (`other_single_row`, from the cells already sorted out)
        self.single = _other_single_row(self.printed, report.meta.other_single_row)
        self.sets = form_sets(self.single)
        self._has_table: dict[str, bool] = {}  # asked per relation and per mention: answered once
        self._derived = _derived_formulas()
        self._cache: dict[str, Figure] = {}

    def parse(self, text: str, bindings: dict[str, str]) -> list[Term]:
        """`parse_side` over this report's sets, remembered: the rules are data, parsed
        once per formula, binding and kind of report rather than once per report."""
        key = (text, tuple(bindings.items()), self.single)
        terms = _PARSED.get(key)
        if terms is None:
            if len(_PARSED) >= 10_000:  # formulas come from rules.toml and narrative readings: bounded anyway
                _PARSED.clear()
            terms = _PARSED[key] = parse_side(text, bindings, self.sets)
        return terms

    def has_table(self, table: str) -> bool:
        """Whether any cell of 表二/三/四 ("t2"…, or "prev:t3" for last year's) was found."""
        if table.startswith("prev:"):
            return self.previous is not None and self.previous.has_table(table[5:])
        found = self._has_table.get(table)
        if found is None:
            found = self._has_table[table] = any(m.startswith(table + ".") for m in self.printed)
        return found

    def get(self, metric: str) -> Figure:
        """What one id amounts to, worked out once per report (a Figure is never changed)."""
        fig = self._cache.get(metric)
        if fig is None:
            fig = self._cache[metric] = self._previous(metric) if metric.startswith("prev:") else self._get(metric)
        return fig

    def _previous(self, metric: str) -> Figure:
        """A "prev:" id: the figure in last year's report, its cells named "prev:…"."""
        if self.previous is None:
            return Figure(None, [], [(metric, "missing")])
        fig = self.previous.get(metric.removeprefix("prev:"))
        return Figure(
            fig.value, ["prev:" + m for m in fig.metrics],
            [("prev:" + m, s) for m, s in fig.unknown], fig.decimals, fig.tol,
        )

    def _get(self, metric: str) -> Figure:
        fact = self.printed.get(metric)
        if fact is not None:
            if fact.status in USABLE and fact.value is not None:
                return _printed(metric, fact)
            return Figure(None, [metric], [(metric, fact.status)])
        for rx, formula, sets in self._derived:
            m = rx.fullmatch(metric)
            if m and all(m.group(var) in self.sets.get(s, []) for var, s in sets.items()):
                fig = self.evaluate(self.parse(formula, m.groupdict()))
                if fig.known or metric not in self.lead_derived:
                    return fig
        fact = self.lead_derived.get(metric)
        if fact is not None and fact.status in USABLE and fact.value is not None:
            return _printed(metric, fact)
        return Figure(None, [], [(metric, "missing")])

    def evaluate(self, terms: list[Term]) -> Figure:
        """Sum of signed terms; the value is the sum of the known figures only."""
        total: float | int = 0
        metrics: list[str] = []
        unknown: list[tuple[str, str]] = []
        decimals, tol = 0, 0.0
        get = self.get
        for term in terms:
            for metric in term.metrics:
                fig = get(metric)
                metrics += fig.metrics
                if fig.unknown:
                    unknown += fig.unknown
                if fig.decimals > decimals:
                    decimals = fig.decimals
                tol += fig.tol
                if fig.value is not None:
                    total += term.sign * fig.value
        return Figure(round(total, decimals) if decimals else total, metrics, unknown, decimals, tol)

    def expression(self, expr: str) -> Figure:
        """A narrative reading such as "t3.new_received.total+t3.carried_over.total";
        one that is not an expression over ids counts as a figure not found."""
        try:
            return self.evaluate(self.parse(expr, {}))
        except (ValueError, KeyError):
            return Figure(None, [], [(expr, "missing")])


# -- findings -------------------------------------------------------------------------


def fingerprint(
    report: Report, rule: str, metrics: list[str], mentions: list[int], extra: str = ""
) -> str:
    """Stable for the same document and finding: never depends on the message wording."""
    spans = sorted(
        (report.mentions[i].start, report.mentions[i].end, report.mentions[i].text)
        for i in mentions
        if 0 <= i < len(report.mentions)
    )
    key = json.dumps(
        [report.source.sha256, rule, sorted(set(metrics)), spans, extra], ensure_ascii=False
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def finding(
    report: Report,
    rule: str,
    severity: str,
    message: str,
    *,
    reported=None,
    computed=None,
    decimals: int = 0,
    metrics: list[str] | None = None,
    mentions: list[int] | None = None,
    extra: str = "",
) -> Finding:
    metrics = list(dict.fromkeys(metrics or []))
    mentions = sorted(set(mentions or []))
    delta = None
    if reported is not None and computed is not None:
        delta = round(reported - computed, decimals) if decimals else reported - computed
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        reported=reported,
        computed=computed,
        delta=delta,
        metrics=metrics,
        mentions=mentions,
        fingerprint=fingerprint(report, rule, metrics, mentions, extra),
    )


def approx_range(word: str | None) -> tuple[float, float]:
    table = rules()["narrative"]["approx"]
    return tuple(table.get(word or "", table["default"]))  # type: ignore[return-value]

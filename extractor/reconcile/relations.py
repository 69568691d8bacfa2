"""Table relations (t3.R1 … t4.R5, cross_year.*): each `[[relation]]` of rules.toml,
expanded per row/column/group, checked over the report's figures."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from models import Finding, Report

from .engine import (
    STATUS_WORDS,
    Figure,
    Figures,
    Term,
    finding,
    fmt,
    form_sets,
    label,
    metric_label,
    parse_side,
    rules,
    split_metric,
    substitute,
)


@dataclass
class _Expanded:
    """One relation for one member of its `for` set."""

    context: str
    lhs: list[Term]
    rhs: list[Term]
    L: Figure
    R: Figure


def _applies(rel: dict, report: Report, previous: Report | None) -> bool:
    if rel.get("needs") == "previous" and previous is None:
        return False
    year = report.meta.year
    if rel.get("since_year") and year is not None and year < rel["since_year"]:
        return False
    layout = rel.get("layout")
    if layout:
        for r in (report, previous):
            if r is not None and r.meta.layout not in (None, layout):
                return False
    return True


def _bare(metric: str) -> str:
    return metric.removeprefix("prev:")


def _term_label(metric: str, show_row: bool, show_col: bool) -> str:
    _, row, col = split_metric(_bare(metric))
    parts = (["上年报告"] if metric.startswith("prev:") else []) + (
        [label(row, "row")] if show_row else []
    ) + ([label(col)] if show_col else [])
    return "".join(parts) if len(parts) < 3 else parts[0] + "·".join(parts[1:])


def _item(sign: int, name: str, fig: Figure) -> str:
    if fig.known:
        text = f"{name}{fmt(fig.value, fig.decimals)}"
    else:
        statuses = sorted({STATUS_WORDS.get(s, s) for _, s in fig.unknown})
        text = f"{name}（{'、'.join(statuses)}）"
    return ("- " if sign < 0 else "") + text


def _render(
    terms: list[Term], figs: Figures, show_row: bool, show_col: bool
) -> list[tuple[int, str, Figure]]:
    """(sign, name, figure) per addend; a sum over 表三 rows shows each group as its subtotal."""
    items = []
    for term in terms:
        chunks: list[tuple[str, list[str]]] = []
        for metric in term.metrics:
            _, row, _ = split_metric(_bare(metric))
            key = row.split(".")[0] if (show_row and len(term.metrics) > 1) else metric
            if chunks and chunks[-1][0] == key:
                chunks[-1][1].append(metric)
            else:
                chunks.append((key, [metric]))
        for key, metrics in chunks:
            name = _term_label(metrics[0], show_row, show_col) if len(metrics) == 1 else label(key, "row")
            items.append((term.sign, name, figs.evaluate([Term(1, metrics)])))
    return items


def _join(items: list[tuple[int, str, Figure]]) -> str:
    out = ""
    for i, (sign, name, fig) in enumerate(items):
        text = _item(1, name, fig)
        out += text if i == 0 and sign > 0 else (" - " if sign < 0 else " + ") + text
    return out.removeprefix(" ")


def _message(e: _Expanded, figs: Figures, partial: bool) -> str:
    """"表四「行政复议」：结果维持10 + 结果纠正1 + 其他结果0 + 尚未审结0 = 11，但总计为0"."""
    every = [_bare(m) for t in e.lhs + e.rhs for m in t.metrics]
    show_row = len({split_metric(m)[1] for m in every}) > 1
    show_col = len({split_metric(m)[2] for m in every}) > 1
    if not (show_row or show_col):
        show_row = show_col = True
    lhs = _render(e.lhs, figs, show_row, show_col)
    rhs = _render(e.rhs, figs, show_row, show_col)
    d = max(e.L.decimals, e.R.decimals)
    if len(lhs) == 1 and lhs[0][0] > 0 and e.L.known:
        left = f"{lhs[0][1]}为{fmt(e.L.value, d)}"
    else:
        left = f"{_join(lhs)} = {fmt(e.L.value, d)}"
    text = f"{e.context}：{_join(rhs)} = {fmt(e.R.value, d)}，但{left}"
    if partial:
        text += "（空白、斜杠不计为0，无法识别的单元格取任何可能读法，等式均不能成立）"
    return text


def _all_positive(terms: list[Term]) -> bool:
    return all(t.sign > 0 for t in terms)


_MAX_READINGS = 4096  # beyond this many combinations the relation is left unchecked


def _signed_unknowns(figs: Figures, terms: list[Term], side: int) -> list[tuple[str, int]]:
    """Each unknown cell with the sign it enters the relation (derived subtotals only add)."""
    return [
        (cell, side * t.sign) for t in terms for m in t.metrics for cell, _ in figs.get(m).unknown
    ]


def _no_reading_fits(figs: Figures, lhs: list[Term], rhs: list[Term], known_diff: float, tol: float) -> bool:
    """True when every unknown cell is unreadable with a few candidate readings (a run of
    figures that could be split several ways) and no combination of them satisfies the
    relation: then it is broken whichever reading is right."""
    achievable = {known_diff}
    for cell, sign in _signed_unknowns(figs, lhs, 1) + _signed_unknowns(figs, rhs, -1):
        fact = figs.printed.get(cell)
        if fact is None or fact.status != "unreadable" or not fact.candidates:
            return False
        readings = [*fact.candidates, 0] if fact.blank_possible else fact.candidates  # an empty cell adds none
        achievable = {a + sign * c for a in achievable for c in readings}
        if len(achievable) > _MAX_READINGS:
            return False
    return not any(abs(a) <= tol for a in achievable)


def _solved(figs: Figures, lhs: list[Term], rhs: list[Term], known_diff: float) -> tuple[str, float] | None:
    """The one unreadable cell of a relation and the value that would satisfy it, when it
    is the relation's only unknown (a blank or slash is not solved: it is printed so)."""
    unknowns = _signed_unknowns(figs, lhs, 1) + _signed_unknowns(figs, rhs, -1)
    if len(unknowns) != 1:
        return None
    cell, sign = unknowns[0]
    fact = figs.printed.get(cell)
    if fact is None or fact.status != "unreadable":
        return None
    value = -known_diff * sign
    if value < 0 or abs(value - round(value)) > 1e-9:  # counts: whole and never negative
        return None
    if len(fact.candidates) > 1 and round(value) not in fact.candidates:
        return None  # a run the form splits several ways, none of them this: no suggestion
    return cell, int(round(value))


def pinned(solved: dict[str, list[tuple[int, str]]]) -> dict[str, tuple[int, list[str]]]:
    """Each unreadable cell its relations pin to one value: (value, the relations' contexts).
    Relations that disagree pin nothing."""
    out = {}
    for cell, found in solved.items():
        values = {v for v, _ in found}
        if len(values) == 1:
            out[cell] = (values.pop(), list(dict.fromkeys(c for _, c in found)))
    return out


def suggestions(report: Report, figs: Figures, solved: dict[str, list[tuple[int, str]]]) -> list[Finding]:
    """An unreadable cell that the table's own relations pin to one value: said as a
    suggestion (info), never turned into a fact."""
    spec = rules()["suggestion"]
    out = []
    for cell, (value, contexts) in pinned(solved).items():
        fact = figs.printed[cell]
        read = f"（读作「{fact.raw}」）" if fact.raw else ""
        out.append(finding(
            report, spec["id"], spec["severity"],
            f"{metric_label(cell)}无法读取{read}；按{'、'.join(contexts)}的关系应为"
            f"{value}（仅为建议，未作为读取结果）",
            computed=value, metrics=[cell],
        ))
    return out


@dataclass
class Outcome:
    """One relation for one member of its set, decided: "holds", "broken" or "unchecked"
    (a cell blank, a slash, unreadable or absent); "skipped" when a whole table is absent."""

    rel: dict
    expanded: _Expanded
    status: str
    partial: bool = False
    solved: tuple[str, float] | None = None


@cache
def _expanded_rules(single: bool) -> list[tuple[dict, list[tuple[str, list[Term], list[Term]]]]]:
    """Each relation of rules.toml with, per member of its set, its context and its two
    sides parsed: the rules are data, so this is worked out once per kind of form
    (（六）其他处理 one row or three), not once per report."""
    sets = form_sets(single)
    out = []
    for rel in rules()["relation"]:
        var, _, set_name = rel["for"].partition(" in ")
        var, set_name = var.strip(), set_name.strip()
        lhs_text, rhs_text = rel["formula"].split("=")
        out.append((rel, [
            (substitute(rel["context"], {var: label(member, "row" if var == "row" else "")}),
             parse_side(lhs_text, {var: member}, sets), parse_side(rhs_text, {var: member}, sets))
            for member in sets[set_name]
        ]))
    return out


def outcomes(report: Report, figs: Figures, previous: Report | None = None, cross_year_only: bool = False):
    """Every relation of rules.toml that applies, expanded and decided (in rule order);
    `cross_year_only`: only those between the report and last year's (`needs = "previous"`)."""
    for rel, members in _expanded_rules(figs.single):
        if not _applies(rel, report, previous) or (cross_year_only and rel.get("needs") != "previous"):
            continue
        for context, lhs, rhs in members:
            L, R = figs.evaluate(lhs), figs.evaluate(rhs)
            e = _Expanded(context, lhs, rhs, L, R)
            tol = L.tol + R.tol + 1e-9
            if L.known and R.known:
                yield Outcome(rel, e, "broken" if abs(L.value - R.value) > tol else "holds")
                continue
            missing_tables = {
                m.split(".")[0] if not m.startswith("prev:") else "prev:" + m[5:].split(".")[0]
                for m, s in L.unknown + R.unknown
                if s == "missing"
            }
            if any(not figs.has_table(t) for t in missing_tables):
                yield Outcome(rel, e, "skipped")  # the whole table is absent: table.missing says so once
                continue
            # Counts are never negative: unknown addends can only raise a side.
            broken = (not L.unknown and _all_positive(rhs) and R.value - L.value > tol) or (
                not R.unknown and _all_positive(lhs) and L.value - R.value > tol
            ) or _no_reading_fits(figs, lhs, rhs, L.value - R.value, tol)
            if broken:
                yield Outcome(rel, e, "broken", partial=True)
            else:
                one = _solved(figs, lhs, rhs, L.value - R.value) if rel.get("needs") != "previous" else None
                yield Outcome(rel, e, "unchecked", partial=True, solved=one)


def check_relations(report: Report, figs: Figures, previous: Report | None = None,
                    cross_year_only: bool = False) -> list[Finding]:
    out: list[Finding] = []
    solved: dict[str, list[tuple[int, str]]] = {}
    extra = previous.source.sha256 if previous is not None else ""
    unchecked: dict[str, list[_Expanded]] = {}
    rels: dict[str, dict] = {}
    for o in outcomes(report, figs, previous, cross_year_only):
        rels[o.rel["id"]] = o.rel
        e = o.expanded
        if o.status == "unchecked":
            unchecked.setdefault(o.rel["id"], []).append(e)
            if o.solved is not None:
                solved.setdefault(o.solved[0], []).append((o.solved[1], e.context))
        elif o.status == "broken":
            L, R = e.L, e.R
            metrics = L.metrics + R.metrics + [m for m, _ in L.unknown + R.unknown]
            d = max(L.decimals, R.decimals)
            out.append(
                finding(
                    report, o.rel["id"], o.rel["severity"], _message(e, figs, o.partial),
                    reported=L.value, computed=R.value, decimals=d, metrics=metrics, extra=extra,
                )
            )
    for rel_id, cases in unchecked.items():
        rel = rels[rel_id]
        cells = list(dict.fromkeys(m for e in cases for m, _ in e.L.unknown + e.R.unknown))
        statuses = sorted({STATUS_WORDS.get(s, s) for e in cases for _, s in e.L.unknown + e.R.unknown})
        blank = any(s in ("blank", "slash") for e in cases for _, s in e.L.unknown + e.R.unknown)
        where = "；".join(e.context for e in cases[:4]) + ("等" if len(cases) > 4 else "")
        out.append(
            finding(
                report, rel["id"], "warning",
                f"{rel.get('name', rel['id'])}：{len(cases)} 处关系含{'、'.join(statuses)}的单元格，"
                f"无法完全核对{'（空白、斜杠不按0计）' if blank else ''}：{where}",
                metrics=cells, extra=extra + "|unchecked",
            )
        )
    return out + suggestions(report, figs, solved)

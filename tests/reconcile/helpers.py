"""Hand-built reports for the reconciliation tests (facts and mentions as the other
stages emit them), so the rules are tested without any extraction."""

from __future__ import annotations

import hashlib

from models import Fact, Meta, Mention, Report, SourceFile, vocabulary

T3_COLS = vocabulary().t3_column_ids
T4_COLS = vocabulary().t4_column_ids


def cell(metric: str, v) -> Fact:
    """A printed cell: a number, None/"" for blank, "/" for a slash, "?" unreadable."""
    if v is None or v == "":
        return Fact(metric=metric, status="blank", raw="")
    if v == "/":
        return Fact(metric=metric, status="slash", raw="/")
    if v == "?":
        return Fact(metric=metric, status="unreadable", raw="▒")
    raw = str(v)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    return Fact(metric=metric, status="value", value=v, raw=raw, decimals=decimals)


def facts(t2: dict | None = None, t3: dict | None = None, t4: dict | None = None) -> list[Fact]:
    """Gold-file shaped figures (t3 rows of 7, t4 groups of 5) → facts."""
    out = [cell(f"t2.{k}", v) for k, v in (t2 or {}).items()]
    for row, values in (t3 or {}).items():
        out += [cell(f"t3.{row}.{c}", v) for c, v in zip(T3_COLS, values)]
    for group, values in (t4 or {}).items():
        out += [cell(f"t4.{group}.{c}", v) for c, v in zip(T4_COLS, values)]
    return out


def mention(text: str, value, metric: str | None = None, start: int = 0, **kw) -> Mention:
    return Mention(text=text, value=value, metric=metric, start=start, end=start + len(text), **kw)


def report(
    t2: dict | None = None,
    t3: dict | None = None,
    t4: dict | None = None,
    mentions: list[Mention] | None = None,
    *,
    year: int | None = 2022,
    layout: str | None = "2021",
    organ: str | None = "某某市人民政府办公室",
    other_single_row: bool = False,
    name: str = "doc",
) -> Report:
    return Report(
        source=SourceFile(path=f"{name}.txt", sha256=hashlib.sha256(name.encode()).hexdigest(), format="text"),
        meta=Meta(organ=organ, year=year, layout=layout, other_single_row=other_single_row),
        facts=facts(t2, t3, t4),
        mentions=mentions or [],
    )


def zeros(n: int = 7) -> list[int]:
    return [0] * n


def t3_table(single_other: bool = False, **rows: list) -> dict:
    """A 表三 of zeros with the given rows replaced (row ids with '.' spelled '__')."""
    rows = {k.replace("__", "."): v for k, v in rows.items()}
    ids = vocabulary().t3_value_rows(single_other)
    return {r: rows.get(r, zeros()) for r in ids}


# A clean 2021-layout report: the jiaxing-office-2022 figures (everything ties out).
CLEAN_T2 = {
    "regulations.issued": 1, "regulations.repealed": 0, "regulations.in_force": 4,
    "normative_docs.issued": 21, "normative_docs.repealed": 1, "normative_docs.in_force": 422,
    "licensing.decisions": 0, "penalty.decisions": 0, "enforcement.decisions": 0,
    "fees.amount_wan": 0,
}
CLEAN_T3 = t3_table(
    new_received=[56, 2, 0, 0, 0, 0, 58],
    carried_over=[3, 0, 0, 0, 0, 0, 3],
    granted=[17, 1, 0, 0, 0, 0, 18],
    partial=[2, 0, 0, 0, 0, 0, 2],
    denied__state_secret=[1, 0, 0, 0, 0, 0, 1],
    unavailable__not_held=[26, 1, 0, 0, 0, 0, 27],
    unavailable__unclear=[2, 0, 0, 0, 0, 0, 2],
    not_processed__complaint=[3, 0, 0, 0, 0, 0, 3],
    not_processed__duplicate=[1, 0, 0, 0, 0, 0, 1],
    not_processed__excessive=[2, 0, 0, 0, 0, 0, 2],
    other__overdue_correction=[3, 0, 0, 0, 0, 0, 3],
    total=[57, 2, 0, 0, 0, 0, 59],
    carried_forward=[2, 0, 0, 0, 0, 0, 2],
)
CLEAN_T4 = {
    "reconsideration": [1, 0, 0, 0, 1],
    "litigation_direct": [0, 0, 0, 0, 0],
    "litigation_after": [2, 0, 0, 0, 2],
}


def clean(**kw) -> Report:
    """The clean report, with any of t2/t3/t4/mentions/meta overridden."""
    args = {"t2": dict(CLEAN_T2), "t3": {k: list(v) for k, v in CLEAN_T3.items()},
            "t4": {k: list(v) for k, v in CLEAN_T4.items()}}
    args.update(kw)
    return report(**args)

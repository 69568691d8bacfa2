"""Linking narrative counts to table cells or topics (data: data/metrics.toml).

The phrase table is a list of regular-expression cues; each names a canonical metric
(or a sum of ids joined by "+"), the alternatives a reconciler may try, a topic, and a
role for cues whose meaning depends on the count they belong to (an applicant column
takes its 表三 row from the count before it; a 表四 outcome takes its group).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Link:
    cue: re.Pattern
    metric: str | None = None
    alternatives: tuple[str, ...] = ()
    topic: str | None = None
    role: str | None = None
    context: re.Pattern | None = None
    order: int = 0


@dataclass(frozen=True)
class NilCue:
    cue: re.Pattern
    metric: str | None
    topic: str | None
    unit: str | None


@dataclass(frozen=True)
class Claim:
    cue: re.Pattern
    claim: str


@dataclass(frozen=True)
class Table:
    links: tuple[Link, ...]
    nil_trigger: re.Pattern
    nil_cues: tuple[NilCue, ...]
    claims: tuple[Claim, ...]
    scope: re.Pattern
    narrowing: re.Pattern


@lru_cache(maxsize=1)
def table() -> Table:
    raw = tomllib.loads((DATA / "metrics.toml").read_text(encoding="utf-8"))
    links = tuple(
        Link(
            cue=re.compile(e["cue"]),
            metric=e.get("metric"),
            alternatives=tuple(e.get("alternatives", ())),
            topic=e.get("topic"),
            role=e.get("role"),
            context=re.compile(e["context"]) if "context" in e else None,
            order=i,
        )
        for i, e in enumerate(raw["link"])
    )
    nil = raw["nil"]
    return Table(
        links=links,
        nil_trigger=re.compile(nil["trigger"]),
        nil_cues=tuple(
            NilCue(re.compile(c["cue"]), c.get("metric"), c.get("topic"), c.get("unit")) for c in nil["cue"]
        ),
        claims=tuple(Claim(re.compile(c["cue"]), c["claim"]) for c in raw["claim"]),
        scope=re.compile("|".join(f"(?:{c})" for c in raw["scope"]["cues"])),
        narrowing=re.compile(raw["scope"]["narrowing"]),
    )


def best_link(window: str, only: str | None = None, plain: bool = False) -> tuple[Link, int, int] | None:
    """The cue that ends nearest the end of `window` (then the longest, then the first
    listed), with its start and end in `window`; `only`: a pattern the metric must fit;
    `plain`: skip the entries with a role."""
    best: tuple[tuple[int, int, int], Link, int, int] | None = None
    for link in table().links:
        if plain and link.role is not None:
            continue
        if only is not None and not (link.metric and link.role is None and re.fullmatch(only, link.metric)):
            continue
        for m in link.cue.finditer(window):
            if m.end() == m.start():
                continue
            key = (m.end(), m.end() - m.start(), -link.order)
            if best is None or key > best[0]:
                best = (key, link, m.start(), m.end())
    return None if best is None else best[1:]


def first_link(window: str) -> tuple[Link, int, int] | None:
    """The cue that starts nearest the start of `window` (words after a count:
    "4次政务公开检查"), then the longest, then the first listed."""
    best: tuple[tuple[int, int, int], Link, int, int] | None = None
    for link in table().links:
        if link.role is not None:
            continue
        m = link.cue.search(window)
        if m is None or m.end() == m.start():
            continue
        key = (-m.start(), m.end() - m.start(), -link.order)
        if best is None or key > best[0]:
            best = (key, link, m.start(), m.end())
    return None if best is None else best[1:]


def topic_only(link: Link) -> Link:
    """The same cue, naming its topic but no cell."""
    return Link(cue=link.cue, topic=link.topic, order=link.order)


def scope_before(text: str) -> str | None:
    """The scope words nearest the end of `text` (the sentence up to a count); a
    narrowing scope only when it is in the count's own clause."""
    found = None
    for m in table().scope.finditer(text):
        if is_narrowing(m.group()) and re.search(r"[,，;；:：。]", text[m.end() :]):
            continue
        found = m.group()
    return found


def is_narrowing(scope: str | None) -> bool:
    return bool(scope) and table().narrowing.search(scope) is not None


def fill_row(template: str, parent_metric: str | None, parent_alts: list[str]) -> tuple[str, list[str]]:
    """An applicant column in the row of the 表三 count it belongs to: the parent's row
    for the metric, and the parent's other readings (e.g. new + carried over) as
    alternatives."""
    row = "new_received"
    alts_rows: list[list[str]] = []
    rx = re.compile(r"t3\.([a-z_]+)\.total")
    if parent_metric and (m := rx.fullmatch(parent_metric)):
        row = m.group(1)
        for alt in parent_alts:
            parts = alt.split("+")
            rows = [rx.fullmatch(p).group(1) for p in parts if rx.fullmatch(p)]
            if len(rows) == len(parts):
                alts_rows.append(rows)
    else:
        alts_rows.append(["new_received", "carried_over"])
    metric = template.format(row=row)
    alts = ["+".join(template.format(row=r) for r in rows) for rows in alts_rows]
    return metric, alts


def fill_group(template: str, group: str | None) -> tuple[str | None, list[str]]:
    """A 表四 outcome column of the group it belongs to; unknown group → alternatives."""
    if group:
        return template.format(group=group), []
    return None, [template.format(group=g) for g in ("reconsideration", "litigation")]


def nil_statements(sentence: str) -> list[tuple[int, int, NilCue]]:
    """Nil statements in a sentence: (start, end, cue) for each metric/topic a clause
    opened by a nil trigger ("未收到", "未发生", "无收取") names. Clauses with a digit are
    not nil statements."""
    t = table()
    out: list[tuple[int, int, NilCue]] = []
    for trig in t.nil_trigger.finditer(sentence):
        end = len(sentence)
        stop = re.search(r"[,，。;；:：]", sentence[trig.end() :])
        if stop:
            end = trig.end() + stop.start()
        clause = sentence[trig.start() : end]
        if re.search(r"\d", clause):
            continue
        seen: set[tuple[str | None, str | None]] = set()
        for cue in t.nil_cues:
            m = cue.cue.search(clause)
            if m and (cue.metric, cue.topic) not in seen:
                seen.add((cue.metric, cue.topic))
                if cue.metric == "t3.new_received.total":
                    cue = _applicants_named(cue, clause[: m.end()])
                out.append((trig.start(), trig.start() + m.end(), cue))
    return out


_PERSON = re.compile(r"公民|自然人|个人")


def _applicants_named(cue: NilCue, clause: str) -> NilCue:
    """"未收到法人或其他组织提出的申请" is a nil of the organisation columns, not of the
    total; a clause naming persons and organisations ("公民、法人或其他组织") is the total."""
    columns = [link.metric for link in table().links if link.role == "applicant" and link.cue.search(clause)]
    person = bool(_PERSON.search(clause)) or any(c.endswith("natural_person") for c in columns)
    orgs = [c for c in columns if not c.endswith("natural_person")]
    if person == bool(orgs):
        return cue
    template = "t3.{row}.natural_person" if person else orgs[0]
    metric, _ = fill_row(template, "t3.new_received.total", [])
    return NilCue(cue.cue, metric, cue.topic, cue.unit)


def claims(sentence: str) -> list[tuple[int, int, Claim]]:
    out = []
    for c in table().claims:
        for m in c.cue.finditer(sentence):
            out.append((m.start(), m.end(), c))
    return out

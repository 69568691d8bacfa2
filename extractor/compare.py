"""Two reports of one organ, last year's and this year's, side by side (`nianbao compare`).

    compare(last_doc, last, this_doc, this) -> Comparison     plain function over the models
    compare_files(last_path, this_path[, store]) -> Comparison  … reading both files (or stored reports) first

Three parts:

* figure by figure, every cell of 表二/表三/表四 either report prints: last value, this value,
  change and change % (None when last year's figure is 0 or either cell is not a figure: a
  blank, slash or unreadable cell shows its status, never a guessed number). Reports of the
  2019 and the 2021 form are lined up through `compare_map.toml` (data: only what
  REPORT_FORMAT.md defines as the same quantity); a figure only one form prints is listed so.
* the cross-year findings of `reconcile.check(this, last)` (`cross_year.*`), not re-implemented;
* narrative reuse: sentences of this year's narrative identical or nearly identical to last
  year's (rapidfuzz ratio on the sentences with their digits masked), and among their counts
  the stale ones — last year's figure repeated while this year's table says otherwise —
  reported as `narrative.stale` warnings.

Renderers: `to_json`, `to_html` (one self-contained page, everything escaped), `rich_tables`.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from models import Document, Fact, Finding, Report, vocabulary
from models.vocabulary import LAYOUTS

from .reconcile import check, consecutive_years, same_organ
from .reconcile.engine import Figures, finding, fmt, metric_label, other_single_row

MAP_FILE = Path(__file__).with_name("compare_map.toml")
CROSS_YEAR = "cross_year."
STALE = "narrative.stale"
USABLE = ("value", "annotated")

# Narrative reuse: fuzz.ratio (0..100) of two sentences with digits masked, and the shortest
# sentence (masked, without blanks) worth reporting: "二、主动公开政府信息情况" is a heading.
REUSE_THRESHOLD = 90.0
MIN_SENTENCE = 15
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SUB_OTHER = re.compile(r"t3\.other\.[a-z_]+\.[a-z_]+")


# -- the contract ---------------------------------------------------------------------


class Side(BaseModel):
    path: str
    sha256: str
    organ: str | None = None
    year: int | None = None
    layout: Literal["2021", "2019"] | None = None
    title: str | None = None


class Cell(BaseModel):
    """One report's cell: a figure only when status is value/annotated."""

    metric: str
    status: str  # value, blank, slash, annotated, unreadable, or "missing" (no such cell found)
    value: int | float | None = None
    raw: str = ""
    derived: bool = False


class FigureRow(BaseModel):
    metric: str  # this year's id (last year's when only last year's form prints the figure)
    label: str  # Chinese: "表三 本年新收·总计"
    table: str  # t2 / t3 / t4
    last: Cell | None = None
    this: Cell | None = None
    change: int | float | None = None
    change_pct: float | None = None  # percent of last year's figure, one decimal
    # The figure is printed by one form only (reports of the 2019 and the 2021 form).
    only_in: Literal["last", "this"] | None = None

    @property
    def changed(self) -> bool:
        if self.change is not None:
            return self.change != 0
        a = self.last.status if self.last else "missing"
        b = self.this.status if self.this else "missing"
        return self.only_in is None and a != b  # e.g. a figure last year, unreadable this year


class Passage(BaseModel):
    text: str
    start: int  # offsets into the Document.text of its report
    end: int


class StaleCount(BaseModel):
    metric: str  # the table expression the count refers to
    stated: int | float  # the count as this year's sentence states it
    last: int | float | None  # last year's table
    this: int | float | None  # this year's table
    mention: int  # index into this year's Report.mentions
    text: str  # the mention's words


class Reuse(BaseModel):
    score: float  # rapidfuzz ratio, 0..100, digits masked
    last: Passage
    this: Passage
    stale: list[StaleCount] = Field(default_factory=list)


class Comparison(BaseModel):
    last: Side
    this: Side
    same_organ: bool
    consecutive: bool
    figures: list[FigureRow] = Field(default_factory=list)
    changes: list[str] = Field(default_factory=list)  # metrics whose figure or status changed
    only_last: list[str] = Field(default_factory=list)  # printed by last year's form only
    only_this: list[str] = Field(default_factory=list)  # printed by this year's form only
    findings: list[Finding] = Field(default_factory=list)  # cross_year.* and narrative.stale
    reused: list[Reuse] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # what could not be compared, and why


# -- figures --------------------------------------------------------------------------


@cache
def layout_map() -> dict:
    return tomllib.loads(MAP_FILE.read_text(encoding="utf-8"))


def _t2_map(last_layout: str | None, this_layout: str | None) -> dict[str, str] | None:
    """last id → this id for 表二 across two forms; None when both use one form (ids are ids)."""
    if last_layout is None or this_layout is None or last_layout == this_layout:
        return None
    table = layout_map().get("t2", {})
    forward = table.get(f"{last_layout}-{this_layout}")
    if forward is not None:
        return dict(forward)
    backward = table.get(f"{this_layout}-{last_layout}", {})
    return {b: a for a, b in backward.items()}


@cache
def _order() -> dict[str, int]:
    v = vocabulary()
    ids: list[str] = []
    for layout in LAYOUTS:
        for single in (False, True):
            ids += v.metric_ids(layout, single)
    return {m: i for i, m in enumerate(dict.fromkeys(ids))}


def _label(metric: str) -> str:
    try:
        return metric_label(metric)
    except (ValueError, KeyError):
        return metric


def _cell(metric: str, fact: Fact | None) -> Cell:
    if fact is None:
        return Cell(metric=metric, status="missing")
    value = fact.value if fact.status in USABLE else None
    return Cell(metric=metric, status=fact.status, value=value, raw=fact.raw, derived=fact.derived)


def _decimals(*facts: Fact | None) -> int:
    return max([f.decimals for f in facts if f is not None] + [0])


def compare_figures(last: Report, this: Report) -> tuple[list[FigureRow], list[str], list[str]]:
    """Every cell of 表二/表三/表四 either report prints, paired across the two reports."""
    tables = set(layout_map().get("same_id_tables", ["t3", "t4"]))
    t2_map = _t2_map(last.meta.layout, this.meta.layout)

    def split(report: Report) -> tuple[dict[str, Fact], dict[str, Fact]]:
        printed, derived = {}, {}
        for f in report.facts:
            if f.metric.split(".", 1)[0] in ("t2", "t3", "t4"):
                (derived if f.derived else printed).setdefault(f.metric, f)
        return printed, derived

    last_printed, last_derived = split(last)
    this_printed, this_derived = split(this)

    def forward(metric: str) -> str | None:  # last id → this id; None: this form has no such figure
        if t2_map is None or metric.split(".", 1)[0] in tables:
            return metric
        return t2_map.get(metric)

    backward_map = {b: a for a, b in (t2_map or {}).items()}

    def backward(metric: str) -> str | None:
        if t2_map is None or metric.split(".", 1)[0] in tables:
            return metric
        return backward_map.get(metric)

    pairs: dict[str, tuple[str | None, str | None]] = {}  # row key → (last id, this id)
    for m in this_printed:
        pairs[m] = (backward(m), m)
    for m in last_printed:
        target = forward(m)
        if target is None:
            pairs[m] = (m, None)
        elif target not in pairs:
            pairs[target] = (m, target)

    order = _order()
    rows: list[FigureRow] = []
    only_last, only_this = [], []
    for key in sorted(pairs, key=lambda m: (order.get(m, len(order)), m)):
        last_id, this_id = pairs[key]
        only_in = None
        # （六）其他处理 printed as one row on one side, as three on the other: the three
        # rows are that side's form only (the one row pairs with their derived subtotal).
        if _SUB_OTHER.fullmatch(key):
            if key in this_printed and key not in last_printed and other_single_row(last):
                last_id = None
            elif key in last_printed and key not in this_printed and other_single_row(this):
                this_id = None
        if last_id is None:
            only_in = "this"
            only_this.append(this_id)
        elif this_id is None:
            only_in = "last"
            only_last.append(last_id)
        last_fact = (last_printed.get(last_id) or last_derived.get(last_id)) if last_id else None
        this_fact = (this_printed.get(this_id) or this_derived.get(this_id)) if this_id else None
        row = FigureRow(
            metric=key, label=_label(key), table=key.split(".", 1)[0], only_in=only_in,
            last=_cell(last_id, last_fact) if last_id else None,
            this=_cell(this_id, this_fact) if this_id else None,
        )
        if row.last and row.this and row.last.value is not None and row.this.value is not None:
            d = _decimals(last_fact, this_fact)
            change = row.this.value - row.last.value
            row.change = round(change, d) if d else change
            if isinstance(row.change, float) and row.change.is_integer() and not d:
                row.change = int(row.change)
            row.change_pct = round(change / row.last.value * 100, 1) if row.last.value != 0 else None
        rows.append(row)
    return rows, only_last, only_this


# -- narrative reuse --------------------------------------------------------------------


def _mask(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


_CLAUSE_END = re.compile(r"[；;]\s*$")


def _narrative_sentences(text: str) -> list[tuple[int, int, str]]:
    """Whole sentences (to 。！？): the narrative's sentences with the clauses a ； ends joined
    back, for a copied sentence is copied whole, and a clause of a list alone
    ("新制作规范性文件2件；") is too short to tell a copy from a formula."""
    from .narrative.pipeline import sentences

    joined: list[tuple[int, int]] = []
    for a, b in sentences(text):
        if joined and _CLAUSE_END.search(text, joined[-1][0], joined[-1][1]) and "\n" not in text[joined[-1][1]:a]:
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    out = []
    for a, b in joined:
        masked = _mask(text[a:b])
        if len(masked) >= MIN_SENTENCE and _CJK.search(masked):
            out.append((a, b, masked))
    return out


def reused_sentences(last_doc: Document, this_doc: Document) -> list[Reuse]:
    """Sentences of this year's narrative identical or nearly identical to one of last year's."""
    from rapidfuzz import fuzz, process

    last_sents = _narrative_sentences(last_doc.text)
    choices = [s[2] for s in last_sents]
    out = []
    if not choices:
        return out
    for a, b, masked in _narrative_sentences(this_doc.text):
        best = process.extractOne(masked, choices, scorer=fuzz.ratio, score_cutoff=REUSE_THRESHOLD)
        if best is None:
            continue
        _, score, i = best
        la, lb, _ = last_sents[i]
        out.append(Reuse(
            score=round(float(score), 1),
            last=Passage(text=last_doc.text[la:lb], start=la, end=lb),
            this=Passage(text=this_doc.text[a:b], start=a, end=b),
        ))
    return out


def _figure(figures: Figures, expr: str) -> int | float | None:
    fig = figures.expression(expr)
    return fig.value if fig.known and fig.metrics else None


def stale_counts(reuse: Reuse, last: Report, this: Report, last_figs: Figures, this_figs: Figures) -> list[StaleCount]:
    """Counts of a reused sentence that are last year's table figures while this year's
    table says otherwise (under every reading the count admits)."""
    out = []
    for i, m in enumerate(this.mentions):
        if m.kind != "count" or m.value is None or m.metric is None:
            continue
        if not (reuse.this.start <= m.start and m.end <= reuse.this.end):
            continue
        readings = [m.metric, *m.alternatives]
        now = [_figure(this_figs, r) for r in readings]
        before = [_figure(last_figs, r) for r in readings]
        if any(v is not None and v == m.value for v in now):
            continue  # the count agrees with this year's table under some reading
        for expr, was, is_ in zip(readings, before, now):
            if was is not None and is_ is not None and was == m.value and is_ != was:
                out.append(StaleCount(metric=expr, stated=m.value, last=was, this=is_, mention=i, text=m.text))
                break
    return out


def _stale_finding(this: Report, reuse: Reuse, s: StaleCount, last: Report) -> Finding:
    label = " + ".join(_label(p.strip()) for p in s.metric.split("+"))
    message = (
        f"本年报告的文字与上年报告几乎相同（相似度{reuse.score:g}%），其中「{s.text}」仍是上年的数字："
        f"上年{label}为{fmt(s.last)}，本年表格为{fmt(s.this)}。"
        f"本年：「{reuse.this.text}」（第{reuse.this.start}–{reuse.this.end}字）；"
        f"上年：「{reuse.last.text}」（第{reuse.last.start}–{reuse.last.end}字）"
    )
    metrics = [p.strip() for p in s.metric.split("+")]
    return finding(
        this, STALE, "warning", message, reported=s.stated, computed=s.this,
        metrics=metrics + ["prev:" + p for p in metrics], mentions=[s.mention],
        extra=f"{last.source.sha256}:{reuse.last.start}",
    )


# -- the comparison ---------------------------------------------------------------------


def _side(report: Report) -> Side:
    return Side(path=report.source.path, sha256=report.source.sha256, organ=report.meta.organ,
                year=report.meta.year, layout=report.meta.layout, title=report.meta.title)


def compare(last_doc: Document, last: Report, this_doc: Document, this: Report) -> Comparison:
    rows, only_last, only_this = compare_figures(last, this)
    findings = [f for f in check(this, last) if f.rule.startswith(CROSS_YEAR)]
    reused = reused_sentences(last_doc, this_doc)
    last_figs, this_figs = Figures(last), Figures(this)
    for r in reused:
        r.stale = stale_counts(r, last, this, last_figs, this_figs)
        findings += [_stale_finding(this, r, s, last) for s in r.stale]
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: order[f.severity])
    return Comparison(
        last=_side(last), this=_side(this),
        same_organ=same_organ(this, last), consecutive=consecutive_years(this, last),
        figures=rows, changes=[r.metric for r in rows if r.changed],
        only_last=only_last, only_this=only_this, findings=findings, reused=reused,
    )


def compare_files(last_path: str | Path, this_path: str | Path, store: str | Path | None = None,
                  files: bool = True) -> Comparison:
    """Read both reports and compare them. With `store` (a DuckDB file of `nianbao batch`),
    either argument may name a report of the store instead of a file (see `read_side`);
    `files=False` takes names of the store only (the service: a request names no file of
    the server's). Raises ExtractionError (a file) or StoreError (the store, or a name it lacks)."""
    db = None
    if store is not None:
        from .corpus.store import attach_read_only

        db = attach_read_only(store)
    notes: list[str] = []
    try:
        last_doc, last = read_side(last_path, db, store, notes, files)
        this_doc, this = read_side(this_path, db, store, notes, files)
    finally:
        if db is not None:
            db.close()
    comparison = compare(last_doc, last, this_doc, this)
    comparison.notes = notes
    return comparison


_ORGAN_YEAR = re.compile(r"^(?P<organ>.+)@(?P<year>\d{4})$")


def read_side(name: str | Path, db=None, store: str | Path | None = None,
              notes: list[str] | None = None, files: bool = True) -> tuple[Document, Report]:
    """One side of a comparison: a report file, extracted; or, with a store open (`db`), a
    report it holds — a file name that is no file but a key of the store (the resolved path
    the batch filed it under), or ORGAN@YEAR (the organ as printed or as matched across
    years) — read back exactly as it was extracted, without extracting it again."""
    from .corpus.store import StoreError, find_reports, load_report
    from .errors import display_path
    from .pipeline import run

    name = str(name)
    if db is None or (files and Path(name).exists()):
        return run(name)
    keys = [display_path(Path(name).resolve())] if files else [name]
    if m := _ORGAN_YEAR.match(name):
        keys = find_reports(db, m["organ"].strip(), int(m["year"]))
        if len(keys) > 1:
            raise StoreError(store, "ambiguous", f"{name}: {len(keys)} reports in the store: {', '.join(keys)}")
    loaded = load_report(db, keys[0]) if keys else None
    if loaded is None:
        raise StoreError(store, "not_in_store", f"{name}: no such file, and no report of the store by that "
                                                "name (a stored path, or ORGAN@YEAR)")
    text, report = loaded
    if text is None and notes is not None:
        notes.append(f"{name}: the store keeps no text of it (written by an older nianbao): "
                     "its narrative is not compared")
    doc = Document(path=report.source.path, format=report.source.format, sha256=report.source.sha256,
                   blocks=[], text=text or "")
    return doc, report


# -- output ---------------------------------------------------------------------------------


def to_json(c: Comparison) -> str:
    return c.model_dump_json(indent=2) + "\n"


def show(cell: Cell | None) -> str:
    """A cell as printed in a comparison: its figure, or its status (never a guessed number)."""
    if cell is None:
        return "—"
    if cell.value is not None:
        return fmt(cell.value)
    return {"missing": "未找到", "blank": "空白", "slash": "/", "unreadable": "无法识别"}.get(
        cell.status, cell.status)


def show_change(row: FigureRow) -> tuple[str, str]:
    if row.change is None:
        return "", ""
    sign = "+" if row.change > 0 else ""
    pct = "" if row.change_pct is None else f"{'+' if row.change_pct > 0 else ''}{row.change_pct:g}%"
    return f"{sign}{fmt(row.change)}", pct


def _heading(c: Comparison) -> str:
    def one(s: Side) -> str:
        return f"{s.organ or '?'} {s.year or '?'}年（{s.layout or '?'}版式）"
    return f"{one(c.last)} → {one(c.this)}"


_SEVERITY = {"error": "错误", "warning": "警告", "info": "提示"}
_ONLY = {"last": "仅上年表格有", "this": "仅本年表格有"}


def rich_tables(c: Comparison) -> list:
    """Renderables for the terminal: changes and findings first, then every figure.
    Report text goes in as Text, never as markup."""
    from rich.table import Table
    from rich.text import Text

    out: list = [Text(_heading(c), style="bold")]
    if not (c.same_organ and c.consecutive):
        out.append(Text("两份报告不是同一机关的相邻年度：跨年度核对未做。", style="yellow"))
    out += [Text(note, style="yellow") for note in c.notes]
    by_metric = {r.metric: r for r in c.figures}
    changes = Table(title=f"变化（{len(c.changes)}项）")
    for col in ("指标", "上年", "本年", "变化", "变化%"):
        changes.add_column(col, overflow="fold")
    for m in c.changes:
        r = by_metric[m]
        changes.add_row(Text(r.label), show(r.last), show(r.this), *show_change(r))
    out.append(changes)
    findings = Table(title=f"发现的问题（{len(c.findings)}项）")
    for col in ("级别", "规则", "说明"):
        findings.add_column(col, overflow="fold")
    for f in c.findings:
        style = "red" if f.severity == "error" else "yellow" if f.severity == "warning" else ""
        findings.add_row(Text(_SEVERITY[f.severity], style=style), Text(f.rule), Text(f.message))
    out.append(findings)
    if c.reused:
        reuse = Table(title=f"与上年相同或几乎相同的句子（{len(c.reused)}句）")
        for col in ("相似度", "上年", "本年"):
            reuse.add_column(col, overflow="fold")
        for r in c.reused:
            reuse.add_row(f"{r.score:g}", Text(r.last.text), Text(r.this.text))
        out.append(reuse)
    figures = Table(title="逐项对比")
    for col in ("指标", "编号", "上年", "本年", "变化", "变化%", "说明"):
        figures.add_column(col, overflow="fold")
    for r in c.figures:
        figures.add_row(Text(r.label), Text(r.metric), show(r.last), show(r.this), *show_change(r),
                        _ONLY.get(r.only_in or "", ""))
    out.append(figures)
    return out


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>年报对比：{{ heading }}</title>
<style>
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: .9em; }
th, td { border: 1px solid #999; padding: .25em .45em; vertical-align: top; }
th { background: #eee; } td.n { text-align: right; white-space: nowrap; }
.error { color: #b00; font-weight: bold; } .warning { color: #a60; } .info { color: #555; }
.up { color: #060; } .down { color: #b00; } .status { color: #777; font-style: italic; }
.sides { display: flex; gap: 2em; } .sides > div { flex: 1; }
.note { background: #fff6d5; padding: .4em .8em; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
</style>
</head>
<body>
<h1>政府信息公开工作年度报告对比</h1>
<div class="sides">
{% for label, s in [("上年", c.last), ("本年", c.this)] %}
<div><h2>{{ label }}：{{ s.title or s.path }}</h2>
<p>{{ s.organ or "?" }} · {{ s.year or "?" }}年 · {{ s.layout or "?" }}版式<br><small>{{ s.path }}</small></p></div>
{% endfor %}
</div>
{% if not (c.same_organ and c.consecutive) %}<p class="note">两份报告不是同一机关的相邻年度：跨年度核对未做。</p>{% endif %}
{% for note in c.notes %}<p class="note">{{ note }}</p>{% endfor %}

<h2>变化（{{ c.changes|length }}项）</h2>
<table><tr><th>指标</th><th>上年</th><th>本年</th><th>变化</th><th>变化%</th></tr>
{% for r in changed %}<tr><td>{{ r.label }}</td><td class="n">{{ show(r.last) }}</td><td class="n">{{ show(r.this) }}</td>
{% set ch = show_change(r) %}<td class="n {{ 'up' if r.change and r.change > 0 else 'down' if r.change and r.change < 0 else '' }}">{{ ch[0] }}</td><td class="n">{{ ch[1] }}</td></tr>
{% endfor %}</table>

<h2>发现的问题（{{ c.findings|length }}项）</h2>
<table><tr><th>级别</th><th>规则</th><th>说明</th></tr>
{% for f in c.findings %}<tr><td class="{{ f.severity }}">{{ severity[f.severity] }}</td><td>{{ f.rule }}</td><td>{{ f.message }}</td></tr>
{% endfor %}</table>

<h2>与上年相同或几乎相同的句子（{{ c.reused|length }}句）</h2>
<table><tr><th>相似度</th><th>上年</th><th>本年</th></tr>
{% for r in c.reused %}<tr><td class="n">{{ "%g"|format(r.score) }}</td><td>{{ r.last.text }}<br><small>第{{ r.last.start }}–{{ r.last.end }}字</small></td>
<td>{{ r.this.text }}<br><small>第{{ r.this.start }}–{{ r.this.end }}字</small>{% for s in r.stale %}<br><span class="warning">仍是上年数字：「{{ s.text }}」（本年表格 {{ s.this }}）</span>{% endfor %}</td></tr>
{% endfor %}</table>

<h2>逐项对比</h2>
<table><tr><th>指标</th><th>编号</th><th>上年</th><th>本年</th><th>变化</th><th>变化%</th><th>说明</th></tr>
{% for r in c.figures %}{% set ch = show_change(r) %}<tr><td>{{ r.label }}</td><td><small>{{ r.metric }}</small></td>
<td class="n{{ ' status' if r.last and r.last.value is none }}">{{ show(r.last) }}</td><td class="n{{ ' status' if r.this and r.this.value is none }}">{{ show(r.this) }}</td>
<td class="n">{{ ch[0] }}</td><td class="n">{{ ch[1] }}</td><td>{{ only[r.only_in] if r.only_in else "" }}</td></tr>
{% endfor %}</table>
</body>
</html>
"""


@cache
def _template():
    from jinja2 import Environment

    return Environment(autoescape=True).from_string(_PAGE)


def to_html(c: Comparison) -> str:
    by_metric = {r.metric: r for r in c.figures}
    return _template().render(
        c=c, heading=_heading(c), changed=[by_metric[m] for m in c.changes], show=show,
        show_change=show_change, severity=_SEVERITY, only=_ONLY,
    )

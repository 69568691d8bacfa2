"""The corpus view's charts as SVG built on the server: no script and no chart library in
the browser (the page's policy allows neither), colours as SVG attributes (no inline
style). Every label, tooltip and link is set through lxml, which escapes it (organ names
come from hostile reports; characters XML cannot carry become U+FFFD). Two shapes —
stacked horizontal bars, and a heat map with each cell's value as text and in its <title>
tooltip — and the three charts the pages show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree
from markupsafe import Markup

from .corpus_view import SEVERITY_LABELS, FindingsMatrix, IndicatorMatrix, RuleCount

FONT = 12          # px, labels and values
ROW = 20           # px, a bar's or a heat map row's height
LABEL_MAX = 220    # px, a row label longer than this is cut ("…"; the whole in its tooltip)
BAR_AREA = 420     # px, the longest bar
CELL = 54          # px, a heat map cell's width
SEVERITY_COLOURS = {"error": "#c00", "warning": "#e0a000", "info": "#aaa"}
REDS = ((255, 245, 240), (165, 15, 21))     # heat map of findings: none → most
BLUES = ((239, 246, 255), (8, 81, 156))     # heat map of an indicator: lowest → highest
NOT_RANKED = "#d9d9d9"                       # a small sample: shown, not on the scale
NO_VALUE = "#f2f2f2"


def text_width(text: str) -> float:
    """Rough width in px at FONT: CJK characters are square, the rest about half."""
    return sum(FONT if ord(c) >= 0x2E80 else FONT * 0.6 for c in text)


def clipped(text: str, limit: float = LABEL_MAX) -> str:
    if text_width(text) <= limit:
        return text
    out, width = "", text_width("…")
    for c in text:
        width += text_width(c)
        if width > limit:
            break
        out += c
    return out + "…"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTES: dict[str, str] = {}   # keyword → SVG attribute name (text_anchor → text-anchor)


def _xml(value) -> str:
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _el(parent, tag: str, text: str | None = None, **attrs):
    """An SVG element (attribute names with `_` for `-`); lxml escapes text and values."""
    el = etree.Element(tag) if parent is None else etree.SubElement(parent, tag)
    for key, value in attrs.items():
        name = _ATTRIBUTES.get(key) or _ATTRIBUTES.setdefault(key, key.rstrip("_").replace("_", "-"))
        el.set(name, _xml(value))
    if text is not None:
        el.text = _xml(text)
    return el


def _svg(width: float, height: float, label: str):
    # The namespace as a plain attribute: the page embeds the element in HTML, where it is one.
    return _el(None, "svg", xmlns="http://www.w3.org/2000/svg", width=float(width), height=float(height),
               viewBox=f"0 0 {width:g} {height:g}", role="img", aria_label=label, class_="chart",
               font_size=FONT)


def _markup(svg) -> Markup:
    return Markup(etree.tostring(svg, encoding="unicode"))


def _shade(t: float, scale: tuple[tuple[int, int, int], tuple[int, int, int]]) -> str:
    lo, hi = scale
    return "#%02x%02x%02x" % tuple(round(a + (b - a) * t) for a, b in zip(lo, hi))


@dataclass
class Bar:
    label: str
    tooltip: str
    parts: dict[str, int]   # part → count, stacked in the order of `parts` of stacked_bars
    href: str | None = None


def stacked_bars(label: str, bars: list[Bar], parts: dict[str, tuple[str, str]]) -> Markup:
    """Horizontal bars, one a row, each split into `parts` (part → (label, colour)), its
    total after it; a legend above."""
    left = min(LABEL_MAX, max((text_width(b.label) for b in bars), default=0)) + 10
    most = max((sum(b.parts.values()) for b in bars), default=0) or 1
    svg = _svg(left + BAR_AREA + 60, ROW * (len(bars) + 1) + 6, label)
    x = left
    for name, colour in parts.values():  # the legend
        _el(svg, "rect", x=x, y=4, width=10, height=10, fill=colour)
        _el(svg, "text", name, x=x + 14, y=13)
        x += 14 + text_width(name) + 16
    for i, bar in enumerate(bars):
        y = ROW * (i + 1) + 4
        g = _el(svg, "a", href=bar.href) if bar.href else _el(svg, "g")
        _el(g, "title", bar.tooltip)
        _el(g, "text", clipped(bar.label), x=left - 6, y=y + 13, text_anchor="end")
        x = left
        for part, (name, colour) in parts.items():
            n = bar.parts.get(part, 0)
            if n:
                w = BAR_AREA * n / most
                rect = _el(g, "rect", x=x, y=y + 2, width=max(w, 1.0), height=ROW - 5, fill=colour)
                _el(rect, "title", f"{bar.tooltip}：{name} {n}")
                x += w
        _el(g, "text", str(sum(bar.parts.values())), x=x + 4, y=y + 13)
    return _markup(svg)


@dataclass
class Cell:
    text: str
    tooltip: str
    fill: str
    dark: bool = False      # white text on it
    href: str | None = None


def heat_map(label: str, rows: list[str], columns: list[str], cells: dict[tuple[int, int], Cell],
             legend: list[tuple[str, str]]) -> Markup:
    """Rows × columns of cells (`cells[row, column]`; a missing one is left empty), each with
    its value as text and its tooltip; `legend`: (fill, text) swatches below."""
    left = min(LABEL_MAX, max((text_width(r) for r in rows), default=0)) + 10
    top = ROW + 2
    legend_width = sum(30 + text_width(text) for _, text in legend)
    svg = _svg(left + max(CELL * len(columns), legend_width) + 10, top + ROW * len(rows) + ROW + 14, label)
    _el(svg, "rect", x=left, y=top, width=CELL * len(columns), height=ROW * len(rows), fill="#fafafa")
    centred = _el(svg, "g", text_anchor="middle")
    for j, column in enumerate(columns):
        _el(centred, "text", column, x=left + CELL * j + CELL / 2, y=top - 6)
    names = _el(svg, "g", text_anchor="end")
    for i, row in enumerate(rows):
        name = _el(names, "text", clipped(row), x=left - 6, y=top + ROW * i + 14)
        _el(name, "title", row)
    for (i, j), cell in sorted(cells.items()):
        x, y = left + CELL * j, top + ROW * i
        g = _el(centred, "a", href=cell.href) if cell.href else _el(centred, "g")
        _el(g, "title", cell.tooltip)
        _el(g, "rect", x=x + 1, y=y + 1, width=CELL - 2, height=ROW - 2, fill=cell.fill)
        _el(g, "text", cell.text, x=x + CELL / 2, y=y + 14, **({"fill": "#fff"} if cell.dark else {}))
    y = top + ROW * len(rows) + 8
    x = left
    for fill, text in legend:
        _el(svg, "rect", x=x, y=y, width=12, height=12, fill=fill, stroke="#ccc")
        _el(svg, "text", text, x=x + 16, y=y + 11)
        x += 30 + text_width(text)
    return _markup(svg)


# -- the pages' charts -----------------------------------------------------------------------


def findings_by_rule(counts: list[RuleCount], href: Callable[[str], str] | None = None) -> Markup:
    """Findings per rule split by severity; `href(rule)`: where a bar leads."""
    parts = {s: (SEVERITY_LABELS[s], SEVERITY_COLOURS[s]) for s in SEVERITY_LABELS}
    bars = [Bar(c.rule, f"{c.rule} {c.name}" if c.name else c.rule,
                {"error": c.error, "warning": c.warning, "info": c.info}, href(c.rule) if href else None)
            for c in counts]
    return stacked_bars("发现的问题·按规则", bars, parts)


UNNAMED = "（机关未识别）"


def findings_by_organ_year(matrix: FindingsMatrix, href: Callable[[str, int], str] | None = None) -> Markup:
    """Errors + warnings per organ and year, shaded on the largest; `href(organ, year)`:
    where a cell leads."""
    most = max((c.errors + c.warnings for r in matrix.rows for c in r.cells), default=0) or 1
    cells = {}
    for i, row in enumerate(matrix.rows):
        organ = row.organ or UNNAMED
        for c in row.cells:
            t = (c.errors + c.warnings) / most
            cells[i, matrix.years.index(c.year)] = Cell(
                text=str(c.errors + c.warnings), fill=_shade(t, REDS), dark=t > 0.55,
                tooltip=f"{organ} {c.year}年：错误 {c.errors}，警告 {c.warnings}（{c.reports} 份报告）",
                href=href(row.organ, c.year) if href and row.organ else None)
    legend = [(_shade(0, REDS), "0"), (_shade(1, REDS), f"{most}（错误 + 警告）")]
    return heat_map("错误和警告·机关×年度", [r.organ or UNNAMED for r in matrix.rows],
                    [str(y) for y in matrix.years], cells, legend)


def shown(value: float | None, percent: bool) -> str:
    """An indicator's value as the pages print it."""
    if value is None:
        return "—"
    return f"{value:.1f}%" if percent else f"{value:g}"


def indicator_by_organ_year(matrix: IndicatorMatrix) -> Markup:
    """An indicator per organ and year, shaded from the lowest to the highest value of the
    samples that count; a small sample grey and starred, a missing value a dash."""
    info = matrix.indicator
    counted = [c.value for r in matrix.rows for c in r.cells if c.value is not None and not c.small_sample]
    lo, hi = (min(counted), max(counted)) if counted else (0.0, 0.0)
    cells = {}
    for i, row in enumerate(matrix.rows):
        for c in row.cells:
            value = shown(c.value, info.percent)
            sample = f"样本 {c.sample} 件" if c.sample is not None else ""
            if c.value is None:
                cell = Cell("—", f"{row.organ} {c.year}年 {info.name}：无数值（{c.note or '—'}）", NO_VALUE)
            elif c.small_sample:
                cell = Cell(value.removesuffix("%") + "*", f"{row.organ} {c.year}年 {info.name}：{value}（{sample}，样本过小，不排名）",
                            NOT_RANKED)
            else:
                t = (c.value - lo) / (hi - lo) if hi > lo else 0.5
                cell = Cell(value.removesuffix("%"), f"{row.organ} {c.year}年 {info.name}：{value}"
                            + (f"（{sample}）" if sample else ""), _shade(t, BLUES), dark=t > 0.55)
            cell.href = f"/corpus/reports/{c.id}"
            cells[i, matrix.years.index(c.year)] = cell
    legend = [(_shade(0, BLUES), shown(lo, info.percent)), (_shade(1, BLUES), shown(hi, info.percent)),
              (NOT_RANKED, "样本过小（*）"), (NO_VALUE, "无数值")]
    return heat_map(f"{info.name}·机关×年度", [r.organ for r in matrix.rows], [str(y) for y in matrix.years],
                    cells, legend)

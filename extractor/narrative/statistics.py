"""The statistics table of reports before 2019 (data: data/statistics.toml).

Those reports print no 表二/表三/表四; they end with one table of indicators —
指标名称 | 计量单位 | 2018年度 | 历年累计, a row per indicator ("受理政府信息公开申请总数 | 条 | 7 |
42") — whose figures are the report's only tabled ones. A crawler that stored one DOM text
node per line leaves it one cell per line, the lines joined into paragraphs by ingest
(`Block.skipped` keeps where); a crawler that also dropped each line repeating the one
before prints one figure for a row whose two figures are equal. Each printed figure
becomes a mention: of the year's column, linked to the later forms' cell where the row
means it; of the cumulative column, a topic only. A row whose figures do not fit its
columns (a number cut across lines, "16" / "9" / "5") is left unread, never guessed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from models import Document, Mention, Table

from .numbers import lexicon

DATA = Path(__file__).parent / "data" / "statistics.toml"

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# What opens a label cut from its numbering ("1" / "、同意公开答复数"): the figure-like line
# before it is that numbering.
_NUMBER_CUT = re.compile(r"[、.．]")
# A label's own numbering, taken off its topic ("其中：1.", "3、").
_NUMBERING = re.compile(r"^(?:其中)?[:：]?\s*(?:[(（]?[一二三四五六七八九十\d]+[)）]?\s*[、.．]?)?\s*")
# A figure cut at its decimal point ("851" / "." / "776247"): the row cannot be read.
_CUT_DECIMAL = re.compile(r"^[.．]\d*$")
# A label cut over more lines than this is no row: the table has ended (the organ's name
# and the date under it).
_LABEL_CELLS = 8
# Fewer rows than this after a header's words are no table ("统计表的指标名称、单位…" in prose).
_FEWEST_ROWS = 3


@dataclass(frozen=True)
class _Rules:
    opens: re.Pattern
    may_open: re.Pattern  # `opens` in the narrative text, blanks or line breaks anywhere between
    column: re.Pattern  # one figure column's heading
    columns: re.Pattern  # the run of them after 单位
    year_column: re.Pattern
    rows: tuple[tuple[re.Pattern, str], ...]


@cache
def _rules() -> _Rules:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    opens = "|".join(map(re.escape, data["opens"]))
    column = f"{data['year_column']}|{data['cumulative_column']}"
    return _Rules(
        opens=re.compile(rf"(?:{opens})\W*(?:计量)?{re.escape(data['unit_heading'])}"),
        may_open=re.compile("|".join(r"\s*".join(map(re.escape, word)) for word in data["opens"])
                            + r"(?=[\W\s]*(?:计\s*量\s*)?" + r"\s*".join(data["unit_heading"]) + ")"),
        column=re.compile(column),
        columns=re.compile(rf"(?:(?:{column})\W*)+"),
        year_column=re.compile(rf"^(?:{data['year_column']})$"),
        rows=tuple((re.compile(r["label"]), r["metric"]) for r in data["row"]),
    )


@dataclass
class _Cell:
    text: str  # without blanks
    start: int  # Document.text offsets
    end: int


def _cells(doc: Document) -> list[_Cell]:
    """The printed pieces of the narrative text in order: each source line a rejoined
    paragraph was made of, split again at blanks ("其中: 1." / "条  7  42")."""
    out: list[_Cell] = []
    for block in doc.blocks:
        if block.kind == "table" or block.start is None:
            continue
        cuts = [0] + [at for at, _ in block.skipped] + [len(block.text)]
        for a, b in zip(cuts, cuts[1:]):
            for m in re.finditer(r"\S+", block.text[a:b]):
                out.append(_Cell(m.group(), block.start + a + m.start(), block.start + a + m.end()))
    return out


def statistics_table(doc: Document) -> list[Mention]:
    """The figures of the document's statistics table (if it has one), as mentions: from
    the text's lines (a crawled page) or from a table the format kept (HTML, Word, PDF)."""
    rules = _rules()
    return _from_lines(doc, rules) + [m for table, at in _tables_placed(doc) for m in _from_table(table, at, rules)]


def _from_lines(doc: Document, rules: _Rules) -> list[Mention]:
    if not rules.may_open.search(doc.text):
        return []  # most reports: no header (a cheap look before cutting the text into cells)
    cells = _cells(doc)
    squashed = "".join(c.text for c in cells)
    at = _cell_starts(cells)
    header = rules.opens.search(squashed)
    if header is None:
        return []
    columns = rules.columns.match(squashed, header.end())
    if columns is None or columns.end() not in at:
        return []
    names = rules.column.findall(re.sub(r"\W", "", columns.group()))
    return _rows(doc, cells, at[columns.end()], names, rules)


def _tables_placed(doc: Document) -> list[tuple[Table, int]]:
    """Each table with the place in Document.text where it stands (the next text's start)."""
    out, waiting = [], []
    for block in doc.blocks:
        if block.kind == "table" and block.table is not None:
            waiting.append(block.table)
        elif block.start is not None and waiting:
            out += [(t, block.start) for t in waiting]
            waiting = []
    return out + [(t, len(doc.text)) for t in waiting]


def _from_table(table: Table, at: int, rules: _Rules) -> list[Mention]:
    """A statistics table the format kept as a table: its header row names the columns
    (单位, then the figure columns), each row below them a label, a unit and figures. Its
    mentions stand at the table's place in the text (`at`, no span: the figures are not in
    the narrative text); their text is the row as printed."""
    if not any(rules.may_open.search(c.text) for c in table.cells if c.row < 3):
        return []  # a header in its first rows or none (a cheap look before laying out the grid)
    rows = [[c.text.strip() for c in row] for row in table.rows()]
    for h, header in enumerate(rows):
        if rules.opens.search(re.sub(r"\s", "", "".join(header))):
            break
    else:
        return []
    unit_col = next((i for i, c in enumerate(header) if c.endswith("单位")), None)
    if unit_col is None:
        return []
    columns = {i: c for i, c in enumerate(header) if i > unit_col and rules.column.fullmatch(re.sub(r"\W", "", c))}
    out: list[Mention] = []
    for row in rows[h + 1:]:
        if len(row) <= unit_col or not row[unit_col]:
            continue
        label = "".join(row[:unit_col])
        figures = [(re.sub(r"\W", "", columns[i]), row[i]) for i in columns if i < len(row)]
        text = " ".join(c for c in row if c)
        out += _mentions(label, row[unit_col], [(c, f) for c, f in figures if _FIGURE.fullmatch(f)],
                         text, at, at, rules)
    return out


def _cell_starts(cells: list[_Cell]) -> dict[int, int]:
    """Position in the squashed text → index of the cell starting there."""
    out, pos = {}, 0
    for i, c in enumerate(cells):
        out[pos] = i
        pos += len(c.text)
    return out


def _unit(text: str) -> bool:
    return text in lexicon().units


def _is_figure(cells: list[_Cell], i: int) -> bool:
    """A figure cell, not a numbering cut from its label ("2" / "、同意部分公开答复数")."""
    if not _FIGURE.fullmatch(cells[i].text):
        return False
    return not (i + 1 < len(cells) and _NUMBER_CUT.match(cells[i + 1].text))


def _rows(doc: Document, cells: list[_Cell], i: int, columns: list[str], rules: _Rules) -> list[Mention]:
    """The figures of the rows from cell `i` on, until a row has no label or no unit; none
    unless it holds a few rows (a header's words in prose are no table)."""
    out: list[Mention] = []
    rows = 0
    while i < len(cells):
        label_from = i
        while i < len(cells) and i - label_from <= _LABEL_CELLS and not _unit(cells[i].text) and not _is_figure(cells, i):
            i += 1
        if i == label_from or i >= len(cells) or not _unit(cells[i].text):
            break  # no label, or no unit after it: the table has ended
        unit, i = cells[i].text, i + 1
        figures_from = i
        while i < len(cells) and _is_figure(cells, i):
            i += 1
        figures = cells[figures_from:i]
        if not figures:
            # An empty row, or "条" / "2" / "、同意部分公开答复数": the 2 is the next row's
            # numbering or this row's figure with the numbering dropped as its repeat.
            continue
        rows += 1
        label = "".join(c.text for c in cells[label_from:figures_from - 1])
        if i < len(cells) and _CUT_DECIMAL.match(cells[i].text):
            break  # "851" / "." / "776247": the figure is cut, the rest of the table too
        if len(figures) > len(columns):
            continue  # more figures than columns: a number cut across lines ("16" / "9" / "5")
        start, end = cells[label_from].start, figures[-1].end
        out += _mentions(label, unit, [(c, f.text) for c, f in zip(columns, figures)],
                         doc.text[start:end], start, end, rules)
    return out if rows >= _FEWEST_ROWS else []


def _mentions(label: str, unit: str, figures: list[tuple[str, str]], text: str, start: int, end: int,
              rules: _Rules) -> list[Mention]:
    """One row's figures ((column heading, figure) each): the year's linked where the row
    means a cell of the later forms, the cumulative one a topic only."""
    label = _NUMBERING.sub("", label)
    out = []
    for column, figure in figures:
        this_year = rules.year_column.match(column) is not None
        metric = next((m for p, m in rules.rows if p.search(label)), None) if this_year else None
        out.append(Mention(text=text, value=_number(figure), unit=unit, metric=metric, topic=label,
                           table_column=column, start=start, end=end))
    return out


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)

"""Dumps that print a table one cell per line, each line closed by a pipe.

Some converters write a web page's table cell by cell:

    一、本年新收政府信息公开申请数量 |
    |
    |
    0 |
    ||
    二、上年结转政府信息公开申请数量 |

A line "X |" is a cell, a lone "|" an empty cell, a line of two or more pipes the end of a
table row. The row breaks are not always printed, so a row also ends where a label follows
its figures. Empty cells stay empty: a blank is never read as 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models import Cell, Provenance, Table

from ..tables.cells import is_value_like

_CELL_LINE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")
_BREAK_LINE = re.compile(r"^\s*\|{2,}\s*$")


def is_cell_line(line: str) -> bool:
    """One cell closed by a pipe, an empty cell, or a row break."""
    return bool(_CELL_LINE.match(line) or _BREAK_LINE.match(line))


def cell_per_line(lines: list[str]) -> bool:
    """Whether a dump prints its tables one cell per line: most of its pipe lines hold a
    single cell (an ordinary pipe dump prints a whole row on a line)."""
    piped = [ln for ln in lines if "|" in ln]
    single = sum(1 for ln in piped if is_cell_line(ln))
    return single >= 20 and single >= 0.8 * len(piped)


@dataclass
class _Item:
    kind: str  # "cell" | "blank" | "break"
    text: str = ""
    start: int = 0
    end: int = 0


def item(line: str, line_start: int) -> _Item:
    """One cell line as a stream item with its source offsets."""
    if _BREAK_LINE.match(line):
        return _Item("break")
    m = _CELL_LINE.match(line)
    text = m.group(1)
    start = line_start + m.start(1)
    return _Item("cell" if text else "blank", text, start, start + len(text))


def table(items: list[_Item], normalize) -> Table | None:
    """The rows of a stream of cell lines; `normalize` is applied to each cell's text."""
    rows: list[list[_Item]] = []
    current: list[_Item] = []

    def flush() -> None:
        nonlocal current
        labels = [i for i in current if i.kind == "cell" and not is_value_like(i.text)]
        if not labels:
            rows.append(current)
        else:
            last = current.index(labels[-1])
            head, data = current[:last], current[last:]
            # A header row printed straight before a data row: "信息内容 | 本年制发件数 | … | 规章 | 0"
            if len(data) > 1 and any(i.kind == "cell" for i in head):
                rows.append(head)
                rows.append(data)
            else:
                rows.append(current)
        current = []

    for it in items:
        if it.kind == "break":
            flush()
        elif it.kind == "cell" and not is_value_like(it.text):
            if any(i.kind == "blank" or (i.kind == "cell" and is_value_like(i.text)) for i in current):
                flush()
            current.append(it)
        elif current or it.kind == "cell":
            # a figure, slash or empty cell of the row begun by a label; after a row break,
            # figures with no label of their own (表四's fifteen under its header rows)
            current.append(it)
    flush()
    rows = [r for r in rows if any(i.kind == "cell" for i in r)]
    if not rows:
        return None
    cells = [
        Cell(row=r, col=c, text=normalize(it.text) if it.text else "", source=Provenance(start=it.start, end=it.end))
        for r, row in enumerate(rows)
        for c, it in enumerate(row)
    ]
    start = min(c.source.start for c in cells)
    end = max(c.source.end for c in cells)
    return Table(n_rows=len(rows), n_cols=max(len(r) for r in rows), cells=cells, source=Provenance(start=start, end=end))

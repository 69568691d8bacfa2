"""Join tables that continue on the next page back into one grid.

Format-agnostic: works on `models.Block`s whose tables' cells carry page and bbox
(PDF points or image pixels), so the text-PDF and OCR backends share it.

Two table blocks are one table when they follow each other with nothing between,
the second starts on the page after the first ends, and their outer column edges
line up. Then:

- columns are matched by x position (the union of both parts' column edges, so a part
  with fewer, wider columns still lands in the right slots);
- header rows that the continuation repeats are dropped;
- a merged label cell cut by the page break ("三、本年度办理结果" running on) is
  extended over the continuation instead of leaving empty label cells;
- a row split by the break (label on one page, figures on the next) is merged back.

Every cell keeps its own provenance, so a figure still points at the page it is on.
"""

from __future__ import annotations

import statistics

from models import Block, Cell, Table

from .cells import clean, is_value_like


def _pages(table: Table) -> tuple[int | None, int | None]:
    pages = [c.source.page for c in table.cells if c.source.page is not None]
    if not pages:
        return table.source.page, table.source.page
    return min(pages), max(pages)


def _edges(table: Table) -> list[float] | None:
    """x of each column edge (n_cols + 1 values), from the cells that start or end there."""
    at: list[list[float]] = [[] for _ in range(table.n_cols + 1)]
    for cell in table.cells:
        if cell.source.bbox is None:
            return None
        x0, _, x1, _ = cell.source.bbox
        at[cell.col].append(x0)
        at[min(cell.col + cell.colspan, table.n_cols)].append(x1)
    if any(not xs for xs in at):
        return None
    edges = [statistics.median(xs) for xs in at]
    return edges if all(a < b for a, b in zip(edges, edges[1:])) else None


def _union(ea: list[float], eb: list[float], tol: float) -> tuple[list[int], list[int], int] | None:
    """Index maps of both parts' edges into their union, or None if the outer edges differ."""
    if abs(ea[0] - eb[0]) > tol or abs(ea[-1] - eb[-1]) > tol:
        return None
    merged: list[list[float]] = []
    for x in sorted(ea + eb):
        if merged and x - statistics.mean(merged[-1]) <= tol:
            merged[-1].append(x)
        else:
            merged.append([x])
    centres = [statistics.mean(m) for m in merged]

    def index(x):
        return min(range(len(centres)), key=lambda i: abs(centres[i] - x))

    return [index(x) for x in ea], [index(x) for x in eb], len(centres) - 1


def _remap(table: Table, imap: list[int], n_cols: int) -> Table:
    cells = [
        c.model_copy(update={"col": imap[c.col], "colspan": imap[min(c.col + c.colspan, len(imap) - 1)] - imap[c.col]})
        for c in table.cells
    ]
    return Table(n_rows=table.n_rows, n_cols=n_cols, cells=cells, source=table.source, caption=table.caption)


def _row_key(table: Table, r: int) -> tuple[str, ...]:
    grid = table.grid()
    return tuple(clean(c.text) if c is not None else "" for c in grid[r])


def _drop_repeated_header(a: Table, b: Table) -> Table:
    """Drop b's leading rows that repeat a's header (printed again on the new page).

    The header may follow a title row of a's that is not repeated, so the match may
    start at one of a's first three rows.
    """
    a_keys = [_row_key(a, r) for r in range(min(a.n_rows, 8))]
    n = 0
    for start in range(min(3, a.n_rows)):
        m = 0
        while start + m < len(a_keys) and m < b.n_rows - 1:
            key = _row_key(b, m)
            if key != a_keys[start + m] or not any(key) or any(is_value_like(t) and t for t in key):
                break
            m += 1
        n = max(n, m)
    if n == 0:
        return b
    cells = []
    for c in b.cells:
        end = c.row + c.rowspan
        if end <= n:
            continue
        start = max(c.row, n)
        cells.append(c.model_copy(update={"row": start - n, "rowspan": end - start}))
    return Table(n_rows=b.n_rows - n, n_cols=b.n_cols, cells=cells, source=b.source, caption=b.caption)


def _covering_last_row(a: Table) -> dict[tuple[int, int], Cell]:
    """Cells covering a's last row, keyed by their column range."""
    last = a.n_rows - 1
    return {(c.col, c.colspan): c for c in a.cells if c.row <= last < c.row + c.rowspan}


def _is_figure(text: str) -> bool:
    return bool(clean(text)) and is_value_like(text)


_OPEN, _CLOSE = "（(“《", "）)”》"
_CONTINUES = "，、,;；：:和或及与的"


def _unfinished(text: str) -> bool:
    """A label cut mid-phrase: an open bracket not closed, or ending on a joining mark."""
    t = clean(text)
    opened = sum(t.count(ch) for ch in _OPEN) - sum(t.count(ch) for ch in _CLOSE)
    return bool(t) and (opened > 0 or t[-1] in _CONTINUES)


def _split_row(a: Table, b: Table) -> bool:
    """Is b's first row the rest of a's last row (a row Word let break across the pages)?

    Two shapes, both with the same cell structure on each side of the break:
    - the label on this page, its figures on the next, whose label cells are empty;
    - the figures on this page with the label cut mid-phrase ("（区分处理的，只计这一情形，"),
      the rest of the label alone on the next.
    A header row followed by a data row, or a label-only row of blanks, is neither.
    """
    above = _covering_last_row(a)
    first = [c for c in b.cells if c.row == 0]
    if not first or any((c.col, c.colspan) not in above for c in first):
        return False
    a_row = [c for c in above.values() if c.row + c.rowspan == a.n_rows]
    b_fig = [c for c in first if _is_figure(c.text)]
    b_lab = [c for c in first if clean(c.text) and not _is_figure(c.text)]
    a_fig = [c for c in a_row if _is_figure(c.text)]
    a_lab = [c for c in a_row if clean(c.text) and not _is_figure(c.text)]
    if a_lab and not a_fig and b_fig and not b_lab:
        return all(not clean(above[(c.col, c.colspan)].text) for c in b_fig)
    if a_fig and not b_fig and b_lab:
        for c in b_lab:
            up = above[(c.col, c.colspan)]
            if up.row != a.n_rows - 1 or not _unfinished(up.text):
                return False
        return True
    return False


def join(a: Table, b: Table) -> Table:
    """b appended under a (columns already aligned), with split rows and cut spans mended."""
    above = _covering_last_row(a)
    cells = [c.model_copy() for c in a.cells]
    index = {id(orig): new for orig, new in zip(a.cells, cells)}
    absorbed: set[int] = set()
    shift = a.n_rows
    if _split_row(a, b):
        shift -= 1
        for c in (c for c in b.cells if c.row == 0):
            target = index[id(above[(c.col, c.colspan)])]
            if clean(c.text):
                if clean(target.text):
                    target.text = target.text + c.text
                else:
                    target.text, target.source = c.text, c.source
            target.rowspan += c.rowspan - 1
            absorbed.add(id(c))
    else:
        # leading empty label cells continue the merged cells above them
        for c in sorted((c for c in b.cells if c.row == 0), key=lambda c: c.col):
            if clean(c.text):
                break
            up = above.get((c.col, c.colspan))
            if up is None or not clean(up.text) or _is_figure(up.text):
                break
            index[id(up)].rowspan += c.rowspan
            absorbed.add(id(c))
    for c in b.cells:
        if id(c) not in absorbed:
            cells.append(c.model_copy(update={"row": c.row + shift}))
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(n_rows=shift + b.n_rows, n_cols=a.n_cols, cells=cells, source=a.source, caption=a.caption)


def try_join(a: Table, b: Table) -> Table | None:
    """The joined table when b continues a on the next page, else None."""
    _, a_last = _pages(a)
    b_first, _ = _pages(b)
    if a_last is None or b_first != a_last + 1:
        return None
    ea, eb = _edges(a), _edges(b)
    if ea is None or eb is None:
        if a.n_cols != b.n_cols:
            return None
        ma = mb = list(range(a.n_cols + 1))
        n_cols = a.n_cols
    else:
        tol = max(3.0, 0.012 * (ea[-1] - ea[0]))
        maps = _union(ea, eb, tol)
        if maps is None:
            return None
        ma, mb, n_cols = maps
    a2, b2 = _remap(a, ma, n_cols), _remap(b, mb, n_cols)
    b2 = _drop_repeated_header(a2, b2)
    return join(a2, b2)


def stitch(blocks: list[Block]) -> list[Block]:
    """Blocks with every table that continues on the next page joined to its first part."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if block.kind == "table" and block.table is not None and prev is not None and prev.kind == "table" and prev.table is not None:
            joined = try_join(prev.table, block.table)
            if joined is not None:
                out[-1] = prev.model_copy(update={"table": joined})
                continue
        out.append(block)
    return out

"""Plain-text and markdown dumps of reports.

Three shapes occur: `|`- or tab-separated rows (markdown tables, or web-page text dumps where
merged cells were flattened: "三、本年度办理结果 | (一)予以公开 | 17 | 1 | … | 18 | |"),
ordinary lines of narrative, and crawler dumps where a whole table became one run of
text (handled by `flattened.find_tables`). Every cell and block keeps its character
offsets into the decoded source.
"""

from __future__ import annotations

import re

from models import Block, Cell, Document, Provenance, Table

from ..errors import UnreadableFile
from .blocks import text_block
from .flattened import find_tables
from .textnorm import decode, is_traditional, normalize

_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _separator(line: str, tab_neighbour: bool = False) -> str | None:
    """`|` rows (markdown, web-page dumps), or tab-separated rows (a table copied from a
    browser). A line with a single tab ("行政许可\t616") is a row only next to another
    tab row: alone it is as likely a stray tab in prose."""
    if "|" in line and not _MD_RULE.match(line):
        return "|"
    tabs = line.count("\t")
    if tabs >= 2 or (tabs == 1 and tab_neighbour and line.strip("\t ").count("\t") == 1):
        return "\t"
    return None


def _cells(line: str, line_start: int, row: int, trad: bool, sep: str = "|") -> list[Cell]:
    """Split a row into cells with source offsets (markdown's outer pipes dropped)."""
    bounds = [-1] + [i for i, ch in enumerate(line) if ch == sep] + [len(line)]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        start = line_start + a + 1 + lead
        cells.append((stripped, start, start + len(stripped)))
    if line.lstrip().startswith("|") and cells and not cells[0][0]:
        cells = cells[1:]
    if line.rstrip().endswith("|") and line.lstrip().startswith("|") and cells and not cells[-1][0]:
        cells = cells[:-1]
    return [
        Cell(row=row, col=c, text=normalize(t, trad), source=Provenance(start=s, end=e))
        for c, (t, s, e) in enumerate(cells)
    ]


def _table(rows: list[list[Cell]]) -> Table:
    start, end = rows[0][0].source.start, rows[-1][-1].source.end
    return Table(
        n_rows=len(rows), n_cols=max(len(r) for r in rows), cells=[c for r in rows for c in r],
        source=Provenance(start=start, end=end),
    )


def _text_blocks(text: str, start: int, trad: bool) -> list[Block]:
    """A line of narrative: a heading if it is just a section title, else a paragraph;
    flattened tables inside it are cut out as table blocks."""
    blocks: list[Block] = []
    pos = 0
    for t_start, t_end, table in find_tables(text, offset=start):
        if text[pos:t_start].strip():
            blocks.append(_para(text[pos:t_start], start + pos, trad))
        for cell in table.cells:
            cell.text = normalize(cell.text, trad)
        blocks.append(Block(kind="table", table=table, source=table.source))
        pos = t_end
    if text[pos:].strip():
        blocks.append(_para(text[pos:], start + pos, trad))
    return blocks


def _para(text: str, start: int, trad: bool) -> Block:
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return text_block(normalize(body, trad), Provenance(start=start + lead, end=start + lead + len(body)))


def parse(text: str) -> list[Block]:
    trad = is_traditional(text)
    blocks: list[Block] = []
    rows: list[list[Cell]] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        before, after = lines[k - 1] if k else "", lines[k + 1] if k + 1 < len(lines) else ""
        sep = _separator(body, "\t" in before or "\t" in after)
        if sep is not None:
            rows.append(_cells(body, line_start, len(rows), trad, sep))
            continue
        if _MD_RULE.match(body) and rows:
            continue
        if rows:
            blocks.append(Block(kind="table", table=_table(rows), source=_table(rows).source))
            rows = []
        if body.strip():
            blocks.extend(_text_blocks(body, line_start, trad))
    if rows:
        blocks.append(Block(kind="table", table=_table(rows), source=_table(rows).source))
    return blocks


def read(path: str, data: bytes, sha256: str) -> Document:
    try:
        text = decode(data)
    except UnicodeDecodeError:
        raise UnreadableFile(path, "the text is in no encoding nianbao knows (UTF-8, UTF-16, GBK, GB18030)") from None
    return Document.build(path=path, format="text", sha256=sha256, blocks=parse(text))

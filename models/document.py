"""The one document model every input format is read into.

A `Document` is an ordered list of blocks (headings, paragraphs, tables). The text of
the heading and paragraph blocks, joined by newlines, is `Document.text`; narrative
offsets (`Mention.start/end`) index into it. Each block keeps where it came from in
the original file (`Provenance`), so nothing downstream recomputes positions or knows
which format the document had.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

Format = Literal["html", "pdf", "pdf-scanned", "image", "docx", "text"]


class Provenance(BaseModel):
    """Where something sits in the original file. Only the fields that apply are set."""

    page: int | None = None  # 1-based
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom (PDF points / image px)
    dom_path: str | None = None  # HTML: XPath of the element
    start: int | None = None  # text: character offsets into the decoded source text
    end: int | None = None


class Cell(BaseModel):
    """One printed cell, stored once at its top-left grid position."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    text: str = ""
    # True when the source lost the separators between several cells' figures
    # ("713000074" for 71|3|0|0|0|0|74): table mapping splits it using the form.
    run: bool = False
    # True when the source printed this cell's text once for one or more identical
    # consecutive cells (a crawler that stores one DOM text node per line and drops a
    # line repeating the one before: "9", "0", "9" for 9|0|0|0|0|0|9).
    repeated: bool = False
    # Set by OCR: the engine's confidence in the text, 0..1.
    confidence: float | None = None
    source: Provenance = Field(default_factory=Provenance)


class Table(BaseModel):
    n_rows: int
    n_cols: int
    cells: list[Cell]
    source: Provenance = Field(default_factory=Provenance)
    # The caption or heading printed just before the table, if any.
    caption: str | None = None

    def grid(self) -> list[list[Cell | None]]:
        """The expanded grid: every slot points at the cell that covers it."""
        n_rows, n_cols = self.n_rows, self.n_cols
        grid: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
        for cell in self.cells:
            row, col = cell.row, cell.col
            if cell.rowspan == 1 and cell.colspan == 1 and 0 <= row < n_rows and 0 <= col < n_cols:
                grid[row][col] = cell  # most cells cover one slot: no loops to set up
                continue
            for r in range(row, min(row + cell.rowspan, n_rows)):
                for c in range(col, min(col + cell.colspan, n_cols)):
                    grid[r][c] = cell
        return grid

    def rows(self) -> list[list[Cell]]:
        """Per row, the distinct cells that cover it, left to right."""
        out = []
        for row in self.grid():
            seen: list[Cell] = []
            for cell in row:
                if cell is not None and (not seen or seen[-1] is not cell):
                    seen.append(cell)
            out.append(seen)
        return out


class Block(BaseModel):
    kind: Literal["heading", "paragraph", "table"]
    text: str = ""  # headings and paragraphs
    table: Table | None = None
    source: Provenance = Field(default_factory=Provenance)
    # Offsets of `text` inside Document.text (set by `Document.build`).
    start: int | None = None
    end: int | None = None
    # Where `text` leaves out source characters (line breaks a crawler put inside a
    # sentence): (position in `text`, how many source characters are skipped before it).
    skipped: list[tuple[int, int]] = Field(default_factory=list)

    def source_offset(self, pos: int) -> int | None:
        """The source character offset of position `pos` of `text` (text formats)."""
        if self.source.start is None:
            return None
        return self.source.start + pos + sum(n for at, n in self.skipped if at <= pos)


class Document(BaseModel):
    path: str
    format: Format
    sha256: str
    pages: int | None = None
    blocks: list[Block]
    text: str = ""
    warnings: list[tuple[str, str]] = Field(default_factory=list)  # (code, message)
    _placed: tuple[int, list[Block]] | None = PrivateAttr(default=None)  # (len(blocks), text blocks by start)

    @classmethod
    def build(cls, *, path: str, format: Format, sha256: str, blocks: list[Block], **kw) -> "Document":
        """Assemble a document and lay the narrative text out with block offsets."""
        parts: list[str] = []
        pos = 0
        before: Block | None = None
        for block in blocks:
            if block.kind == "table":
                # The heading just above a table is its caption, unless the backend set one
                # ("### 行政复议" over one of 表四's three small tables).
                if (block.table is not None and block.table.caption is None and before is not None
                        and before.kind != "table" and len(before.text) <= 60):
                    block.table.caption = before.text.lstrip("#").strip()
                before = block
                continue
            before = block
            block.start, block.end = pos, pos + len(block.text)
            parts.append(block.text)
            pos = block.end + 1
        return cls(path=path, format=format, sha256=sha256, blocks=blocks, text="\n".join(parts), **kw)

    @property
    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.kind == "table" and b.table is not None]

    def source_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Document.text offsets → offsets into the decoded source file, where the format
        keeps them (text dumps): a mention found in a rejoined sentence still points at
        the characters of the original file."""
        block = self.block_at(start)
        if block is None or block.start is None or block.source.start is None:
            return None
        a = block.source_offset(start - block.start)
        b = block.source_offset(max(start, end - 1) - block.start)
        return (a, b + 1) if a is not None and b is not None else None

    def block_at(self, offset: int) -> Block | None:
        """The heading or paragraph block holding a Document.text offset (a binary search:
        every mention asks, and a document may hold hundreds of thousands of blocks)."""
        if self._placed is None or self._placed[0] != len(self.blocks):
            self._placed = (len(self.blocks), sorted((b for b in self.blocks if b.start is not None),
                                                     key=lambda b: b.start))
        placed = self._placed[1]
        i = bisect_right(placed, offset, key=lambda b: b.start) - 1
        return placed[i] if i >= 0 and offset <= placed[i].end else None

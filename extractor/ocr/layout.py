"""OCR lines into blocks: text boxes assigned to grid cells, the rest into paragraphs.

Coordinates are pixels of the upright, deskewed page image. A figure cell carries the
recogniser's confidence in its least certain digit, so table mapping can report a
doubtful digit as unreadable instead of trusting it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from models import Block, Cell, Provenance, Table

from ..ingest.blocks import starts_heading, text_block
from .engine import OcrLine
from .grid import Grid

# Letters the recogniser gives for damaged digits. Such a cell keeps the digit reading
# as its text but at confidence 0, so it is reported unreadable, never used silently.
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1",
                                   "|": "1", "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2",
                                   "z": "2", "g": "9", "q": "9", "b": "6", "。": "0", "〇": "0",
                                   "○": "0", "°": "0", "º": "0"})
_FIGURE_CHARS = re.compile(r"^[\d.,+\-%]+$")
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[-—–\s]*$|^\d{1,3}\s*/\s*\d{1,3}$")
UNREAD_MARK = "?"  # text of a cell with ink but no reading: read_cell calls it unreadable
# Prose lines scoring below this are speckle, handwriting or seal residue, not text. (Table
# cells keep every reading: there a low score is how a doubtful figure is flagged.)
PROSE_MIN_SCORE = 0.5


@dataclass
class _Piece:
    text: str
    bbox: tuple[float, float, float, float]
    confs: list[float] = field(default_factory=list)  # per character
    score: float = 1.0


@dataclass
class PageLayout:
    blocks: list[Block]
    # The last paragraph runs to the right margin: it may continue on the next page.
    open_end: bool = False
    # The first paragraph starts without an indent: it may continue the previous page.
    open_start: bool = False


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _inside(bbox, box, margin: float = 0.0) -> bool:
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return box[0] - margin <= cx <= box[2] + margin and box[1] - margin <= cy <= box[3] + margin


def _join(parts: list[str]) -> str:
    """Join pieces of one run of text: no space in Chinese, one between Latin words/figures."""
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " "
        out += p
    return out


def _split_line(line: OcrLine, cells: list[tuple[int, tuple]]) -> list[tuple[int, _Piece]]:
    """Cut a recognised line at the cell walls it crosses (figures of adjacent cells run
    together when a rule is faint); each character goes to the cell holding its centre."""
    hits = [(i, _overlap(line.bbox, box)) for i, box in cells]
    hits = [(i, a) for i, a in hits if a > 0]
    if not hits:
        return []
    area = (line.bbox[2] - line.bbox[0]) * (line.bbox[3] - line.bbox[1]) or 1.0
    main = max(hits, key=lambda t: t[1])[0]
    crossing = [i for i, a in hits if a / area > 0.15]
    if len(crossing) <= 1 or not line.chars:
        return [(main, _Piece(line.text, line.bbox, [c for _, c, _ in line.chars] or [line.score], line.score))]
    boxes = dict(cells)
    groups: dict[int, list] = {}
    for ch in line.chars:
        b = ch[2]
        target = next((i for i in crossing if _inside(b, boxes[i])), main)
        groups.setdefault(target, []).append(ch)
    out = []
    for i, chs in groups.items():
        bb = (min(c[2][0] for c in chs), min(c[2][1] for c in chs), max(c[2][2] for c in chs), max(c[2][3] for c in chs))
        confs = [c[1] for c in chs]
        out.append((i, _Piece("".join(c[0] for c in chs), bb, confs, float(np.mean(confs)))))
    return out


def _rows_of(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Group pieces into visual rows (vertical overlap), each sorted left to right."""
    rows: list[list[_Piece]] = []
    for p in sorted(pieces, key=lambda p: (p.bbox[1] + p.bbox[3]) / 2):
        if rows:
            last = rows[-1]
            top, bot = min(q.bbox[1] for q in last), max(q.bbox[3] for q in last)
            ov = min(bot, p.bbox[3]) - max(top, p.bbox[1])
            if ov > 0.5 * min(bot - top, p.bbox[3] - p.bbox[1]):
                last.append(p)
                continue
        rows.append([p])
    return [sorted(r, key=lambda p: p.bbox[0]) for r in rows]


def _cell_reading(pieces: list[_Piece]) -> tuple[str, float | None]:
    """Text and confidence of one cell from its pieces."""
    text = "".join(_join([p.text for p in row]) for row in _rows_of(pieces))
    compact = re.sub(r"\s+", "", text)
    digit_confs = [c for p in pieces for ch, c in zip(p.text.replace(" ", ""), p.confs) if ch.isdigit()]
    conf = min(digit_confs) if digit_confs else min(p.score for p in pieces)
    translated = compact.translate(_DIGIT_LOOKALIKES)
    if compact and compact != translated and _FIGURE_CHARS.match(translated) and any(ch.isdigit() for ch in compact):
        # "1O" for 10: the best reading is kept as text, but it is not a reading to trust.
        return translated, 0.0
    if compact and _FIGURE_CHARS.match(translated) and not any(ch.isdigit() for ch in compact):
        return translated, 0.0  # "O" alone
    return text, round(conf, 4)


def _cell_marks(ink_mask: np.ndarray, bbox, dpi: int) -> tuple[np.ndarray, int, int] | None:
    """The ink components inside a cell, clear of its rules (stats, interior width and
    height); None for a cell with no interior."""
    m = int(0.05 * dpi)
    x0, y0, x1, y1 = (int(bbox[0]) + m, int(bbox[1]) + m, int(bbox[2]) - m, int(bbox[3]) - m)
    if x1 <= x0 or y1 <= y0:
        return None
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink_mask[y0:y1, x0:x1], connectivity=8)
    return stats[1:n], x1 - x0, y1 - y0


def _has_ink(ink_mask: np.ndarray, bbox, dpi: int) -> bool:
    """Is there something printed inside the cell (apart from its rules and speckle)?"""
    inside = _cell_marks(ink_mask, bbox, dpi)
    if inside is None:
        return False
    stats, width, height = inside
    stroke = 0.06 * dpi  # a digit is at least this tall at 9 pt
    return any(h >= stroke and h < height * 0.95 and w < width * 0.95 for _, _, w, h, _ in stats)


def _is_dash(ink_mask: np.ndarray, bbox, dpi: int) -> bool:
    """Is the cell's only mark a short horizontal stroke ("—", "-": does not apply)? The text
    detector passes over it and `_has_ink` takes it for speckle (it is thinner than a digit
    is tall): one stroke, thin, at least a character wide, clear of the cell's sides and
    about its middle."""
    inside = _cell_marks(ink_mask, bbox, dpi)
    if inside is None:
        return False
    stats, width, height = inside
    marks = [s for s in stats if s[4] >= 0.0004 * dpi * dpi]  # not speckle
    if len(marks) != 1:
        return False
    x, y, w, h, _ = marks[0]
    cy = y + h / 2
    return (h <= 0.03 * dpi and w >= 0.08 * dpi and w >= 4 * h and x > 0 and x + w < width
            and 0.2 * height <= cy <= 0.8 * height)


def _table(grid: Grid, pieces: list[tuple[int, _Piece]], page: int, ink_mask: np.ndarray, dpi: int) -> Table:
    by_cell: dict[int, list[_Piece]] = {}
    for i, p in pieces:
        by_cell.setdefault(i, []).append(p)
    cells = []
    for i, g in enumerate(grid.cells):
        got = by_cell.get(i, [])
        if got:
            text, conf = _cell_reading(got)
        elif _has_ink(ink_mask, g.bbox, dpi):
            text, conf = UNREAD_MARK, 0.0  # ink the recogniser could not read
        elif _is_dash(ink_mask, g.bbox, dpi):
            text, conf = "—", 1.0  # the form's mark for "does not apply", too thin to detect as text
        else:
            text, conf = "", None
        cells.append(Cell(row=g.row, col=g.col, rowspan=g.rowspan, colspan=g.colspan, text=text,
                          confidence=conf, source=Provenance(page=page, bbox=_round(g.bbox))))
    return Table(n_rows=grid.n_rows, n_cols=grid.n_cols, cells=cells,
                 source=Provenance(page=page, bbox=_round(grid.bbox)))


def _round(b) -> tuple[float, float, float, float]:
    return tuple(round(float(v), 1) for v in b)  # type: ignore[return-value]


def _paragraphs(rows: list[list[_Piece]], page: int, width: int) -> tuple[list[tuple[float, Block]], bool, bool]:
    """Visual rows into paragraphs: a new paragraph after a short row, at an indent, or
    after a gap; headings are section titles standing alone."""
    if not rows:
        return [], False, False
    boxes = [(min(p.bbox[0] for p in r), min(p.bbox[1] for p in r), max(p.bbox[2] for p in r), max(p.bbox[3] for p in r)) for r in rows]
    heights = [b[3] - b[1] for b in boxes]
    ch = float(np.median(heights))  # a character's height ≈ its width in CJK text
    wide = [b for b in boxes if b[2] - b[0] > 0.5 * width] or boxes
    left = float(np.percentile([b[0] for b in wide], 10))
    right = float(np.percentile([b[2] for b in wide], 90))
    pitches = [b2[1] - b1[1] for b1, b2 in zip(boxes, boxes[1:]) if 0 < b2[1] - b1[1] < 4 * ch]
    pitch = float(np.median(pitches)) if pitches else 2 * ch
    out: list[tuple[float, Block]] = []
    cur: list[int] = []

    def flush():
        if not cur:
            return
        text = "".join(_join([p.text for p in rows[i]]) for i in cur)
        bb = (min(boxes[i][0] for i in cur), boxes[cur[0]][1], max(boxes[i][2] for i in cur), boxes[cur[-1]][3])
        out.append((bb[1], text_block(text, Provenance(page=page, bbox=_round(bb)))))
        cur.clear()

    for k, b in enumerate(boxes):
        if cur:
            prev = boxes[cur[-1]]
            short = prev[2] < right - 1.5 * ch
            indented = b[0] > left + 1.2 * ch
            gap = b[1] - prev[1] > 1.6 * pitch
            if short or indented or gap or starts_heading(_join([p.text for p in rows[k]])):
                flush()
        cur.append(k)
    flush()
    open_start = boxes[0][0] <= left + 0.6 * ch
    open_end = boxes[-1][2] >= right - 1.5 * ch
    return out, open_start, open_end


def page_blocks(lines: list[OcrLine], grids: list[Grid], page: int, shape: tuple[int, int],
                dpi: int, ink_mask: np.ndarray) -> PageLayout:
    """Blocks of one page in reading order (top to bottom; tables where they stand)."""
    h, w = shape
    tables = [g for g in grids if g.n_cols >= 2]  # a one-column frame holds prose
    margin = 0.02 * dpi
    per_table: list[list[tuple[int, _Piece]]] = [[] for _ in tables]
    boxes = [np.array([c.bbox for c in g.cells], dtype=float).reshape(-1, 4) for g in tables]
    prose: list[_Piece] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        home = next((t for t, g in enumerate(tables) if _inside(line.bbox, g.bbox, margin)), None)
        if home is not None:
            b = boxes[home]  # only the cells the line's box overlaps
            x0, y0, x1, y1 = line.bbox
            near = np.flatnonzero((b[:, 0] < x1) & (b[:, 2] > x0) & (b[:, 1] < y1) & (b[:, 3] > y0))
            per_table[home].extend(_split_line(line, [(int(i), tables[home].cells[i].bbox) for i in near]))
            continue
        cy = (line.bbox[1] + line.bbox[3]) / 2
        if (cy < 0.1 * h or cy > 0.9 * h) and _PAGE_NUMBER.match(text):
            continue  # running page number
        if line.score < PROSE_MIN_SCORE:
            continue
        prose.append(_Piece(text, line.bbox, [c for _, c, _ in line.chars], line.score))
    placed: list[tuple[float, Block]] = []
    # Prose between tables is laid out separately, so a paragraph never runs across a table.
    cuts = sorted([g.bbox[1] for g in tables] + [g.bbox[3] for g in tables])
    bands: dict[int, list[_Piece]] = {}
    for p in prose:
        cy = (p.bbox[1] + p.bbox[3]) / 2
        bands.setdefault(sum(1 for c in cuts if c < cy), []).append(p)
    open_start = open_end = False
    first_band, last_band = (min(bands), max(bands)) if bands else (None, None)
    for band, pieces in sorted(bands.items()):
        paras, o_start, o_end = _paragraphs(_rows_of(pieces), page, w)
        placed.extend(paras)
        if band == first_band == 0:
            open_start = o_start
        if band == last_band == len(cuts):
            open_end = o_end
    for g, pieces in zip(tables, per_table):
        table = _table(g, pieces, page, ink_mask, dpi)
        placed.append((g.bbox[1], Block(kind="table", table=table, source=table.source)))
    placed.sort(key=lambda t: t[0])
    blocks = [b for _, b in placed]
    for i, b in enumerate(blocks):  # caption: the text just above a table
        if b.kind == "table" and i and blocks[i - 1].kind != "table":
            above = blocks[i - 1].source.bbox
            if above and b.source.bbox and b.source.bbox[1] - above[3] < 0.6 * dpi:
                b.table.caption = blocks[i - 1].text
    if blocks and blocks[0].kind == "table":
        open_start = False
    if blocks and blocks[-1].kind == "table":
        open_end = False
    return PageLayout(blocks=blocks, open_end=open_end, open_start=open_start)

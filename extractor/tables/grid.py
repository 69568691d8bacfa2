"""Ruled grids → cells with spans.

A table finder (pdfplumber for text PDFs, the OCR grid finder for scans) gives one
bounding box per printed cell; a merged cell is one box covering several slots. The
grid lines are the distinct cell edges; a cell's row/col is where its top-left edge
sits and its span is how many grid lines it crosses.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Slot:
    row: int
    col: int
    rowspan: int
    colspan: int


def cluster(values: list[float], tol: float) -> list[float]:
    """Sorted representatives of values, merging those within `tol` of the previous one."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(lines: list[float], v: float, tol: float) -> int:
    """Index of the grid line nearest `v` (they are clustered, so within tol)."""
    i = bisect_left(lines, v - tol)
    if i >= len(lines):
        return len(lines) - 1
    if i + 1 < len(lines) and abs(lines[i + 1] - v) < abs(lines[i] - v):
        return i + 1
    return i


def grid_lines(bboxes: list[BBox], tol: float = 2.0) -> tuple[list[float], list[float]]:
    """Column (x) and row (y) grid lines implied by the cell boxes."""
    xs = cluster([b[0] for b in bboxes] + [b[2] for b in bboxes], tol)
    ys = cluster([b[1] for b in bboxes] + [b[3] for b in bboxes], tol)
    return xs, ys


def spans(bboxes: list[BBox], tol: float = 2.0) -> tuple[list[Slot], list[float], list[float]]:
    """Each box's grid slot (row, col, rowspan, colspan), plus the column and row lines."""
    xs, ys = grid_lines(bboxes, tol)
    slots = []
    for x0, top, x1, bottom in bboxes:
        c0, c1 = _index(xs, x0, tol), _index(xs, x1, tol)
        r0, r1 = _index(ys, top, tol), _index(ys, bottom, tol)
        slots.append(Slot(r0, c0, max(1, r1 - r0), max(1, c1 - c0)))
    return slots, xs, ys

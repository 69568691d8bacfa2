"""Ruling-line grids on drawn pages (no OCR): rows, columns, merged cells, skew."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extractor.ocr.engine import OcrLine
from extractor.ocr.grid import Segment, _coverage, find_tables
from extractor.ocr.render import rotate, skew_angle

DPI = 200
XS = [200, 600, 800, 1000, 1200]  # 4 columns
YS = [300, 380, 460, 540, 620, 700]  # 5 rows


def _page() -> np.ndarray:
    """A table whose header spans columns 1–3 and whose first column spans rows 1–3,
    plus a stroke inside a cell that touches neither rule, and paragraph-like ink."""
    img = np.full((2300, 1650), 255, np.uint8)
    for y in YS:
        x_from = XS[1] if y in (460, 540) else XS[0]  # no rule across column 0 inside its span
        cv2.line(img, (x_from, y), (XS[-1], y), 0, 2)
    cv2.line(img, (XS[0], YS[0]), (XS[0], YS[-1]), 0, 2)
    cv2.line(img, (XS[-1], YS[0]), (XS[-1], YS[-1]), 0, 2)
    cv2.line(img, (XS[1], YS[0]), (XS[1], YS[-1]), 0, 2)
    for x in XS[2:-1]:  # no rule inside the header span
        cv2.line(img, (x, YS[1]), (x, YS[-1]), 0, 2)
    cv2.line(img, (700, 395), (700, 445), 0, 3)  # a long character stroke, inside a cell
    for i in range(12):  # lines of "text" below the table
        y = 900 + 60 * i
        for x in range(220, 1400, 40):
            cv2.rectangle(img, (x, y), (x + 28, y + 30), 0, 2)
    return img


def _spans(grid):
    return {(c.row, c.col): (c.rowspan, c.colspan) for c in grid.cells}


def test_rules_rows_columns_and_spans():
    (grid,) = find_tables(_page(), DPI)
    assert (grid.n_rows, grid.n_cols) == (5, 4)
    spans = _spans(grid)
    assert spans[(0, 1)] == (1, 3)  # header across three columns
    assert spans[(1, 0)] == (3, 1)  # label down three rows
    assert spans[(0, 0)] == (1, 1) and spans[(4, 0)] == (1, 1)
    assert len(grid.cells) == 2 + 1 + 3 * 3 + 4  # every slot covered exactly once
    assert grid.bbox == pytest.approx((200, 300, 1200, 700), abs=6)


def test_finer_scan_is_searched_coarser_but_answered_in_its_own_pixels():
    big = cv2.resize(_page(), None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)  # 300 dpi
    (grid,) = find_tables(big, 300)
    assert (grid.n_rows, grid.n_cols) == (5, 4)
    assert _spans(grid)[(0, 1)] == (1, 3) and _spans(grid)[(1, 0)] == (3, 1)
    assert grid.bbox == pytest.approx((300, 450, 1800, 1050), abs=8)
    assert grid.cells[-1].bbox == pytest.approx((1500, 930, 1800, 1050), abs=8)


@pytest.mark.parametrize("angle", [1.6, -2.4])
def test_skew_is_measured_and_undone(angle):
    page = rotate(_page(), angle)
    measured = skew_angle(page)
    assert measured == pytest.approx(-angle, abs=0.15)
    (grid,) = find_tables(rotate(page, measured), DPI)
    assert (grid.n_rows, grid.n_cols) == (5, 4)
    assert _spans(grid)[(0, 1)] == (1, 3) and _spans(grid)[(1, 0)] == (3, 1)


def test_strokes_inside_recognised_text_are_not_rules():
    """Large characters touch two rules in tight tables; a rule inside a line of text is a stroke."""
    img = _page()
    # "Strokes" from rule to rule at the same x in rows 3 and 4 of column 2.
    cv2.line(img, (900, 542), (900, 618), 0, 3)
    cv2.line(img, (900, 622), (900, 698), 0, 3)
    assert find_tables(img, DPI)[0].n_cols == 5  # without the text, they look like a wall
    lines = [OcrLine(text="本年制发件数", score=0.99, quad=np.array([[820, y], [990, y], [990, y + 62], [820, y + 62]], float))
             for y in (550, 630)]
    (grid,) = find_tables(img, DPI, lines)
    assert grid.n_cols == 4


def _header_at_page_foot(inner_walls: bool = True) -> np.ndarray:
    """A table's first two rows at the foot of a page: a title row across the table, then
    one row of column heads, whose walls (0.3 in) are the only inner walls drawn."""
    img = np.full((2300, 1650), 255, np.uint8)
    xs, ys = [200, 600, 900, 1200, 1500], [2000, 2060, 2120]
    for y in ys:
        cv2.line(img, (xs[0], y), (xs[-1], y), 0, 2)
    for x in (xs[0], xs[-1]):
        cv2.line(img, (x, ys[0]), (x, ys[-1]), 0, 2)
    if inner_walls:
        for x in xs[1:-1]:
            cv2.line(img, (x, ys[1]), (x, ys[2]), 0, 2)
    return img


def _quad(x0, x1, y0, y1) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)


def _heads() -> list[OcrLine]:
    return [OcrLine(text="第二十条第（一）项", score=0.99, quad=_quad(720, 980, 2010, 2050))] + [
        OcrLine(text=t, score=0.99, quad=_quad(x0 + 40, x1 - 40, 2070, 2110))
        for t, x0, x1 in (("信息内容", 200, 600), ("本年新制作数量", 600, 900), ("本年新公开数量", 900, 1200),
                          ("对外公开总数量", 1200, 1500))]


def test_walls_of_a_tables_only_row_on_the_page_count():
    """Shorter than a lone rule may be and lined up with no other wall, they still stand
    inside the table between two of its rules: a 2 × 4 header, not a 2 × 1 frame."""
    for lines in (_heads(), None):
        (grid,) = find_tables(_header_at_page_foot(), DPI, lines)
        assert (grid.n_rows, grid.n_cols) == (2, 4)
        spans = _spans(grid)
        assert spans[(0, 0)] == (1, 4) and all(spans[(1, c)] == (1, 1) for c in range(4))


def test_lone_stroke_through_text_or_between_underlines_is_no_wall():
    img = _header_at_page_foot(inner_walls=False)
    cv2.line(img, (750, 2062), (750, 2118), 0, 3)  # the "1" of a figure, rule to rule
    figure = OcrLine(text="2019", score=0.99, quad=_quad(700, 820, 2066, 2114))
    (grid,) = find_tables(img, DPI, _heads()[:1] + [figure])
    assert grid.n_cols == 1
    # Two underlined lines of text and a stroke joining them: no table at all.
    page = np.full((1200, 1650), 255, np.uint8)
    cv2.line(page, (300, 500), (900, 500), 0, 2)
    cv2.line(page, (300, 560), (900, 560), 0, 2)
    cv2.line(page, (600, 500), (600, 560), 0, 3)
    assert find_tables(page, DPI) == []


def test_middle_page_of_a_long_table_has_no_top_or_bottom_rule():
    """A browser prints no rule where it breaks a table: on a page the table runs across,
    every wall has both ends in the open, crossing the rules of the rows between."""
    img = np.full((2300, 1650), 255, np.uint8)
    for x in XS:
        cv2.line(img, (x, 100), (x, 1900), 0, 2)
    rows = range(300, 1900, 200)
    for y in rows:
        cv2.line(img, (XS[0], y), (XS[-1], y), 0, 2)
    (grid,) = find_tables(img, DPI)
    assert grid.n_cols == 4 and grid.n_rows == len(rows) + 1  # the cut rows at both ends too
    assert grid.bbox == pytest.approx((200, 100, 1200, 1900), abs=6)
    assert all((c.rowspan, c.colspan) == (1, 1) for c in grid.cells)
    # Cut by the break below, with one rule crossed and the walls' tops short of the rule
    # above (drawn from below a label cell's padding): still the table's two rows.
    img = np.full((2300, 1650), 255, np.uint8)
    cv2.line(img, (XS[0], 1500), (XS[-1], 1500), 0, 2)
    cv2.line(img, (XS[0], 1700), (XS[-1], 1700), 0, 2)
    for x in XS:
        cv2.line(img, (x, 1540 if x == XS[1] else 1500), (x, 1900), 0, 2)  # the label's wall short
    (grid,) = find_tables(img, DPI)
    assert (grid.n_rows, grid.n_cols) == (2, 4)
    assert all((c.rowspan, c.colspan) == (1, 1) for c in grid.cells)


def test_blocks_drawing_a_wall_a_little_apart_keep_it_in_both():
    """表二's blocks put a column's wall a few pixels apart (the colspans move between
    blocks): one boundary, drawn by the rules of both — not the better one alone, which
    merged every cell of the other block into its neighbour."""
    img = np.full((2300, 1650), 255, np.uint8)
    ys = [300, 380, 460, 540, 620]
    for y in ys:
        cv2.line(img, (XS[0], y), (XS[-1], y), 0, 2)
    for x in (XS[0], XS[-1]):
        cv2.line(img, (x, ys[0]), (x, ys[-1]), 0, 2)
    for x0 in XS[1:-1]:
        cv2.line(img, (x0, ys[0]), (x0, ys[2]), 0, 2)  # the upper block's walls
        cv2.line(img, (x0 + 12, ys[2]), (x0 + 12, ys[-1]), 0, 2)  # the lower block's, 12 px on
    (grid,) = find_tables(img, DPI)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert all((c.rowspan, c.colspan) == (1, 1) for c in grid.cells)


def test_a_wall_piece_beyond_the_slot_adds_nothing_to_its_cover():
    """A wall drawn above and below a slot but not beside it covers none of it: a piece
    past the slot's end once counted negative and hid the piece that does cover it."""
    pieces = [Segment(152, 56, 243), Segment(152, 340, 436)]
    assert _coverage(pieces, 173, 248, 4.5) == pytest.approx((243 + 4.5 - 173) / 75)
    assert _coverage(pieces, 250, 330, 4.5) == 0.0

"""Cross-page table stitching and ruled-grid spans, on hand-made tables (format-agnostic)."""

from __future__ import annotations

from models import Block, Cell, Provenance, Table
from extractor.tables.grid import spans
from extractor.tables.stitch import stitch, try_join

EDGES = [70.0, 200.0, 260.0, 320.0, 380.0]  # x of the column rules: label + 3 figures


def _table(page: int, rows: list[list[str | tuple[str, int, int]]], edges=EDGES, top: float = 100.0) -> Table:
    """Rows of cell texts; a (text, rowspan, colspan) tuple is a merged cell; None is covered."""
    cells = []
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            if item is None:
                continue
            text, rowspan, colspan = item if isinstance(item, tuple) else (item, 1, 1)
            bbox = (edges[c], top + 20 * r, edges[c + colspan], top + 20 * (r + rowspan))
            cells.append(Cell(row=r, col=c, rowspan=rowspan, colspan=colspan, text=text,
                              source=Provenance(page=page, bbox=bbox)))
    n_cols = len(edges) - 1
    return Table(n_rows=len(rows), n_cols=n_cols, cells=cells,
                 source=Provenance(page=page, bbox=(edges[0], top, edges[-1], top + 20 * len(rows))))


def _texts(table: Table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows()]


def _block(table: Table) -> Block:
    return Block(kind="table", table=table, source=table.source)


HEADER = ["项目", "甲", "乙", "总计"]


def test_repeated_header_dropped_and_rows_appended():
    a = _table(3, [HEADER, ["一、新收", "1", "2", "3"]])
    b = _table(4, [HEADER, ["二、结转", "0", "1", "1"]])
    joined = try_join(a, b)
    assert _texts(joined) == [HEADER, ["一、新收", "1", "2", "3"], ["二、结转", "0", "1", "1"]]
    assert [c.source.page for c in joined.rows()[2]] == [4, 4, 4, 4]


def test_merged_label_cut_by_the_break_runs_on():
    a = _table(3, [[("三、办理结果", 2, 1), "（一）公开", "1", "1"], [None, "（二）部分", "2", "2"]])
    b = _table(4, [[("", 2, 1), "（三）不予", "0", "0"], [None, "（七）总计", "3", "3"]])
    joined = try_join(a, b)
    outcome = next(c for c in joined.cells if c.text == "三、办理结果")
    assert outcome.rowspan == 4
    assert not any(c.text == "" for c in joined.cells)
    assert [r[0].text for r in joined.rows()] == ["三、办理结果"] * 4


def test_blank_figure_cells_are_not_taken_for_a_cut_span():
    a = _table(3, [["行政许可", "5", "", "5"]])
    b = _table(4, [["", "", "", ""], ["行政处罚", "1", "1", "2"]])
    joined = try_join(a, b)
    assert joined.n_rows == 3  # the blank row stays a row of its own


def test_row_split_label_here_figures_there():
    a = _table(3, [HEADER, ["（二）部分公开（区分处理的，只计这一情形，", "", "", ""]])
    b = _table(4, [["", "4", "0", "4"]])
    joined = try_join(a, b)
    assert joined.n_rows == 2
    row = joined.rows()[1]
    assert [c.text for c in row] == ["（二）部分公开（区分处理的，只计这一情形，", "4", "0", "4"]
    assert row[1].source.page == 4  # the figure points where it is printed


def test_row_split_label_tail_on_the_next_page():
    a = _table(3, [HEADER, ["（二）部分公开（区分处理的，只计这一情形，", "4", "0", "4"]])
    b = _table(4, [["不计其他情形）", "", "", ""], ["（三）不予公开", "1", "0", "1"]])
    joined = try_join(a, b)
    assert _texts(joined)[1][0] == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    assert joined.n_rows == 3


def test_header_row_then_data_row_are_two_rows():
    a = _table(1, [["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]])
    b = _table(2, [["行政事业性收费", "6", "-1", "3"]])
    assert try_join(a, b).n_rows == 2


def test_fewer_wider_columns_land_in_their_slots():
    a = _table(2, [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "3"]])
    b = _table(3, [["信息内容", "本年处理决定数量"], ["行政处罚", "412"]], edges=[70.0, 200.0, 380.0])
    joined = try_join(a, b)
    assert joined.n_cols == 4
    last = joined.rows()[-1]
    assert [(c.text, c.col, c.colspan) for c in last] == [("行政处罚", 0, 1), ("412", 1, 3)]


def test_not_joined_across_a_gap_in_pages_or_different_widths():
    a = _table(2, [HEADER, ["一、新收", "1", "2", "3"]])
    assert try_join(a, _table(4, [["二、结转", "0", "1", "1"]])) is None
    narrow = _table(3, [["二、结转", "0", "1", "1"]], edges=[70.0, 150.0, 200.0, 250.0, 300.0])
    assert try_join(a, narrow) is None


def test_stitch_only_joins_tables_that_follow_each_other():
    a = _table(3, [HEADER, ["一、新收", "1", "2", "3"]])
    b = _table(4, [["二、结转", "0", "1", "1"]])
    heading = Block(kind="heading", text="四、行政复议", source=Provenance(page=4))
    assert len(stitch([_block(a), _block(b)])) == 1
    assert len(stitch([_block(a), heading, _block(b)])) == 3


def test_grid_spans_from_cell_boxes():
    boxes = [(0, 0, 30, 20), (30, 0, 90, 10), (30, 10, 60, 20), (60, 10, 90, 20), (0, 20, 30, 30.4), (30, 20.6, 90, 30)]
    slots, xs, ys = spans(boxes)
    assert xs == [0, 30, 60, 90] and len(ys) == 4
    assert [(s.row, s.col, s.rowspan, s.colspan) for s in slots] == [
        (0, 0, 2, 1), (0, 1, 1, 2), (1, 1, 1, 1), (1, 2, 1, 1), (2, 0, 1, 1), (2, 1, 1, 2),
    ]


def test_repeated_header_found_below_a_title_row_that_is_not_repeated():
    a = _table(3, [[("表三 申请情况", 1, 4)], HEADER, ["一、新收", "1", "2", "3"]])
    b = _table(4, [HEADER, ["二、结转", "0", "1", "1"]])
    joined = try_join(a, b)
    assert [r[0].text for r in joined.rows()] == ["表三 申请情况", "项目", "一、新收", "二、结转"]

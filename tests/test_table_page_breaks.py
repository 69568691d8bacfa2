"""表三 rows a page break cut, as a browser prints them: the empty tail of a rowspan left on
the page before, and a row seen twice through the rowspan a stub rule split."""

from __future__ import annotations

from extractor.tables.standard import map_tables
from models import Block, Cell, Document, Provenance, Table

HEADER = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
ITEMS = [("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0"),
         ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0"),
         ("3.其他", "0")]


def _t3(remnant: bool, stub: bool) -> Table:
    cells: list[Cell] = []

    def put(r, c, text, rowspan=1, colspan=1):
        cells.append(Cell(row=r, col=c, rowspan=rowspan, colspan=colspan, text=text, source=Provenance(page=1)))

    put(0, 0, "申请人情况", colspan=3)
    for c, word in enumerate(HEADER):
        put(0, 3 + c, word)
    put(1, 0, "一、本年新收政府信息公开申请", colspan=3)
    for c in range(7):
        put(1, 3 + c, "1" if c in (0, 6) else "0")
    rows = 3 + int(remnant) + int(stub)
    put(2, 0, "三、本年度办理结果", rowspan=rows + 1)
    put(2, 1, "（六）其他处理", rowspan=rows)
    r = 2
    for i, (label, figure) in enumerate(ITEMS):
        span = 2 if stub and i == 0 else 1  # a stub rule under the label splits this row in two
        put(r, 2, label, rowspan=span)
        for c in range(7):
            put(r, 3 + c, figure, rowspan=span)
        if span == 2:
            put(r + 1, 10, "")  # a sliver slot by the stub: the only cell starting in the second grid row
        r += span
        if remnant and i == 0:
            put(r, 2, "", colspan=1)  # the rowspan's empty tail before the page break: one empty cell
            r += 1
    put(r, 1, "（七）总计", colspan=2)
    for c in range(7):
        put(r, 3 + c, "1" if c in (0, 6) else "0")
    return Table(n_rows=r + 1, n_cols=11, cells=cells, source=Provenance(page=1))


def _mapped(table: Table):
    doc = Document.build(path="t.pdf", format="pdf", sha256="0" * 64,
                         blocks=[Block(kind="table", table=table, source=table.source)])
    return map_tables(doc)


def test_rows_cut_by_a_page_break_read_once_and_quietly():
    for remnant, stub in ((False, False), (True, False), (False, True), (True, True)):
        mapped = _mapped(_t3(remnant, stub))
        got = {f.metric: (f.status, f.value) for f in mapped.facts if not f.derived}
        assert got["t3.other.overdue_correction.total"] == ("value", 0)
        assert got["t3.other.other.natural_person"] == ("value", 0)
        assert got["t3.total.total"] == ("value", 1)
        assert not any(m.startswith("t3.other.") and m.count(".") == 2 for m in got), (remnant, stub)
        assert mapped.warnings == [], (remnant, stub, mapped.warnings)

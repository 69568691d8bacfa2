"""Word .docx: the real blank 2021 form, and a small document made here with merged cells."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from extractor import extract
from extractor.errors import UnreadableFile, UnsupportedFormat
from extractor.ingest import read
from models import vocabulary


def _expected_2021_ids() -> set[str]:
    voc = vocabulary()
    t2 = {f"t2.{m}" for m in voc.t2_layouts["2021"]}
    cols = ["natural_person", "commercial", "research", "social", "legal_service", "other_org", "total"]
    t3 = {f"t3.{r}.{c}" for r in voc.t3_value_rows(False) for c in cols}
    t4 = {f"t4.{g}.{c}" for g in ("reconsideration", "litigation_direct", "litigation_after")
          for c in ("upheld", "corrected", "other", "pending", "total")}
    return t2 | t3 | t4


def test_blank_2021_form_maps_every_row_and_column_blank(real_corpus):
    report = extract(real_corpus / "blank-template-2021.docx")
    printed = {f.metric: f for f in report.facts if not f.derived}
    expected = _expected_2021_ids()
    assert len([m for m in expected if m.startswith("t3.")]) == 25 * 7
    assert expected <= set(printed), sorted(expected - set(printed))[:10]
    assert {f.status for f in printed.values()} == {"blank"}
    assert report.meta.layout == "2021"
    assert report.meta.sections_found == list("一二三四五六")
    assert report.source.format == "docx"


def test_blank_form_grid_keeps_merged_cells_once(real_corpus):
    doc = read(real_corpus / "blank-template-2021.docx")
    t3 = next(t for t in doc.tables if any("本年新收" in c.text for c in t.cells))
    outcome = [c for c in t3.cells if c.text == "三、本年度办理结果"]
    assert len(outcome) == 1 and outcome[0].rowspan == 22 and outcome[0].col == 0
    applicant = next(c for c in t3.cells if c.text == "申请人情况")
    assert (applicant.col, applicant.colspan) == (3, 7)
    for row in t3.rows()[3:]:  # label cell(s) then 7 value cells
        assert len([c for c in row if c.col >= 3]) == 7
    assert all(c.source.dom_path and "/w:tbl[2]/" in c.source.dom_path for c in t3.cells)


def _make_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("一、总体情况", level=1)
    d.add_paragraph("本年度共收到政府信息公开申请 12 件。")
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "项目"  # vMerge
    t.cell(0, 1).merge(t.cell(0, 3)).text = "申请人情况"  # gridSpan
    for c, text in zip((1, 2, 3), ("自然人", "法人", "总计")):
        t.cell(1, c).text = text
    for r, (label, values) in enumerate((("新收\n数量", ("10", "2", "12")), ("结转", ("0", "", "0"))), start=2):
        t.cell(r, 0).text = label
        for c, v in zip((1, 2, 3), values):
            t.cell(r, c).text = v
    d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    d.save(path)


def test_docx_paragraphs_and_merged_cells(tmp_path):
    path = tmp_path / "made.docx"
    _make_docx(path)
    doc = read(path)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "heading", "table", "heading"]
    table = doc.tables[0]
    assert (table.n_rows, table.n_cols) == (4, 4)
    by_text = {c.text: c for c in table.cells}
    assert (by_text["项目"].rowspan, by_text["项目"].colspan) == (2, 1)
    assert (by_text["申请人情况"].col, by_text["申请人情况"].colspan) == (1, 3)
    assert [c.text for c in table.rows()[2]] == ["新收数量", "10", "2", "12"]  # wrapped label joined
    assert [c.text for c in table.rows()[3]] == ["结转", "0", "", "0"]  # a blank stays blank
    assert "共收到政府信息公开申请 12 件" in doc.text


def test_a_table_attribute_python_docx_cannot_read_is_a_damaged_file(tmp_path):
    """A gridSpan with no w:val (found by tests/test_fuzz.py): python-docx raises its own
    InvalidXmlError only when the table is read; it is a damaged file, not an internal error."""
    import zipfile

    good, broken = tmp_path / "good.docx", tmp_path / "broken.docx"
    _make_docx(good)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                assert b'<w:gridSpan w:val="3"/>' in data
                data = data.replace(b'<w:gridSpan w:val="3"/>', b"<w:gridSpan/>")
            dst.writestr(item, data)
    with pytest.raises(UnreadableFile, match="damaged"):
        read(broken)


def test_damaged_docx_and_legacy_doc_are_reported(tmp_path):
    broken = tmp_path / "broken.docx"
    good = tmp_path / "good.docx"
    _make_docx(good)
    import zipfile

    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut the XML in half
            dst.writestr(item, data)
    with pytest.raises(UnreadableFile):
        read(broken)
    legacy = tmp_path / "report.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    with pytest.raises(UnsupportedFormat) as err:
        read(legacy)
    assert ".doc" in err.value.reason

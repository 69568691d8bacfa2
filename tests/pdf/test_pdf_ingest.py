"""Text PDFs: the real hongze-2023 report and the project's own samples, end to end.

Every gold cell must come out exactly, with the page it is printed on and a bbox that
lies inside its table; narrative counts, headers/footers, the table of contents and
the reconciliation findings are checked on the same documents.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

import pypdf
import pytest

from extractor import extract
from extractor.errors import EncryptedFile, NeedsOCR, UnsupportedFormat
from extractor.ingest import read
from gold import cell_mismatches

SAMPLES = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "pdf"
SAMPLE_NAMES = ["songlin-2022", "hexi-2020"]


def squash(s: str) -> str:
    return "".join(s.split())


@cache
def _report(path: str):
    return extract(path)


@cache
def _doc(path: str):
    return read(path)


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _located(report) -> list[str]:
    """Printed facts lacking a page or a bbox."""
    return [f.metric for f in report.facts if not f.derived and (f.source.page is None or f.source.bbox is None)]


def _bbox_inside_table(doc, report) -> list[str]:
    """Facts whose bbox is not inside the bbox of a table part on the same page."""
    parts = {}
    for t_index, table in enumerate(doc.tables):
        for cell in table.cells:
            parts.setdefault((t_index, cell.source.page), []).append(cell.source.bbox)
    bad = []
    for f in report.facts:
        if f.derived:
            continue
        boxes = parts.get((f.source.table, f.source.page), [])
        x0, top, x1, bottom = f.source.bbox
        if not boxes or not (
            min(b[0] for b in boxes) - 1 <= x0 < x1 <= max(b[2] for b in boxes) + 1
            and min(b[1] for b in boxes) - 1 <= top < bottom <= max(b[3] for b in boxes) + 1
        ):
            bad.append(f.metric)
    return bad


# ---------------------------------------------------------------- the real report


def test_hongze_every_gold_cell_exact_with_page_and_bbox(real_corpus):
    path = str(real_corpus / "hongze-2023.pdf")
    report = _report(path)
    gold = _gold(real_corpus / "hongze-2023.gold.json")
    assert cell_mismatches(report, gold) == []
    assert _located(report) == []
    assert _bbox_inside_table(_doc(path), report) == []
    assert report.meta.layout == gold["layout"]
    assert report.source.format == "pdf"


def test_hongze_table3_is_one_grid_across_pages_3_and_4(real_corpus):
    doc = _doc(str(real_corpus / "hongze-2023.pdf"))
    t3 = [t for t in doc.tables if any("本年新收" in c.text for c in t.cells)]
    assert len(t3) == 1
    table = t3[0]
    assert {c.source.page for c in table.cells} == {3, 4}
    # the merged label cell cut by the break runs on over the continuation
    outcome = next(c for c in table.cells if squash(c.text) == "三、本年度办理结果")
    last = next(c for c in table.cells if squash(c.text) == "(七)总计")
    assert outcome.row + outcome.rowspan - 1 == last.row
    # each data row reads label cell(s) then 7 value cells
    for row in table.rows():
        figures = [c for c in row if re.fullmatch(r"\d+", c.text)]
        assert len(figures) in (0, 7)


def test_hongze_framed_narrative_reads_as_paragraphs(real_corpus):
    doc = _doc(str(real_corpus / "hongze-2023.pdf"))
    for table in doc.tables:  # no table holds a sentence of the narrative
        assert not any("。" in c.text for c in table.cells)
    gold = _gold(real_corpus / "hongze-2023.gold.json")
    text = squash(doc.text)
    for count in gold["narrative_counts"]:
        assert squash(count["quote"]) in text
    # page numbers "- 1 -" … are gone, the paragraphs run across the page break
    assert not re.search(r"^\s*-\s*\d+\s*-\s*$", doc.text, re.M)
    assert "严格执行“分级审核、先审后发”程序" in doc.text


def test_hongze_narrative_counts_and_real_errors(real_corpus):
    report = _report(str(real_corpus / "hongze-2023.pdf"))
    gold = _gold(real_corpus / "hongze-2023.gold.json")
    for count in gold["narrative_counts"]:
        assert any(
            m.value == count["value"] and squash(m.text) in squash(count["quote"]) for m in report.mentions
        ), count["quote"]
    found = {(f.rule, f.reported, f.computed) for f in report.findings}
    for known in gold["known_inconsistencies"]:
        assert (known["kind"], known["reported"], known["computed"]) in found


# ---------------------------------------------------------------- the project's samples


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_every_gold_cell_exact_with_page_and_bbox(name):
    path = str(SAMPLES / f"{name}.pdf")
    gold = _gold(SAMPLES / f"{name}.gold.json")
    report = _report(path)
    assert cell_mismatches(report, gold) == []
    assert _located(report) == []
    assert _bbox_inside_table(_doc(path), report) == []
    assert report.meta.layout == gold["layout"]
    assert report.findings == [] or all(f.severity != "error" for f in report.findings)
    for table_id, pages in gold["pages"].items():
        printed = {f.source.page for f in report.facts if f.metric.startswith(table_id + ".") and not f.derived}
        assert printed == set(pages), table_id


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_table3_crossing_the_page_is_one_grid(name):
    doc = _doc(str(SAMPLES / f"{name}.pdf"))
    t3 = [t for t in doc.tables if any("本年新收" in c.text for c in t.cells)]
    assert len(t3) == 1
    table = t3[0]
    assert len({c.source.page for c in table.cells}) == 2
    # a header repeated on the new page is dropped: one 申请人情况 cell, 3 header + 25/23 rows
    assert sum(squash(c.text) == "申请人情况" for c in table.cells) == 1
    outcome = next(c for c in table.cells if squash(c.text) == "三、本年度办理结果")
    assert outcome.rowspan == 22 if name == "songlin-2022" else outcome.rowspan == 20
    # the spaced header keeps its words; the one-character-per-line label is whole
    labels = {squash(c.text) for c in table.cells}
    assert "总计" in labels and "商业企业" in labels
    assert table.n_rows == (28 if name == "songlin-2022" else 26)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_narrative_without_page_furniture(name):
    doc = _doc(str(SAMPLES / f"{name}.pdf"))
    gold = _gold(SAMPLES / f"{name}.gold.json")
    text = squash(doc.text)
    for count in gold["narrative_counts"]:
        assert squash(count["quote"]) in text
    assert not re.search(r"^\s*-\s*\d+\s*-\s*$", doc.text, re.M)
    assert "信息公开工作年度报告(2020年)" not in text  # hexi's running header
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert [h[0] for h in headings] == list("一二三四五六")


def test_table_of_contents_is_not_taken_for_sections_or_tables():
    doc = _doc(str(SAMPLES / "songlin-2022.pdf"))
    assert "......" not in doc.text and "表三)" not in doc.text
    first = next(b for b in doc.blocks if b.kind == "heading")
    assert first.text == "一、总体情况" and first.source.page == 2
    report = _report(str(SAMPLES / "songlin-2022.pdf"))
    assert report.meta.sections_found == list("一二三四五六")


def test_samples_are_small_and_rebuildable():
    for name in SAMPLE_NAMES:
        assert (SAMPLES / f"{name}.pdf").stat().st_size < 200 * 1024
        assert (SAMPLES / "src" / f"{name}.html").is_file()


# ---------------------------------------------------------------- errors and odd files


def test_encrypted_pdf_is_reported(tmp_path):
    writer = pypdf.PdfWriter(clone_from=str(SAMPLES / "hexi-2020.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    target = tmp_path / "locked.pdf"
    with open(target, "wb") as fh:
        writer.write(fh)
    with pytest.raises(EncryptedFile) as err:
        read(target)
    assert "password" in err.value.reason


def test_owner_password_only_pdf_still_reads(tmp_path):
    """Permissions-only protection (empty user password) opens without a password."""
    writer = pypdf.PdfWriter(clone_from=str(SAMPLES / "hexi-2020.pdf"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    target = tmp_path / "restricted.pdf"
    with open(target, "wb") as fh:
        writer.write(fh)
    doc = read(target)
    assert len(doc.tables) == 3 and doc.pages == 3


def test_legacy_doc_is_reported(tmp_path):
    fake = tmp_path / "report.doc"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(UnsupportedFormat) as err:
        read(fake)
    assert ".doc" in err.value.reason


def _serialize(objs: list[bytes]) -> bytes:
    """A PDF file from its numbered objects (1 = catalog), with a correct xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _image_pdf(path: Path, pages: int = 2) -> None:
    """Pages that are only a picture (a gray 64×64 image scaled to the page): a scan."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages)).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 4096 >>\nstream\n" + bytes(range(64)) * 64 + b"\nendstream",
    ]
    draw = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    for i in range(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /XObject << /Im0 3 0 R >> >> >>" % (5 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
    path.write_bytes(_serialize(objs))


@pytest.fixture
def no_ocr_backend(monkeypatch):
    """As without the OCR extra: importing the OCR backend fails, even when an earlier
    test already imported it (the package attribute would otherwise satisfy the import)."""
    import extractor.ingest

    monkeypatch.setitem(sys.modules, "extractor.ingest.scanned", None)
    monkeypatch.delattr(extractor.ingest, "scanned", raising=False)


def test_scanned_pdf_needs_ocr_when_no_ocr_backend(tmp_path, no_ocr_backend):
    scan = tmp_path / "scan.pdf"
    _image_pdf(scan)
    with pytest.raises(NeedsOCR) as err:
        read(scan)
    assert "1, 2" in err.value.reason


def test_scanned_pdf_goes_to_the_ocr_backend(tmp_path, monkeypatch):
    import types

    from models import Block, Provenance

    scan = tmp_path / "scan.pdf"
    _image_pdf(scan)
    calls = []

    def ocr_pdf_pages(data: bytes, pages: list[int]):  # 0-based indexes in, 1-based pages out
        calls.append(pages)
        blocks = [Block(kind="paragraph", text=f"第{p + 1}页", source=Provenance(page=p + 1)) for p in pages]
        return blocks, [("ocr_page_turned", "page 2: turned by 90° to read it")]

    monkeypatch.setitem(sys.modules, "extractor.ingest.scanned", types.SimpleNamespace(ocr_pdf_pages=ocr_pdf_pages))
    import extractor.ingest as ingest_pkg

    monkeypatch.setattr(ingest_pkg, "scanned", sys.modules["extractor.ingest.scanned"], raising=False)
    doc = read(scan)
    assert calls == [[0, 1]]
    assert doc.format == "pdf-scanned"
    assert [b.text for b in doc.blocks] == ["第1页", "第2页"]
    assert ("ocr_page_turned", "page 2: turned by 90° to read it") in doc.warnings  # the OCR's own warnings


def test_one_scanned_page_in_a_text_pdf_is_named_not_fatal(tmp_path, no_ocr_backend):
    scan = tmp_path / "scan.pdf"
    _image_pdf(scan, pages=1)
    writer = pypdf.PdfWriter(clone_from=str(SAMPLES / "hexi-2020.pdf"))
    writer.append(str(scan))
    mixed = tmp_path / "mixed.pdf"
    with open(mixed, "wb") as fh:
        writer.write(fh)
    doc = read(mixed)
    assert doc.format == "pdf" and doc.pages == 4 and len(doc.tables) == 3
    assert ("pdf_needs_ocr", "page(s) 4 have no text layer and were not read (OCR unavailable)") in doc.warnings


def _tiny_pdf(content: bytes) -> bytes:
    """A one-page PDF with Helvetica (F1) and a CID font without any Unicode map (F2)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [<< /Type /Font "
        b"/Subtype /CIDFontType2 /BaseFont /NoMap /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
        b"/Supplement 0 >> /DW 1000 >>] >>",
    ]
    return _serialize(objs)


def test_unmapped_glyphs_are_unreadable_not_passed_on(tmp_path):
    pdf = tmp_path / "cid.pdf"
    pdf.write_bytes(_tiny_pdf(
        b"BT /F1 12 Tf 72 700 Td (Applications received this year:) Tj ET\n"
        b"BT /F2 12 Tf 300 700 Td <00310032> Tj ET"
    ))
    doc = read(pdf)
    assert "(cid:" not in doc.text
    assert "\ufffd\ufffd" in doc.text
    assert any(code == "pdf_unreadable_glyphs" for code, _ in doc.warnings)


def test_ratio_bench_runs_and_reports(tmp_path, capsys):
    from bench import pdf_ratio

    out = tmp_path / "ratio.json"
    assert pdf_ratio.main(["--repeat", "1", "--json", str(out), str(SAMPLES / "hexi-2020.pdf")]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["pages"] == 3 and result["ratio"] > 0
    assert set(result) >= {"raw pdfplumber", "ingest (pdf.py)", "full pipeline"}
    assert "ratio full pipeline / raw pdfplumber" in capsys.readouterr().out


def test_box_closed_around_smaller_cells_keeps_only_its_own_slots():
    """A wall stopping short of its corner (a browser's print of a rowspan cut by the page
    break) leaves pdfplumber a box round a label column and the item cells beside it: the
    items keep their cells, the box only the group label's column."""
    from types import SimpleNamespace

    from extractor.ingest.pdf import _table

    def ch(text, x, y):
        return {"text": text, "x0": x, "x1": x + 8, "top": y, "bottom": y + 8, "size": 8}

    items = [(140, 0, 220, 30), (140, 30, 220, 60), (140, 60, 220, 90)]
    figures = [(220, y0, 260, y1) for _, y0, _, y1 in items]
    outline = (100, 0, 220, 90)  # closed round the （六） column (x 100–140) and its items; no box of its own
    tf = SimpleNamespace(cells=[outline, *items, *figures], bbox=(100, 0, 260, 90))
    chars = [ch("六", 110, 40), ch("甲", 150, 10), ch("乙", 150, 40), ch("丙", 150, 70),
             ch("1", 230, 10), ch("2", 230, 40), ch("3", 230, 70)]
    table = _table(tf, chars, 1)
    by_text = {c.text: (c.row, c.col, c.rowspan, c.colspan) for c in table.cells}
    assert by_text["六"] == (0, 0, 3, 1)
    assert by_text["甲"] == (0, 1, 1, 1) and by_text["乙"] == (1, 1, 1, 1) and by_text["丙"] == (2, 1, 1, 1)
    assert [c.text for row in table.rows() for c in row] == ["六", "甲", "1", "六", "乙", "2", "六", "丙", "3"]

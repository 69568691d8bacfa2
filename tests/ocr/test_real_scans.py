"""The hongze 2023 report as scans: every figure, the narrative counts and the document's own
表四 errors must come out as from the text PDF; a figure the OCR doubts is unreadable,
never wrong."""

from __future__ import annotations

from gold import cell_mismatches, gold_cells

from extractor.ocr import DIGIT_CONFIDENCE_MIN


def _t4_errors(report):
    return sorted((f.reported, f.computed) for f in report.findings if f.rule == "t4.R5" and f.severity == "error")


def test_scan200_every_gold_cell_exact(scan200):
    assert cell_mismatches(scan200.report, scan200.gold) == []


def test_scan200_narrative_counts_and_both_table4_errors(scan200):
    for want in scan200.gold["narrative_counts"]:
        assert any(m.value == want["value"] and m.unit == want["unit"] for m in scan200.report.mentions), want
    assert any(m.metric == "t3.new_received.total" and m.value == 21 for m in scan200.report.mentions)
    assert _t4_errors(scan200.report) == [(0, 5), (0, 11)]


def test_scan200_facts_point_at_page_pixels(scan200):
    fact = next(f for f in scan200.report.facts if f.metric == "t2.fees.amount_wan")
    assert fact.value == 7730.28
    assert fact.source.page == 3
    x0, top, x1, bottom = fact.source.bbox
    # Pixels of a 200 dpi A4 page image (1681 × 2359): the wide value cell right of its label.
    assert 500 < x0 < 800 < 1300 < x1 < 1700 and 0 < top < bottom < 2400


def test_scan200_document_shape(scan200):
    doc = scan200.doc
    assert doc.format == "pdf-scanned" and doc.pages == 5
    # 表三 runs over pages 3–4 and is stitched into one grid; 表四 has 15 figure columns.
    t3 = next(t for t in doc.tables if t.caption and "收到和处理" in t.caption)
    assert t3.n_cols == 10 and {c.source.page for c in t3.cells} == {3, 4}
    t4 = next(t for t in doc.tables if t.caption and "行政复议" in t.caption)
    assert t4.n_cols == 15
    figures = [c for c in t4.cells if c.text.strip().isdigit()]
    assert len(figures) == 15 and all(c.confidence is not None for c in figures)
    # Merged label cell "三、本年度办理结果" spans the rows of the 办理结果 block.
    label = next(c for c in t3.cells if "本年度办理结果" in c.text)
    assert label.rowspan >= 12
    # Narrative in reading order, page numbers dropped.
    assert doc.text.index("一、总体情况") < doc.text.index("五、存在的主要问题")
    assert "- 3 -" not in doc.text and "-3-" not in doc.text


def test_harsh_scan_98_percent_exact_and_no_wrong_number(harsh):
    printed = {f.metric: f for f in harsh.report.facts if not f.derived}
    cells = gold_cells(harsh.gold)
    exact = unreadable = 0
    wrong = []
    for metric, value in cells.items():
        fact = printed.get(metric)
        if fact is not None and fact.status == "value" and fact.value == value:
            exact += 1
        elif fact is not None and fact.status == "unreadable":
            unreadable += 1
        else:
            wrong.append((metric, value, fact and (fact.status, fact.value, fact.raw)))
    assert wrong == []
    assert exact / len(cells) >= 0.98, (exact, unreadable, len(cells))


def test_harsh_scan_digit_confidences_clear_the_threshold(harsh):
    """The threshold sits below what clean digits score even on the harsh scan."""
    assert harsh.doc.format == "image" and harsh.doc.pages == 5
    figures = [c for t in harsh.doc.tables for c in t.cells if c.text.strip().isdigit()]
    assert len(figures) > 150
    assert min(c.confidence for c in figures) >= DIGIT_CONFIDENCE_MIN

"""The statistics table of reports before 2019 (extractor/narrative/statistics.py): every
printed figure read, in its column and linked where its row means a later form's cell; a
row that cannot be read left unread."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extractor import extract
from extractor.narrative import extract_mentions
from models import Block, Document

ROOT = Path(__file__).resolve().parents[2]
PRE_2019 = sorted((ROOT / "corpora" / "real" / "pre-2019").glob("*.gold.json"))


def _lines(*lines: str) -> Document:
    """A crawled page: every DOM text node a line of its own."""
    return Document.build(path="t.txt", format="text", sha256="x",
                          blocks=[Block(kind="paragraph", text=line) for line in lines])


def _tabled(mentions) -> list[tuple]:
    return [(m.topic, m.table_column, m.value, m.unit, m.metric) for m in mentions if m.table_column]


def _year_column(column: str) -> bool:
    return "累计" not in column


@pytest.mark.parametrize("gold_path", PRE_2019, ids=lambda p: p.name.split(".")[0])
def test_real_statistics_tables_read_exactly(gold_path):
    """Each of the twenty-four real 莆田 reports (2009–2018, hand-read gold; sixteen crawled
    texts, eight HTML pages whose 附表 is a table): every figure of its 附表 read with its unit,
    the year's figure linked as its gold says, and nothing else; the two rows whose cumulative
    figure the crawler cut over three lines ("16" / "9" / "5") left unread."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = extract(next(gold_path.parent.glob(gold["id"] + ".*[lt]")))  # .txt or .html
    printed = [c for c in gold["narrative_counts"] if c.get("topic") == "table"]
    cut_rows = {c["table_row"] for c in printed if "lines" in str(c.get("printed", ""))}
    want = Counter((c["value"], c["unit"], c["metric"] if _year_column(c["table_column"]) else None,
                    _year_column(c["table_column"])) for c in printed if c["table_row"] not in cut_rows)
    got = Counter((m.value, m.unit, m.metric, _year_column(m.table_column))
                  for m in report.mentions if m.table_column)
    assert got == want
    for row in cut_rows:
        core = row.split(".")[-1]
        assert not [m for m in report.mentions if m.table_column and m.topic == core]


def test_generated_old_and_current_forms_together(tmp_path):
    """Current and pre-2019 formats asked for together: both are written, and a next year's report
    (a pair) only ever continues a report of the current forms (it crashed on a pre-2019 format)."""
    from corpora.generator import generate

    golds = generate(30, tmp_path, seed=1, formats=["html", "html-pre2019"])
    assert any(g["layout"] == "pre-2019" for g in golds) and any(g["layout"] != "pre-2019" for g in golds)
    by_id = {g["id"]: g for g in golds}
    pairs = [g for g in golds if "pair_with" in g]
    assert pairs  # the draw keeps the pairs: the check is not empty
    assert all(by_id[g["pair_with"]["id"]]["layout"] != "pre-2019" for g in pairs)


def test_generated_statistics_tables(tmp_path):
    """Sixty generated pre-2019 reports (corpora/generator/old_form.py), crawled (headers cut
    one character a line, numberings on lines of their own, repeated lines dropped, a figure
    cut over two lines in some) and as pages (a table, an empty cell printing nothing), with
    one or two figure columns: the table's mentions are exactly the gold's figures, and a row
    with a cut figure yields none."""
    from corpora.generator import generate

    golds = generate(60, tmp_path, seed=3, formats=["text-crawled-pre2019", "html-pre2019"])
    assert sum(bool(g["unreadable_rows"]) for g in golds) >= 4  # the cut is drawn: the test is not empty
    assert {g["columns"] for g in golds} == {1, 2}
    assert {g["format"] for g in golds} == {"text-crawled", "html"}
    for gold in golds:
        report = extract(tmp_path / gold["file"])
        tabled = [c for c in gold["narrative_counts"] if c.get("topic") == "table"]
        want = Counter((c["value"], c["unit"], c["metric"], _year_column(c["table_column"])) for c in tabled)
        got = Counter((m.value, m.unit, m.metric, _year_column(m.table_column))
                      for m in report.mentions if m.table_column)
        assert got == want, gold["id"]
        for row in gold["unreadable_rows"]:
            assert not [m for m in report.mentions if m.table_column and row.endswith(m.topic)], gold["id"]


def test_statistics_table_columns_and_links():
    """Header words cut one character a line; a numbering alone on its line before its
    label; the year's figure linked, the cumulative one not; a collapsed row (one figure
    for two equal cells) read in the year's column only."""
    doc = _lines("指", "标", "名", "称", "计量", "单位", "201", "6", "年度", "历年", "累计",
                 "受理政府信息公开申请总数", "条", "3", "9", "其中：", "1", "、同意公开答复数", "条", "2", "8",
                 "不予公开答复数", "条", "0", "行政诉讼数", "件", "1")
    assert _tabled(extract_mentions(doc)) == [
        ("受理政府信息公开申请总数", "2016年度", 3, "条", "t3.new_received.total"),
        ("受理政府信息公开申请总数", "历年累计", 9, "条", None),
        ("同意公开答复数", "2016年度", 2, "条", "t3.granted.total"),
        ("同意公开答复数", "历年累计", 8, "条", None),
        ("不予公开答复数", "2016年度", 0, "条", "t3.denied.total"),
        ("行政诉讼数", "2016年度", 1, "件", "t4.litigation.total"),
    ]


def test_statistics_rows_that_cannot_be_read():
    """Never guessed: a figure that may be the next row's numbering ("条" / "2" /
    "、同意部分公开答复数": the crawler drops a numbering equal to the figure before it) and
    a row with more figure lines than columns are left unread, the rows after them read;
    a figure cut at its decimal point ends the table."""
    doc = _lines("指标名称", "单位", "2015年度", "历年累计",
                 "对申请的答复总数", "条", "5", "12",
                 "其中：1.同意公开答复数", "条", "2", "、同意部分公开答复数", "条", "1", "4",
                 "主动公开文件数", "条", "90", "16", "9", "5",
                 "行政复议数", "件", "0",
                 "政府信息公开收费减免金额", "元", "851", ".", "776247", "行政诉讼数", "件", "0")
    assert _tabled(extract_mentions(doc)) == [
        ("对申请的答复总数", "2015年度", 5, "条", "t3.total.total"),
        ("对申请的答复总数", "历年累计", 12, "条", None),
        ("同意部分公开答复数", "2015年度", 1, "条", "t3.partial.total"),
        ("同意部分公开答复数", "历年累计", 4, "条", None),
        ("行政复议数", "2015年度", 0, "件", "t4.reconsideration.total"),
    ]


def test_statistics_table_kept_as_a_table():
    """A page that kept the 附表 as a table (HTML, Word): each figure at the table's place in
    the text (no span: it is not narrative text), with the row as printed, an empty cell no
    figure."""
    from models import Cell, Table

    rows = [["指标名称", "计量单位", "2017年度", "历年累计"], ["受理政府信息公开申请总数", "条", "4", "31"],
            ["其中：1.当面申请数", "条", "0", ""], ["行政诉讼数", "件", "1", "2"]]
    table = Table(n_rows=4, n_cols=4, cells=[Cell(row=r, col=c, text=t) for r, row in enumerate(rows)
                                             for c, t in enumerate(row)])
    doc = Document.build(path="t.html", format="html", sha256="x", blocks=[
        Block(kind="paragraph", text="附表"), Block(kind="table", table=table), Block(kind="paragraph", text="某局")])
    tabled = [m for m in extract_mentions(doc) if m.table_column]
    assert _tabled(tabled) == [
        ("受理政府信息公开申请总数", "2017年度", 4, "条", "t3.new_received.total"),
        ("受理政府信息公开申请总数", "历年累计", 31, "条", None),
        ("当面申请数", "2017年度", 0, "条", None),
        ("行政诉讼数", "2017年度", 1, "件", "t4.litigation.total"),
        ("行政诉讼数", "历年累计", 2, "件", None),
    ]
    assert {(m.start, m.end) for m in tabled} == {(3, 3)}  # where "某局" starts
    assert tabled[0].text == "受理政府信息公开申请总数 条 4 31"


def test_statistics_header_words_in_prose_are_no_table():
    """A header's words in prose ("指标名称和计量单位…") with fewer than three rows after
    them: no table figures; the prose's own counts stay."""
    doc = _lines("统计表的指标名称", "单位", "2018年度", "主动公开文件数", "条", "358",
                 "全年共受理政府信息公开申请7件。")
    mentions = extract_mentions(doc)
    assert not _tabled(mentions)
    assert (7, "t3.new_received.total") in [(m.value, m.metric) for m in mentions]


@pytest.mark.parametrize("gold_path", PRE_2019, ids=lambda p: p.name.split(".")[0])
def test_real_pre_2019_reports_without_inconsistencies_get_no_error(gold_path):
    """No false error on a clean pre-2019 report: its 附表's figures and its prose are read
    without a narrative finding of severity error that its reader did not find."""
    from bench.accuracy import expected_findings

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = extract(next(gold_path.parent.glob(gold["id"] + ".*[lt]")))
    expected = {f["rule"] for f in expected_findings(gold)}
    assert not [f.message for f in report.findings if f.severity == "error" and f.rule not in expected]


def test_generated_old_report_documents_read_in_both_forms(tmp_path):
    """A pre-2019 report's "公开规范性文件N件" (r139; old_form.py's variant): no cell, and the first form's columns are
    readings beside the current form's (at 443df6a, r139's blind commit, only 本年制发 and 现行有效: both of its readers
    named 本年新公开)."""
    from corpora.generator import generate

    golds = generate(30, tmp_path, seed=5, formats=["text-crawled-pre2019", "html-pre2019"])
    said = [(g, c) for g in golds for c in g["narrative_counts"] if c["quote"].startswith("公开规范性文件")]
    assert len(said) >= 3  # the variant is drawn: the test is not empty
    for gold, count in said:
        report = extract(tmp_path / gold["file"])
        got = [(m.metric, list(m.alternatives)) for m in report.mentions
               if m.value == count["value"] and m.text.endswith(count["quote"][-len(str(count["value"])) - 1:])
               and "规范性文件" in m.text]
        assert got == [(None, count["accept"])], (gold["id"], got)

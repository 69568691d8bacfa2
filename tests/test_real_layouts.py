"""Layouts real crawlers and producers emit (issue: real reports as they really come).

Each test builds the layout from a small piece of text shaped like the real documents in
corpora/real (or as seen on government sites) and checks the figures the text settles are
read exactly, and that what it does not settle is unreadable with its candidates.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from extractor import extract
from extractor.tables.runs import CELL, REPEAT, RUN, splits, splits_with_blanks, token_counts

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpora" / "real"
T4_HEADER = ("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
             "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计")


def _values(report, prefix):
    return [f.value if f.status == "value" else (f.status, f.candidates)
            for f in report.facts if f.metric.startswith(prefix) and not f.derived]


# -- readings of a row ---------------------------------------------------------------------

def test_a_repeated_line_stands_for_one_or_more_equal_cells():
    found = splits([("9", REPEAT), ("0", REPEAT), ("9", REPEAT)], 7)
    assert ("9", "0", "0", "0", "0", "0", "9") in found
    assert all(len(s) == 7 for s in found) and len(found) == 15
    assert token_counts([("9", REPEAT), ("0", REPEAT), ("9", REPEAT)], ("9", "0", "0", "0", "0", "0", "9")) == (1, 5, 1)


def test_a_sign_word_pins_its_line_to_the_signed_column():
    """"84" / "增" / "3" for 上一年 84, 增 3, 处理决定 3 (the crawler dropped the second "3"):
    "增3" can only be 本年增/减, and the cell after it repeats the figure, not the word."""
    tokens = [("84", REPEAT), ("增3", REPEAT)]
    assert splits(tokens, 3, [False, True, False]) == [("84", "增3", "3")]
    assert token_counts(tokens, ("84", "增3", "3")) == (1, 2)
    assert splits([("增3", REPEAT), ("5", REPEAT)], 3, [False, True, False]) == []  # never 上一年


def test_pruning_keeps_only_readings_whose_groups_add_up():
    tokens = [(t, REPEAT) for t in "3 8 0 1 12 0 1 0 1 2 1 0 1".split()]

    def r5(figs):
        if len(figs) % 5:
            return True
        g = [int(x) for x in figs[-5:]]
        return sum(g[:4]) == g[4]

    assert splits(tokens, 15, prune=r5) == [("3", "8", "0", "1", "12", "0", "1", "0", "1", "2", "1", "0", "0", "0", "1")]


def test_too_many_readings_are_never_trusted():
    found = splits([("1234567890123456789012345678901234567890", RUN)], 15)
    assert not found.complete
    assert splits([("713000074", RUN)], 7).complete
    assert splits([("11-4", RUN), ("9", CELL)], 3, signed=[False, True, False]) == [("11", "-4", "9")]


# -- a crawler's page text, one DOM node per line, repeated lines dropped ------------------

def _crawled(tmp_path, old: str, new: str) -> Path:
    text = (REAL / "putian-stats-2025.txt").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "crawled.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_crawled_sentence_cut_after_each_figure_is_no_table(tmp_path):
    """A sentence a crawler cut after each figure, one of its words a header label ("行政复议结果：维持" / "1" / "件，纠正0"
    / "件，其他" / "3" …): its lines are prose, not a table whose "其他 3" would be read (first) as 表三's 其他 row."""
    cut = "行政诉讼案件。\n行政复议结果：维持\n1\n件，纠正0\n件，其他\n3\n件，尚未审结\n0\n件。"
    path = _crawled(tmp_path, "行政诉讼案件。", cut)
    report = extract(path)
    assert [f.value for f in report.facts if f.metric.startswith("t3.other.other.")] == [0] * 7
    assert not [w for w in report.warnings if w.code == "duplicate_row"]


def test_crawled_heading_words_on_the_node_after_its_numbering_end_the_table_and_the_heading(tmp_path):
    """"四、" / "政府信息公开行政复议、行政诉讼情况" right after 表三's last row (s69's generated crawled pages): the words that
    run on in their line are no 表四 header cut off the table, and the heading ends before its section's first sentence, whose
    "2 起因政府信息公开申请提起的行政复议" are reviews, not applications received. Both tables read as before."""
    old = "四、政府信息公开行政复议、行政诉讼情况\n行政复议"
    new = ("四、\n政府信息公开行政复议、行政诉讼情况\n2025年，全县全年有 2 起因政府信息公开申请提起的行政复议；"
           "发生行政诉讼案件4件。\n行政复议")
    before = extract(_crawled(tmp_path, old, old))
    report = extract(_crawled(tmp_path, old, new))
    assert [m.metric for m in report.mentions if m.text == "2 起"] == ["t4.reconsideration.total"]
    assert {(f.metric, f.value, f.status) for f in report.facts} == {(f.metric, f.value, f.status) for f in before.facts}


def test_crawled_row_the_form_does_not_settle_is_unreadable_with_candidates(tmp_path):
    """0 / 1 / 0 / 1 for 二、上年结转: the 1 may be any organisation's; nothing decides it."""
    path = _crawled(tmp_path, "二、上年结转政府信息公开申请数量\n0\n", "二、上年结转政府信息公开申请数量\n0\n1\n0\n1\n")
    report = extract(path)
    commercial = report.fact("t3.carried_over.commercial")
    assert commercial.status == "unreadable" and set(commercial.candidates) == {0, 1}
    assert report.fact("t3.carried_over.natural_person").value == 0
    assert report.fact("t3.carried_over.total").value == 1


def test_crawled_row_that_fits_only_with_blank_cells_reads_what_both_readings_share(tmp_path):
    """One "1" for seven cells: seven 1s break the row's own sum, so either the document is
    wrong or the page left cells empty and the crawler dropped them. Both agree 总计 is 1;
    which applicant column holds the other 1 (the rest empty), nothing says."""
    path = _crawled(tmp_path, "一、本年新收政府信息公开申请数量\n22\n0\n22\n", "一、本年新收政府信息公开申请数量\n1\n")
    report = extract(path)
    assert report.value("t3.new_received.total") == 1
    for col in ("natural_person", "commercial", "other_org"):
        fact = report.fact(f"t3.new_received.{col}")
        assert fact.status == "unreadable" and fact.candidates == [1] and fact.blank_possible, (col, fact)


def test_crawled_row_broken_by_the_document_reads_its_forced_ends(tmp_path):
    """8 / 0 / 1 for 表三 总计: no placement keeps the sum, with or without empty cells, so the
    document is wrong; every placement starts with 8 and ends with 1, and the break is reported."""
    path = _crawled(tmp_path, "（七）总计\n22\n0\n22\n", "（七）总计\n8\n0\n1\n")
    report = extract(path)
    assert report.value("t3.total.natural_person") == 8 and report.value("t3.total.total") == 1
    assert report.fact("t3.total.commercial").status == "unreadable"
    assert any(f.rule == "t3.R3" and f.severity == "error" for f in report.findings)


@pytest.mark.parametrize("printed, projects, amount", [
    ("5\n批\n47019\n（元）\n", 5, 47019),  # 莆田 水利局 2019: each unit a node of its own
    ("0\n批\n0\n万元\n", 0, 0),  # two equal figures: the unit lines keep both
    ("4\n8.175万\n元\n", 4, 8.175),  # 莆田 应急管理局 2019: 万 with its figure, 元 on its own
])
def test_crawled_units_on_lines_of_their_own_stay_with_their_figures(tmp_path, printed, projects, amount):
    """"5" / "批" / "47019" / "（元）": a unit line ends no table; the figure before it is its
    cell's. (Read as a lone "5" for two cells, both came out 5.)"""
    text = (REAL / "putian-city-2019.txt").read_text(encoding="utf-8")
    old = "政府集中采购\n929\n120190475.34元\n"
    assert old in text
    path = tmp_path / "crawled.txt"
    path.write_text(text.replace(old, "政府集中采购\n" + printed), encoding="utf-8")
    report = extract(path)
    assert report.value("t2.procurement.projects") == projects
    assert report.value("t2.procurement.amount") == amount
    assert report.value("t3.new_received.total") is not None  # the tables after it are read too


def test_crawled_increase_said_in_words_on_a_line_of_its_own(tmp_path):
    """莆田 审计局 and 民族与宗教事务局 2019: 本年增/减 printed "增" / "7" (the cell held "增7"):
    the word is the sign of the figure after it, not a row label. (Read before as a label
    row, the lone "20" stood for all three cells: 7 cells wrong on 4 blind reports.)"""
    text = (REAL / "putian-culture-tourism-2019.txt").read_text(encoding="utf-8")
    rows = {"行政许可\n14\n+ 14\n11\n": "行政许可\n20\n增\n7\n1\n",
            "其他对外管理服务事项\n0\n第二十条": "其他对外管理服务事项\n35\n减\n3\n10\n第二十条"}
    for old, new in rows.items():
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "crawled.txt"
    path.write_text(text, encoding="utf-8")
    report = extract(path)
    assert [report.value(f"t2.licensing.{c}") for c in ("prev_count", "delta", "decisions")] == [20, 7, 1]
    assert [report.value(f"t2.other_services.{c}") for c in ("prev_count", "delta", "decisions")] == [35, -3, 10]
    assert report.value("t3.new_received.total") is not None


def test_lines_among_empty_cells():
    """A page that leaves cells empty, crawled with repeated lines dropped: "1" for a row is
    1 in one applicant column and in 总计, the rest empty — which column, nothing says."""

    def r3(figures):
        if len(figures) < 7:
            return True
        v = [float(x) if x else 0.0 for x in figures]
        return sum(v[:6]) == v[6]

    found = splits_with_blanks([("1", REPEAT)], 7, prune=r3)
    assert len(found) == 6 and all(f[6] == "1" and f[:6].count("1") == 1 for f in found)
    assert len(splits_with_blanks([("0", REPEAT)], 15)) == 2 ** 15 - 1


def test_crawled_page_with_empty_cells_reads_empty_rows_and_never_guesses():
    """corpora/real/putian-culture-tourism-2019: empty rows print no line at all."""
    report = extract(REAL / "putian-culture-tourism-2019.txt")
    assert [f.status for f in report.facts if f.metric.startswith("t3.granted.")] == ["blank"] * 7
    total = report.fact("t3.new_received.total")
    assert total.status == "value" and total.value == 1
    person = report.fact("t3.new_received.natural_person")
    assert person.status == "unreadable" and person.candidates == [1] and person.blank_possible
    zero = report.fact("t3.carried_over.natural_person")  # one "0" line: 0 or empty, each cell
    assert zero.status == "unreadable" and zero.candidates == [0] and zero.blank_possible
    assert not [f for f in report.findings if f.severity == "error" and f.rule.startswith("t3")]


# -- one cell per line, closed by a pipe ----------------------------------------------------

CELLS = """标题: 某区统计局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局共收到政府信息公开申请3件。
二、主动公开政府信息情况
第二十条第(一)项 |
|||
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
规章 |
/ |
/ |
/ |
行政规范性文件 |
2 |
0 |
15 |
第二十条第(六)项 |
|||
信息内容 |
本年处理决定数量 |
||
行政处罚 |
12 |
||
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |
申请人情况 |
||||||||
自然人 |
法人或其他组织 |
总计 |
|||||||
商业企业 |
科研机构 |
社会公益组织 |
法律服务机构 |
其他 |
|||||
一、本年新收政府信息公开申请数量 |
3 |
|
|
|
|
|
3 |
||
二、上年结转政府信息公开申请数量 |
0 |
0 |
0 |
0 |
0 |
0 |
0 |
||
五、存在的主要问题及改进情况
无。
"""


def test_cells_one_per_line_closed_by_pipes(tmp_path):
    path = tmp_path / "cells.txt"
    path.write_text(CELLS, encoding="utf-8")
    report = extract(path)
    assert "cell_per_line" in {w.code for w in report.warnings}
    assert _values(report, "t2.normative_docs") == [2, 0, 15]
    assert [f.status for f in report.facts if f.metric.startswith("t2.regulations")] == ["slash"] * 3
    assert report.value("t2.penalty.decisions") == 12
    # Empty cells stay empty, never 0.
    assert _values(report, "t3.new_received") == [3, ("blank", []), ("blank", []), ("blank", []),
                                                  ("blank", []), ("blank", []), 3]
    assert _values(report, "t3.carried_over") == [0] * 7


# -- markdown from OCR or conversion tools --------------------------------------------------

MARKDOWN = """# 某区人民政府2023年政府信息公开工作年度报告

## 三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 法人或其他组织 | 总计 |
|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 20 | 1 | 0 | 0 | 0 | 0 | 21 |
| 三、本年度办理结果 （一）予以公开 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |
| （三）不予公开 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| （七）总计 20 1 0 0 0 0 21 |
| 四、结转下年度继续办理 | 0 0 0 0 0 0 0 |

## 四、政府信息公开行政复议、行政诉讼情况

### 行政复议

| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|---|---|---|---|---|
| 10 | 1 | 0 | 0 | 11 |

### 行政诉讼（未经复议直接起诉）

| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|---|---|---|---|---|
| 0 | 0 | 0 | 0 | 0 |

### 行政诉讼（复议后起诉）

| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
|---|---|---|---|---|
| 5 | 0 | 0 | 0 | 5 |
"""


def test_markdown_t4_as_three_tables_under_their_headings(tmp_path):
    path = tmp_path / "ocr.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = extract(path)
    assert _values(report, "t4.reconsideration") == [10, 1, 0, 0, 11]
    assert _values(report, "t4.litigation_direct") == [0] * 5
    assert _values(report, "t4.litigation_after") == [5, 0, 0, 0, 5]
    assert not [f for f in report.findings if f.rule == "table.missing" and "表四" in f.message]


def test_markdown_merged_labels_and_figures_sharing_a_cell(tmp_path):
    path = tmp_path / "ocr.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = extract(path)
    assert _values(report, "t3.granted") == [10, 1, 0, 0, 0, 0, 11]
    assert _values(report, "t3.denied.state_secret") == [2, 0, 0, 0, 0, 0, 2]
    assert _values(report, "t3.total") == [20, 1, 0, 0, 0, 0, 21]
    assert _values(report, "t3.carried_forward") == [0] * 7
    assert "one of 7 figures printed in one cell" in report.fact("t3.total.commercial").note


def test_markdown_t4_row_with_no_label_under_its_heading(tmp_path):
    """"行政复议行政诉讼" printed as a line, then fifteen figures in a pipe row with no label."""
    path = tmp_path / "ocr.md"
    path.write_text("# 某市人民政府2023年政府信息公开工作年度报告\n\n## 表三：收到和处理政府信息公开申请情况\n"
                    "| 一、本年新收政府信息公开申请数量 | 30 | 3 | 0 | 0 | 1 | 2 | 36 |\n\n"
                    "四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n"
                    "| 11 | 2 | 0 | 1 | 14 | 3 | 1 | 0 | 0 | 4 | 0 | 0 | 0 | 1 | 1 |\n", encoding="utf-8")
    report = extract(path)
    assert _values(report, "t4.") == [11, 2, 0, 1, 14, 3, 1, 0, 0, 4, 0, 0, 0, 1, 1]
    assert _values(report, "t3.new_received") == [30, 3, 0, 0, 1, 2, 36]


def test_pdf_rows_without_vertical_rules(tmp_path):
    """The producer drew no rules between the last rows' figures: pdfplumber gives one cell
    "12 0 0 0 0 0 12"; each figure is still read."""
    weasyprint = pytest.importorskip("weasyprint")
    solid = "border:1px solid #000"
    head = "".join(f'<td style="{solid}">{h}</td>' for h in
                   ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
    rows = []
    for i, (label, vals) in enumerate([("一、本年新收政府信息公开申请数量", [12, 0, 0, 0, 0, 0, 12]),
                                       ("二、上年结转政府信息公开申请数量", [0] * 7),
                                       ("（七）总计", [12, 0, 0, 0, 0, 0, 12]),
                                       ("四、结转下年度继续办理", [0] * 7)]):
        style = (lambda j: solid) if i < 2 else (
            lambda j: "border-top:1px solid #000;border-bottom:1px solid #000" + (";border-right:1px solid #000" if j == 6 else ""))
        rows.append(f'<tr><td style="{solid}">{label}</td>' + "".join(
            f'<td style="{style(j)}">{v}</td>' for j, v in enumerate(vals)) + "</tr>")
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Zen Hei'} table{border-collapse:collapse}"
            " td{padding:4px 10px}</style></head><body><p>三、收到和处理政府信息公开申请情况</p>"
            f"<table><tr>{head}</tr>{''.join(rows)}</table></body></html>")
    path = tmp_path / "shared.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    report = extract(path)
    assert _values(report, "t3.total") == [12, 0, 0, 0, 0, 0, 12]
    assert _values(report, "t3.carried_forward") == [0] * 7


# -- flattened dumps ------------------------------------------------------------------------

def _pingtan(real_corpus, tmp_path, *pairs) -> Path:
    text = (real_corpus / "pingtan-2022.txt").read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "flat.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_flattened_t4_run_together_split_by_its_groups(real_corpus, tmp_path):
    """表四's header words and fifteen figures in one run: each group's four outcomes add up
    to its 总计, which leaves one reading of "3801121010210001"."""
    text = (real_corpus / "pingtan-2022.txt").read_text(encoding="utf-8")
    old = re.search(r"四、政府信息公开行政法复议.*? 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 五、", text).group(0)
    path = _pingtan(real_corpus, tmp_path, (old, "四、政府信息公开行政复议、行政诉讼情况" + T4_HEADER + "3801121010210001五、"))
    report = extract(path)
    assert _values(report, "t4.") == [3, 8, 0, 1, 12, 1, 0, 1, 0, 2, 1, 0, 0, 0, 1]


def test_flattened_t2_run_settled_by_last_years_report(real_corpus, tmp_path):
    """"8855698" for 本年制发/废止/现行有效: without the narrative's figures several splits fit;
    last year's 现行有效 665 leaves one (665 + 88 − 55 = 698)."""
    path = _pingtan(real_corpus, tmp_path, ("现行有效行政规范性文件698件", "现行有效行政规范性文件若干件"),
                    ("本年度制发的规范性文件88件", "本年度制发的规范性文件若干件"))
    alone = extract(path)
    issued = alone.fact("t2.normative_docs.issued")
    # 现行有效 ≥ 本年制发 − 本年废止 already rules out splits such as 885 | 5 | 698.
    assert issued.status == "unreadable" and set(issued.candidates) == {8, 88}
    previous = copy.deepcopy(alone)
    for f in previous.facts:
        if f.metric == "t2.normative_docs.in_force":
            f.value, f.status = 665, "value"
    report = extract(path, previous=previous)
    assert _values(report, "t2.normative_docs") == [88, 55, 698]
    assert "last year's report" in report.fact("t2.normative_docs.repealed").note

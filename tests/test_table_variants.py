"""Label variants, typos and cell forms seen in real reports."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.tables.cells import read_cell
from extractor.tables.runs import CELL, RUN, resolve, splits

T3_ZERO = " | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"


def _t3_text(rows: list[str]) -> str:
    head = [
        "某某区人民政府2022年度政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |",
        "自然人 | 法人或其他组织 | 总计 |",
        "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |",
    ]
    return "\n".join(head + rows) + "\n"


def _write(tmp_path, text, name="r.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "text,expected",
    [
        ("17", ("value", 17, 0, None)),
        ("1,036", ("value", 1036, 0, None)),
        ("+1036", ("value", 1036, 0, None)),
        ("-3", ("value", -3, 0, None)),
        ("7730.28", ("value", 7730.28, 2, None)),
        ("１２", ("value", 12, 0, None)),
        ("", ("blank", None, 0, None)),
        ("\u00a0", ("blank", None, 0, None)),
        ("/", ("slash", None, 0, None)),
        ("—", ("slash", None, 0, None)),
        ("－", ("slash", None, 0, None)),
        ("无", ("slash", None, 0, None)),
        ("22（其中修订16件）", ("annotated", 22, 0, "其中修订16件")),
        ("约20", ("unreadable", None, 0, "not a figure: '约20'")),
        ("增7", ("value", 7, 0, None)),  # the 2019 表二's 本年增/减 with its sign in words
        ("减\n3", ("value", -3, 0, None)),
        ("增加12", ("value", 12, 0, None)),
        ("8.175万\n元", ("value", 8.175, 3, None)),
    ],
)
def test_cell_forms(text, expected):
    r = read_cell(text)
    assert (r.status, r.value, r.decimals, r.note) == expected


def test_typos_split_group_labels_and_single_other_row(tmp_path):
    """"2.其他法律行政止公开" (typo), "（四）无"/"法提供" split over two rows, a single-row
    （六）其他处理 in a 2021 report, and "行政法复议" in the 表四 heading."""
    rows = [
        "一、本年新收政府信息公开申请数量 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |",
        "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "三、本年度办理结果 | (一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "(三)不予公开 | 1.属于国家秘密" + T3_ZERO,
        "2.其他法律行政止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "3.危及“三安全一稳定”" + T3_ZERO,
        "4.保护第三方合法权益" + T3_ZERO,
        "5.属于三类内部事务信息" + T3_ZERO,
        "6.属于四类过程性信息" + T3_ZERO,
        "7.属于行政执法案卷" + T3_ZERO,
        "8.属于行政查询事项" + T3_ZERO,
        "(四)无 | 1.本机关不掌握相关政府信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
        "法提供 | 2.没有现成信息需要另行制作" + T3_ZERO,
        "3.补正后申请内容仍不明确" + T3_ZERO,
        "(五)不予处理 | 1.信访举报投诉类申请" + T3_ZERO,
        "2.重复申请" + T3_ZERO,
        "3.要求提供公开出版物" + T3_ZERO,
        "4.无正当理由大量反复申请" + T3_ZERO,
        "5.要求行政机关确认或重新出具已获取信息" + T3_ZERO,
        "(六)其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "(七)总计 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |",
        "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
        "四、政府信息公开行政法复议、行政诉讼情况",
        "行政复议 | 行政诉讼 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
        "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | / | / | / | / | / |",
    ]
    report = extract(_write(tmp_path, _t3_text(rows)))
    assert report.value("t3.denied.law_forbidden.total") == 1
    assert report.value("t3.unavailable.not_held.total") == 2
    assert report.fact("t3.unavailable.need_creation.total").status == "value"
    assert report.value("t3.other.total") == 1
    assert report.meta.other_single_row is True
    assert report.fact("t3.other.other.total") is None
    assert report.value("t4.reconsideration.total") == 1
    assert report.fact("t4.litigation_after.total").status == "slash"
    assert "四" in report.meta.sections_found
    # Derived group subtotals; none for 复议后起诉+直接起诉 since slashes are not zeros.
    denied = report.fact("t3.denied.total")
    assert denied.derived and denied.value == 1
    assert report.fact("t4.litigation.total") is None


def test_2019_table2_signed_and_decimal_figures(tmp_path):
    text = "\n".join([
        "某某市交通运输局2020年政府信息公开工作年度报告",
        "二、主动公开政府信息情况",
        "第二十条第(一)项 | | |",
        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
        "规章 | 0 | 0 | 3 |",
        "规范性文件 | 4 | 4 | 22（其中修订16件） |",
        "第二十条第(五)项 | | |",
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
        "行政许可 | 120 | +1036 | 8800 |",
        "其他对外管理服务事项 | 15 | -3 | 40 |",
        "第二十条第(九)项 | | |",
        "信息内容 | 采购项目数量 | 采购总金额 |",
        "政府集中采购 | 12 | 356.5 |",
    ])
    report = extract(_write(tmp_path, text))
    assert report.meta.layout == "2019"
    assert report.value("t2.licensing.delta") == 1036
    assert report.fact("t2.licensing.delta").raw == "+1036"
    assert report.value("t2.other_services.delta") == -3
    fact = report.fact("t2.normative_docs.total_public")
    assert (fact.status, fact.value, fact.note) == ("annotated", 22, "其中修订16件")
    amount = report.fact("t2.procurement.amount")
    assert (amount.value, amount.decimals) == (356.5, 1)
    assert report.meta.year == 2020 and report.meta.organ == "某某市交通运输局"


def test_negative_count_is_not_taken_as_a_figure(tmp_path):
    text = "\n".join([
        "某某县人民政府2022年度政府信息公开工作年度报告",
        "第二十条第(一)项 | | |",
        "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "规章 | 0 | -1 | 3 |",
    ])
    report = extract(_write(tmp_path, text))
    assert report.fact("t2.regulations.repealed").status == "unreadable"
    assert report.value("t2.regulations.in_force") == 3


def test_markdown_table_dump(tmp_path):
    text = "\n".join([
        "# 某某县人民政府2022年度政府信息公开工作年度报告",
        "",
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "| --- | --- | --- | --- |",
        "| 规章 | 1 | 0 | 5 |",
        "| 行政规范性文件 | 7 | 2 | 40 |",
    ])
    report = extract(_write(tmp_path, text, "r.md"))
    assert [report.value(f"t2.normative_docs.{c}") for c in ("issued", "repealed", "in_force")] == [7, 2, 40]
    assert report.meta.title == "某某县人民政府2022年度政府信息公开工作年度报告"


def test_runs_resolved_by_row_and_table_relations():
    # 723000075 for 7 cells: only 72|3|0|0|0|0|75 satisfies 总计 = Σ applicants.
    row = splits([("723000075", RUN)], 7)
    assert len(row) > 1
    assert resolve({"t3.total": row}, lambda _r, n: sum(n[:6]) == n[6]) == {
        "t3.total": [("72", "3", "0", "0", "0", "0", "75")]
    }
    # A leading zero is never the start of a multi-digit figure.
    assert splits([("000", RUN)], 3) == [("0", "0", "0")]
    # No relation fits: all readings stay, so the caller reports the cells unreadable.
    ambiguous = splits([("8855698", RUN)], 3)
    assert len(resolve({"t2.normative_docs": ambiguous})["t2.normative_docs"]) == 15


def test_t3_row_split_is_decided_across_rows(tmp_path):
    """A row whose split R3 cannot decide is decided by R1 (新收 + 结转 = 总计 + 结转下年度):
    上年结转 "110000011" is 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11, and only the first ties out."""
    lines = [
        "某某区人民政府2022年度政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) 申请人情况 自然人 法人或其他组织 总计 "
        "商业企业 科研机构 社会公益组织 法律服务机构 其他 "
        "一、本年新收政府信息公开申请数量 200000020二、上年结转政府信息公开申请数量 110000011"
        "三、本年度办理结果 （一）予以公开 310000031（二）部分公开 0000000"
        "（三）不予公开 1.属于国家秘密0000000（四）无法提供 1.本机关不掌握相关政府信息 0000000"
        "（五）不予处理 1.信访举报投诉类申请 0000000（六）其他处理 0000000"
        "（七）总计 310000031四、结转下年度继续办理 0000000 五、存在的主要问题及改进情况 无。",
    ]
    report = extract(_write(tmp_path, "\n".join(lines)))
    assert [report.value(f"t3.carried_over.{c}") for c in ("natural_person", "commercial", "total")] == [11, 0, 11]
    assert report.value("t3.new_received.natural_person") == 20


def test_tab_separated_rows_keep_their_blank_cells(tmp_path):
    """A table copied out of a browser arrives tab-separated; an empty cell stays blank."""
    text = "\n".join([
        "某某县人民政府2022年度政府信息公开工作年度报告",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t1\t\t5",
        "行政规范性文件\t7\t2\t40",
    ])
    report = extract(_write(tmp_path, text))
    assert report.fact("t2.regulations.repealed").status == "blank"
    assert [report.value(f"t2.normative_docs.{c}") for c in ("issued", "repealed", "in_force")] == [7, 2, 40]


def test_tab_rows_with_a_single_tab_belong_to_their_table(tmp_path):
    """表二's one-figure rows copied from a browser hold one tab ("行政许可\\t616"); the
    item heading between the parts of the table holds none. A lone tab in prose is no row."""
    text = "\n".join([
        "某某县人民政府2022年度政府信息公开工作年度报告",
        "第二十条第(一)项",
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
        "规章\t0\t0\t3",
        "行政规范性文件\t7\t2\t40",
        "第二十条第(五)项",
        "信息内容\t本年处理决定数量",
        "行政许可\t616",
        "第二十条第(六)项",
        "信息内容\t本年处理决定数量",
        "行政处罚\t1650",
        "行政强制\t0",
        "第二十条第(八)项",
        "信息内容\t本年收费金额(单位:万元)",
        "行政事业性收费\t1454.48",
        "一、总体情况",
        "全年共发布信息\t1136条。",
    ])
    report = extract(_write(tmp_path, text))
    assert report.value("t2.licensing.decisions") == 616
    assert report.value("t2.penalty.decisions") == 1650
    assert report.value("t2.enforcement.decisions") == 0
    assert report.value("t2.fees.amount_wan") == 1454.48
    assert any(m.value == 1136 for m in report.mentions)  # the prose line stayed prose


def test_a_sign_in_a_run_cuts_it_only_at_a_signed_column():
    """2019 表二 rows flattened as "170+24744": 上一年项目数 | 本年增/减 | 处理决定数."""
    found = splits([("170+24744", RUN)], 3, signed=[False, True, False])
    assert {s[0] for s in found} == {"170"}  # the sign fixes the first figure
    assert ("170", "+24", "744") in found and ("170", "+2", "4744") in found
    assert splits([("170+24744", RUN)], 3) == []  # no signed column: no reading
    assert splits([("11-4", RUN), ("9", CELL)], 3, signed=[False, True, False]) == [("11", "-4", "9")]

"""`python -m bench prose`: issue 11's figures on a reader-labelled set — a declared reading counts for link recall,
a cell the extractor never reaches counts against it, a count not captured at all too."""

from __future__ import annotations

import json

from bench import prose

SET = [
    {"s": "2023年,全年共收到政府信息公开申请5件。", "year": 2023, "src": "x",
     "e": [{"v": 5, "u": "件", "m": "t3.new_received.total"}]},
    # the extractor gives 规范性文件 and 规章 as readings only: named (a reading), not linked
    {"s": "2024年,我市主动公开政府信息数5257条;本年制发件数4件。", "year": 2024, "src": "y",
     "e": [{"v": 5257, "u": "条"}, {"v": 4, "u": "件", "m": "t2.normative_docs.issued"}]},
    # a nil its reader reads as 办理结果总计, which the extractor finds as a nil of no cell
    {"s": "处理情况:2023年无处理情况。", "year": 2023, "src": "z",
     "e": [{"v": 0, "u": None, "k": "nil", "m": "t3.total.total"}]},
]


def test_issue_11_figures(tmp_path, capsys):
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in SET), encoding="utf-8")
    s = prose.measure(path, nfkc=True, nil_units=False)
    assert (s["expected"], s["captured"], s["cells"], s["cells_named"]) == (4, 4, 3, 2)
    assert (s["named_linked"], s["named_ok"], s["false"]) == (1, 1, 0)
    assert any(line.startswith("CELL 处理情况") for line in s["misses"])
    out = tmp_path / "prose.json"
    assert prose.main([str(path), "-v", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "link recall 66.7% (2/3), link precision 100.0% (1/1)" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["pooled"]["cells_named"] == 2


def test_missing_file_is_one_clear_error(tmp_path, capsys):
    assert prose.main([str(tmp_path / "none.jsonl"), "--json", str(tmp_path / "p.json")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_missing_file_is_recorded_and_the_rest_scored(tmp_path, capsys):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(SET[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "p.json"
    assert prose.main([str(tmp_path / "none.jsonl"), str(path), "--json", str(out)]) == 2
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["missing"] == [str(tmp_path / "none.jsonl")] and result["pooled"]["cells_named"] == 1


def test_a_count_of_no_cell_does_not_take_the_mention_another_count_reads():
    """"发布行政规范性文件1件,其中图文解读1件": the reader names issued for the first 1 and no cell for the second; the extractor
    gives the first issued as a reading. Pairing by meaning before order finds the cell named (a reading), whichever count
    the reader listed first."""
    from types import SimpleNamespace as M
    got = [M(value=1, unit="件", kind="count", approx=False, metric=None, alternatives=["t2.normative_docs.issued"]),
           M(value=1, unit="件", kind="count", approx=False, metric=None, alternatives=[])]
    expected = [{"v": 1, "u": "件"}, {"v": 1, "u": "件", "m": "t2.normative_docs.issued"}]
    assert prose.pair(expected, got) == [1, 0]


def test_a_unit_written_as_the_noun_its_measure_word_counts_is_the_same_count():
    """"报告由…等六个部分组成": readers write the unit as 个 (printed right after the number) or as 部分 (the noun it
    counts); the extractor's 个 is captured either way, and only when that noun is what the text prints next."""
    from types import SimpleNamespace as M
    text = "报告由总体情况等六个部分组成,另有六个附件。"
    got = [M(value=6, unit="个", kind="count", approx=False, metric=None, alternatives=[], start=text.index("六个"), end=text.index("部分")),
           M(value=6, unit="个", kind="count", approx=False, metric=None, alternatives=[], start=text.index("附件") - 2, end=text.index("附件"))]
    assert prose.pair([{"v": 6, "u": "部分"}], got, text=text) == [0]
    assert prose.pair([{"v": 6, "u": "附件"}, {"v": 6, "u": "个"}], got, text=text) == [1, 0]
    assert prose.pair([{"v": 6, "u": "组成"}], got, text=text) == [None]


def test_units_written_with_their_noun_or_without_the_sign():
    """A reader's unit that is the measure word and the noun after it ("六个部分": 个部分, r131's readers) is the count read as
    个, and 个 alone the count of a unit that opens with it ("5个工作日", r132's); a share written in words with no % printed
    ("百分之百": None or %) is the same share."""
    from extractor.narrative import extract_mentions
    from tests.narrative.test_units import _doc

    text = "本报告由概述等六个部分组成,档案达标率达到百分之百。"
    got = extract_mentions(_doc(text), year=2012)
    for exp in ({"v": 6, "u": "个部分"}, {"v": 6, "u": "部分"}, {"v": 6, "u": "个"}, {"v": 100, "u": None, "k": "percent"}):
        assert prose.pair([exp], got, text=text) != [None], exp
    assert prose.pair([{"v": 6, "u": "个方面"}], got, text=text) == [None]
    text = "均在5个工作日内答复。"  # (the measure word alone for a unit that opens with it, r132's readers)
    got = extract_mentions(_doc(text), year=2012)
    assert prose.pair([{"v": 5, "u": "个"}], got, text=text) != [None]
    assert prose.pair([{"v": 5, "u": "工作"}], got, text=text) == [None]


def test_a_range_bound_marked_approximate_or_without_its_unit_is_the_same_count():
    """"各部门配备1-2名联络员": readers list both bounds, the upper marked approximate or not (6 of 15 seen readings mark it),
    the lower with the range's unit or none (the unit is printed after the upper); a count outside a range keeps its unit
    and its approximation."""
    from extractor.narrative import extract_mentions
    from tests.narrative.test_units import _doc

    text = "各部门配备1-2名联络员,另设3名专员。"
    got = extract_mentions(_doc(text), year=2012)
    assert prose.pair([{"v": 1, "u": None}, {"v": 2, "u": "名", "a": True}], got, text=text) == [0, 1]
    assert prose.pair([{"v": 1, "u": "名"}, {"v": 2, "u": "名"}], got, text=text) == [0, 1]
    assert prose.pair([{"v": 3, "u": None}], got, text=text) == [None]
    assert prose.pair([{"v": 3, "u": "名", "a": True}], got, text=text) == [None]


def test_an_amount_of_money_in_another_unit_is_the_same_count():
    """"投入2万余元": readers write 2 万元 or 20000 元 (r133's), "7.63182亿元" as 763182000 元: the same amount; another
    amount, or another unit than money's, is not."""
    from extractor.narrative import extract_mentions
    from tests.narrative.test_units import _doc

    text = "本年度投入2万余元对网站进行完善,政府集中采购涉及金额7.63182亿元。"
    got = extract_mentions(_doc(text), year=2017)
    assert prose.pair([{"v": 20000, "u": "元", "a": True}, {"v": 763182000, "u": "元"}], got, text=text) == [0, 1]
    assert prose.pair([{"v": 2, "u": "万元", "a": True}, {"v": 76318.2, "u": "万元"}], got, text=text) == [0, 1]
    assert prose.pair([{"v": 2000, "u": "元", "a": True}], got, text=text) == [None]
    assert prose.pair([{"v": 20000, "u": "元"}], got, text=text) == [None]  # (its approximation still counts)


def test_a_unit_with_its_times_bracketed_after_it_is_the_same_count():
    """"发布政府信息259条(次)": readers write 条(次) or 条 (seen readers both, r135's 条); another unit is not."""
    from extractor.narrative import extract_mentions
    from tests.narrative.test_units import _doc

    text = "在各类政府网站上共发布政府信息259条(次)。"
    got = extract_mentions(_doc(text), year=2015)
    assert prose.pair([{"v": 259, "u": "条"}], got, text=text) == [0]
    assert prose.pair([{"v": 259, "u": "条(次)"}], got, text=text) == [0]
    assert prose.pair([{"v": 259, "u": "次"}], got, text=text) == [None]


def test_the_parts_of_the_report_with_no_unit_are_the_same_count():
    """"本报告由…六部分组成": 部分 is the noun counted, with no measure word before it, so some readers write no unit (r136's);
    it is the same count, but no unit for another noun is not."""
    from extractor.narrative import extract_mentions
    from tests.narrative.test_units import _doc

    text = "本报告由总体情况等六部分组成,配备三名工作人员。"
    got = extract_mentions(_doc(text), year=2020)
    assert prose.pair([{"v": 6, "u": None}], got, text=text) == [0]
    assert prose.pair([{"v": 6, "u": "部分"}], got, text=text) == [0]
    assert prose.pair([{"v": 3, "u": None}], got, text=text) == [None]


def test_rewrites_count_the_passages_read_otherwise(tmp_path):
    """`python -m bench rewrites`: a passage is counted when an edit changes its text, and as read otherwise when its
    counts, kinds or cells change (新收到 written 接到 loses 新's reading of the new applications only; a space before the
    unit, or the figure on a line of its own, changes nothing)."""
    from bench import rewrites

    sets = tmp_path / "set.jsonl"
    sets.write_text(json.dumps({"s": "2020年我局新收到政府信息公开申请4件,均予以公开。", "year": 2020, "e": []},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    got = rewrites.measure([sets], ["jiedao", "space", "zong", "lines"])
    assert got["jiedao"] == {"edited": 1, "changed": 1}
    assert got["space"] == {"edited": 1, "changed": 0}
    assert got["zong"] == {"edited": 1, "changed": 0}
    assert got["lines"] == {"edited": 1, "changed": 0}


def test_a_passage_is_read_under_the_heading_its_reader_gave(tmp_path):
    """A nil that means something only under its heading ("五、因政府信息公开申请提起行政复议、行政诉讼的情况" / "无此类情况。"),
    read alone, names no cell; under the heading its reader copied from the page ("h"), both nils, as in the whole report.
    The heading's own counts are not the passage's: not scored, not false."""
    case = {"s": "无此类情况。", "year": 2016, "src": "x",
            "e": [{"v": 0, "u": None, "k": "nil", "m": "t4.reconsideration.total"},
                  {"v": 0, "u": None, "k": "nil", "m": "t4.litigation.total"}]}
    heading = "五、2016年因政府信息公开申请提起行政复议、行政诉讼的情况"
    scored = {}
    for name, given in (("alone", {}), ("under", {"h": heading})):
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps({**case, **given}, ensure_ascii=False) + "\n", encoding="utf-8")
        scored[name] = prose.measure(path, nfkc=True, nil_units=False)
    assert scored["alone"]["cells_named"] == 0
    assert (scored["under"]["cells_named"], scored["under"]["named_ok"], scored["under"]["false"]) == (2, 2, 0)

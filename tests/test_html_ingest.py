"""HTML specifics: the Word-style sample, encodings, traditional characters, nested layout tables."""

from __future__ import annotations

import json
import re

import opencc

from extractor import extract
from extractor.ingest import read
from extractor.ingest.html import expand_grid
from gold import cell_mismatches
from html_build import report_html

from conftest import SAMPLES


def test_word_sample_every_gold_cell_exact():
    path = SAMPLES / "qinglan-2023-word.html"
    gold = json.loads((SAMPLES / "qinglan-2023-word.gold.json").read_text(encoding="utf-8"))
    assert path.read_bytes().decode("gbk")  # the sample really is GBK
    report = extract(path)
    assert cell_mismatches(report, gold) == []
    assert report.fact("t2.fees.amount_wan").status == "blank"  # &nbsp; is blank, not 0
    assert (report.meta.organ, report.meta.year, report.meta.layout) == (gold["organ"], 2023, "2021")
    doc = read(path)
    assert "首页" not in doc.text and "主办单位" not in doc.text  # page chrome dropped
    assert "var x" not in doc.text


def _gold():
    return json.loads((SAMPLES / "qinglan-2023-word.gold.json").read_text(encoding="utf-8"))


SECTIONS = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def test_meta_charset_that_lies(tmp_path):
    gold = _gold()
    html = report_html(gold, ["一、总体情况", "全年收到申请48件。", *SECTIONS], charset="utf-8")
    page = tmp_path / "lies.html"
    page.write_bytes(html.encode("gb18030"))
    assert cell_mismatches(extract(page), gold) == []


def test_traditional_characters_are_converted(tmp_path):
    gold = _gold()
    html = report_html(gold, ["一、總體情況", "全年共收到政府資訊公開申請48件。", *SECTIONS])
    page = tmp_path / "trad.html"
    page.write_text(opencc.OpenCC("s2t").convert(html), encoding="utf-8")
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    assert report.meta.organ == "青岚县人民政府办公室"
    assert "政府资讯公开申请" in read(page).text


def test_a_short_text_in_traditional_characters_is_traditional():
    """A short page or passage wholly in traditional characters is read as one ("潁東區供銷社未收到依申請公開申請", 17
    characters, a seen reader's nil missed at s67's start: under 20 characters no text was), one stray form in a short
    simplified text is not."""
    from extractor.ingest.textnorm import is_traditional

    assert is_traditional("2025年度,潁東區供銷社未收到依申請公開申請")
    assert not is_traditional("2025年度,颍东区供销社未收到依申請公开申请")
    assert not is_traditional("未收到申請")


def test_a_mirror_converted_the_taiwan_way_comes_back_word_for_word(tmp_path):
    """A mirror that converted the page the Taiwan way (OpenCC s2twp: 信息 → 資訊, 文件 → 檔案, 发布 → 釋出; real51's
    "未發生政府資訊公開行政復議", real61's "規範性檔案"): its words come back too, so the narrative's cues read it as the report
    said ("收到政府信息公开申请48件" at its cell, "未发布规范性文件" a nil); a page converted character by character keeps 资讯."""
    gold = _gold()
    html = report_html(gold, ["一、总体情况", "全年共收到政府信息公开申请48件。本年度未发布规范性文件。", *SECTIONS])
    page = tmp_path / "taiwan.html"
    page.write_text(opencc.OpenCC("s2twp").convert(html), encoding="utf-8")
    assert "政府資訊公開申請" in page.read_text(encoding="utf-8") and "規範性檔案" in page.read_text(encoding="utf-8")
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    assert "收到政府信息公开申请48件" in read(page).text
    said = {m.text: (m.kind, m.metric) for m in report.mentions}
    assert said.get("共收到政府信息公开申请48件") == ("count", "t3.new_received.total")
    assert said.get("未发布规范性文件") == ("nil", "t2.normative_docs.issued")


def test_a_mirrors_pinyin_glosses_are_no_text(tmp_path):
    """A traditional mirror that puts each polyphone's pinyin after it ("結(jié)轉(zhuǎn)", real52, r89): the glosses are
    dropped, so the narrative quotes the report's words; brackets of the report stay."""
    gold = _gold()
    html = report_html(gold, ["一、總體情況", "全年共收到政府資訊公開申請48件,結(jié)轉(zhuǎn)上年度3件(含自然人申請(qǐng)2件)。",
                              *SECTIONS])
    page = tmp_path / "glossed.html"
    page.write_text(opencc.OpenCC("s2t").convert(html), encoding="utf-8")
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    text = read(page).text
    assert "结转上年度3件(含自然人申请2件)" in text and "(jié)" not in text
    assert "结转上年度3件" in [m.text for m in report.mentions]


def test_nested_layout_tables_and_framed_paragraphs(tmp_path):
    gold = _gold()
    inner = report_html(gold, ["一、总体情况", *SECTIONS], chrome=False)
    body = inner.split("<body>")[1].split("</body>")[0]
    page = tmp_path / "nested.html"
    page.write_text(
        "<html><body><table><tr><td>导航</td></tr><tr><td>"
        "<table><tr><td><p>全年主动公开政府信息2356条。</p></td></tr></table>"  # a one-column frame
        f"{body}</td></tr></table></body></html>",
        encoding="utf-8",
    )
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    assert "全年主动公开政府信息2356条。" in read(page).text


def test_span_expansion_is_exact():
    # A 3x3 grid: "a" spans two rows, "b" two columns, and a rowspan past the end is clamped.
    placed, rows, cols = expand_grid([
        [("a", 2, 1), ("b", 1, 2)],
        [("c", 1, 1), ("d", 5, 1)],
        [("e", 1, 1), ("f", 1, 1)],
    ])
    assert (rows, cols) == (3, 3)
    assert [(r, c, rs, cs, p) for r, c, rs, cs, p in placed] == [
        (0, 0, 2, 1, "a"), (0, 1, 1, 2, "b"), (1, 1, 1, 1, "c"), (1, 2, 2, 1, "d"),
        (2, 0, 1, 1, "e"), (2, 1, 1, 1, "f"),
    ]


def test_hidden_elements_are_not_read(tmp_path):
    page = tmp_path / "hidden.html"
    page.write_text(
        "<html><body><h1>某县人民政府2022年度政府信息公开工作年度报告</h1>"
        "<p>全年收到申请5件<span style='mso-hide:all'>（隐藏的草稿：8件）</span>。</p>"
        "<div style='display: none'>旧版本：收到申请9件</div></body></html>", encoding="utf-8")
    text = read(page).text
    assert "收到申请5件。" in text and "8件" not in text and "9件" not in text


def test_facts_come_in_the_order_the_form_prints_them():
    from models.vocabulary import vocabulary

    report = extract(SAMPLES / "qinglan-2023-word.html")
    printed = [f.metric for f in report.facts if not f.derived]
    form = vocabulary().metric_ids(report.meta.layout, report.meta.other_single_row)
    assert printed == [m for m in form if m in set(printed)]
    assert not any(f.derived for f in report.facts[: len(printed)])  # subtotals come after


def test_table_inside_an_inline_element_keeps_its_grid(tmp_path):
    """Word exports wrap a table in <font><div>…: flattened as inline text, the 表二 rows
    before the first block the text-table finder recognised were lost (ocean-fisheries-2020)."""
    gold = _gold()
    body = report_html(gold, ["一、总体情况", *SECTIONS], chrome=False).split("<body>")[1].split("</body>")[0]
    wrapped = re.sub(r"(<table.*?</table>)", r'<font face="宋体"><div align="center">\1</div></font>', body, flags=re.S)
    assert wrapped.count("<font") >= 3
    page = tmp_path / "font-wrapped.html"
    page.write_text(f"<html><body><div>{wrapped}</div></body></html>", encoding="utf-8")
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    assert sum(1 for b in read(page).blocks if b.kind == "table") >= 3


def test_invisible_characters_are_no_text(tmp_path):
    """Zero-width spaces, a BOM in mid-text and soft hyphens inside a figure and a word (pages edited in
    WeChat-style editors; the 莆田 2014 page has one): taken out, not made a space that cuts the figure, so
    the table reads and the narrative quotes "共收到政府信息公开申请58件" at its cell."""
    gold = _gold()
    html = report_html(gold, ["一、总体情况", "全年共收到政府信息\u00ad公开申请5\u200b8件,上年结转\ufeff3件。", *SECTIONS])
    html = html.replace(f">{gold['t3']['new_received'][6]}<", f">{gold['t3']['new_received'][6]}\u200b<")
    page = tmp_path / "invisible.html"
    page.write_text(html, encoding="utf-8")
    report = extract(page)
    assert cell_mismatches(report, gold) == []
    text = read(page).text
    assert "收到政府信息公开申请58件" in text and not re.search("[\u200b\ufeff\u00ad]", text)
    said = {m.text: m.metric for m in report.mentions}
    assert said.get("共收到政府信息公开申请58件") == "t3.new_received.total" and said.get("上年结转3件") == "t3.carried_over.total"


def test_nfkc_by_pieces_is_nfkc():
    """`nfkc` normalises between runs of ideographs: the same text as NFKC of the whole,
    combining marks, Hangul jamo, compatibility ideographs and full-width forms next to them —
    but for circled numbers, a list item's ordinal, kept as printed (NFKC would make "①组织…" 1组织…)."""
    import random
    import unicodedata

    from extractor.ingest.textnorm import nfkc

    pool = [chr(c) for c in [*range(0x20, 0x7F), *range(0x300, 0x370), *range(0x4E00, 0x4E08),
                             *range(0x9FF8, 0xA008), *range(0xFF00, 0xFF70), *range(0x1100, 0x1175, 7),
                             *range(0xAC00, 0xAC10), *range(0xF900, 0xF908), 0x3000, 0xA0, 0x2474, 0x3099,
                             0x309A, 0x304B, 0x30AB, 0x2F00, 0x2E80]]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 8)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)
    assert nfkc("（一）主动公开情况，共２０件") == "(一)主动公开情况,共20件"
    assert nfkc("①组织机构信息１２条；⑳其他") == "①组织机构信息12条;⑳其他"

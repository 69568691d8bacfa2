"""Report metadata: the title and the organ, also when the title is set over two lines."""

from __future__ import annotations

from extractor import extract


def _report(tmp_path, lines):
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines + ["一、总体情况", "全年主动公开政府信息1136条。"]), encoding="utf-8")
    return extract(path)


def test_title_over_two_lines_is_joined_with_its_organ(real_corpus):
    meta = extract(real_corpus / "hongze-2023.pdf").meta  # "洪泽区人民政府" / "2023 年政府信息公开…"
    assert meta.organ == "洪泽区人民政府" and meta.year == 2023
    assert meta.title == "洪泽区人民政府2023 年政府信息公开工作年度报告"


def test_the_line_above_joins_only_when_it_is_an_organs_name(tmp_path):
    joined = _report(tmp_path, ["松林县交通运输局", "2022年政府信息公开工作年度报告"]).meta
    assert (joined.organ, joined.year) == ("松林县交通运输局", 2022)
    alone = _report(tmp_path, ["发布时间：2023-01-20", "2022年政府信息公开工作年度报告"]).meta
    assert alone.organ is None and alone.title == "2022年政府信息公开工作年度报告"
    one_line = _report(tmp_path, ["首页 > 政务公开", "河西区人民政府2020年政府信息公开工作年度报告"]).meta
    assert one_line.organ == "河西区人民政府"


def test_a_title_run_into_the_paragraph_after_it(tmp_path):
    """A dump that put no line break after the title ("岭东省人民政府2023年度政府信息公开工作年度报告本报告根据《条例》…",
    the generator's cell-lines dumps): the title is the words up to 报告, so the year is known (the narrative reads a
    carry-over said with its year against it)."""
    meta = _report(tmp_path, ["岭东省人民政府2023年度政府信息公开工作年度报告本报告根据《中华人民共和国政府信息公开条例》"
                              "（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。"]).meta
    assert (meta.organ, meta.year, meta.title) == ("岭东省人民政府", 2023, "岭东省人民政府2023年度政府信息公开工作年度报告")


def test_a_title_wrapped_before_its_last_words_is_joined(tmp_path):
    """A PDF that wrapped the title before its last word ("永和县人力资源和社会保障局2023年度政府信息公开工作年度" / "报告",
    generated seed 1's shared PDF, whose report had no year: a carry-over said with its year could not be read): the
    two lines are one title; a short line after a whole title is not taken in."""
    meta = _report(tmp_path, ["永和县人力资源和社会保障局2023年度政府信息公开工作年度", "报告"]).meta
    assert (meta.organ, meta.year) == ("永和县人力资源和社会保障局", 2023)
    whole = _report(tmp_path, ["永和县人力资源和社会保障局2023年度政府信息公开工作年度报告", "2024年1月"]).meta
    assert whole.title == "永和县人力资源和社会保障局2023年度政府信息公开工作年度报告"
